// The session's arithmetic: profiles dealt to sub-groups, the materials checklist.
#pragma once
#include <string>
#include <vector>

#include "model/kit.hpp"

namespace kp {

// The cards of `deck` each sub-group gets, by the deck's use (`decks:`): its deal, every card
// to every group for `deal: all`, none when the deck is not used per sub-group. A deck the
// guide says nothing about is dealt one card per group, in turn.
std::vector<DealtCard> session_deal(const Kit& kit, const Deck& deck);
// How many of each card of `deck` the session hands out: by its use, else one of each.
std::vector<int> session_copies(const Kit& kit, const Deck& deck);

// The sticker counts the checklist prints (from the sticker sheets' plan).
struct StickerCount {
  int labels = 0;     // stickers to print
  int per_sheet = 0;  // labels on one sheet of the product
  int sheets = 0;
};

// One line of the materials checklist, its placeholders filled in.
struct MaterialLine {
  int count = 0;
  std::string text;
  Location where;
};

// How many of `m` the session needs: per (participants, groups, ...) x times + plus.
int material_count(const Kit& kit, const MaterialItem& m, const StickerCount& stickers);

// The checklist from the kit's materials, for its participants, groups and guests.
// `list_comma` joins the items of {per-profile} (the language's own: see LanguageInfo).
std::vector<MaterialLine> materials_checklist(const Kit& kit, const StickerCount& stickers,
                                              const std::string& list_comma);

// What a materials line without `per` counts for `deck`: the sets its use hands out (one per
// sub-group, per participant, or one), or the cards dealt.
int handed_out(const Kit& kit, const Deck& deck);

// "Le DG méprisant × 2, L'apprenti DG × 1…": the cards of `deck` and their sub-groups.
std::string per_profile_text(const Kit& kit, const Deck& deck, const std::string& list_comma);

}  // namespace kp
