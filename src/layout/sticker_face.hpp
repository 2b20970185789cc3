// One sticker: the kit's text centred in a label's safe area, with the optional caption above.
#pragma once
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// The rectangles, centred on the label centre (0,0), that lie in the label's safe area
// (`safe_margin` inside its edge): the safe rectangle of a rectangular label; for a round or
// elliptic label, rectangles inscribed in the safe circle or ellipse, from wide and flat to
// narrow and tall; for a CD, bands above the hole, inside the safe ring (not centred).
// Empty when the margin leaves no room.
std::vector<Rect> sticker_areas(const LabelProduct& p, double safe_margin);

struct StickerFace {
  Group group;               // drawn around (0,0), the label centre
  double size = 0;           // the text size used; 0 when the text does not fit
  bool caption_fits = true;  // false: the caption is wider than every area
};

// Lays `text` out in the area where it can be largest (shrinking down to the theme's minimum,
// never hyphenating), with its block centred on the label centre and the caption just above.
// Shrinking is a warning, not fitting an error, both naming the sticker and the product.
// Draws nothing when sticker_areas() is empty.
StickerFace sticker_face(const Kit& kit, const FontContext& fonts, const LabelProduct& p,
                         const Text& text, Diagnostics& diags);
// The same for a text of `set`, with that set's caption and colour.
StickerFace sticker_face(const Kit& kit, const FontContext& fonts, const LabelProduct& p,
                         const StickerSet& set, const Text& text, Diagnostics& diags);

}  // namespace kp
