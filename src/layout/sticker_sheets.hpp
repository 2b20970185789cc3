// Sticker sheets: the kit's sticker texts on commercial label stock, centred in each label.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

struct StickerOptions {
  std::string product;  // overrides the kit's product when not empty
  int start = 1;        // first label to use on the first sheet (1-based, reading order)
  bool outlines = false;
};

// What will be printed: the product, every sticker's text in order, and the sheet count.
struct StickerPlan {
  const LabelProduct* product = nullptr;
  std::vector<const Text*> texts;  // one per sticker, in print order (one set per participant)
  int sheets = 0;
  int last_sheet_labels = 0;  // labels used on the last sheet
};

// Counts only (no layout): also used by the guide's materials list. nullptr product on error.
StickerPlan plan_stickers(const Kit& kit, const StickerOptions& options, Diagnostics& diags);

// Lays every sticker out on its label; text that cannot fit is an error naming it.
Document compose_stickers(const Kit& kit, const FontContext& fonts, const StickerOptions& options,
                          Diagnostics& diags);

// The centre of label `index` (0-based, reading order, on its sheet), in points from the
// sheet's top-left corner.
Point label_centre(const LabelProduct& p, int index);

}  // namespace kp
