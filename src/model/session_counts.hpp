// The session's arithmetic: profiles dealt to sub-groups, the materials checklist.
#pragma once
#include <string>
#include <vector>

#include "model/kit.hpp"

namespace kp {

// Sub-group g (0-based) works on profile g mod `profiles`: profiles are dealt in turn.
size_t profile_of_group(int group, size_t profiles);
// How many sub-groups work on each profile.
std::vector<int> groups_per_profile(int groups, size_t profiles);

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

// The checklist from the kit's materials, for its participants, groups and guests.
// `list_comma` joins the items of {per-profile} (the language's own: see LanguageInfo).
std::vector<MaterialLine> materials_checklist(const Kit& kit, const StickerCount& stickers,
                                              const std::string& list_comma);

// "Le DG méprisant × 2, L'apprenti DG × 1…": the profiles of `deck` and their sub-groups.
std::string per_profile_text(const Deck& deck, int groups, const std::string& list_comma);

}  // namespace kp
