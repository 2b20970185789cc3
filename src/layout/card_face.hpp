// Drawing one card face (front or back) in the card's own coordinates, from a kit's deck.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

struct CardContext {
  const Kit& kit;
  const FontContext& fonts;
  double bleed = 0;  // points drawn beyond the trim on every side (clipped by the caller)
  Diagnostics& diags;
  std::string features = {};  // OpenType features of every text ("liga 0" for the press)
};

// The front of card `index` of `deck`: (0,0) is the card's top-left trim corner; art
// that reaches the edge extends `bleed` beyond it. Text that cannot fit is an error.
Group card_front(const CardContext& ctx, const Deck& deck, size_t index);
// The back of any card of `deck` (standard or blank).
Group card_back(const CardContext& ctx, const Deck& deck);
// The back of card `index` of a deck with fields on the back (BackLayout::Fields), laid out
// like a front.
Group card_fields_back(const CardContext& ctx, const Deck& deck, size_t index);

}  // namespace kp
