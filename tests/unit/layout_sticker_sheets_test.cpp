// Unit tests for layout/sticker_sheets: sheet arithmetic and label centres.
#include "layout/sticker_sheets.hpp"

#include <doctest/doctest.h>

#include "core/paths.hpp"
#include "model/kit_loader.hpp"

using namespace kp;

namespace {
Kit default_kit() {
  Diagnostics d;
  return *load_kit(project_dir() + "/kit/bulle-dg", d);
}
}  // namespace

TEST_CASE("12 participants x 13 qualities on L7160: 156 stickers, 8 sheets, 9 on the last") {
  Kit kit = default_kit();
  kit.participants = 12;
  Diagnostics d;
  StickerPlan plan = plan_stickers(kit, {}, d);
  REQUIRE(plan.product);
  CHECK(plan.texts.size() == 156);
  CHECK(plan.sheets == 8);
  CHECK(plan.last_sheet_labels == 9);
  // Each participant's set is contiguous: sticker 14 starts the second set.
  CHECK(plan.texts[13]->value == "bienveillant");
}

TEST_CASE("other products and a part-used first sheet") {
  Kit kit = default_kit();
  kit.participants = 12;
  Diagnostics d;
  StickerOptions o;
  o.product = "L7651";
  CHECK(plan_stickers(kit, o, d).sheets == 3);
  o.product = "Herma 4686";
  CHECK(plan_stickers(kit, o, d).sheets == 7);
  o.product = "Avery 5160";
  CHECK(plan_stickers(kit, o, d).sheets == 6);
  o.product = "L7160";
  o.start = 20;  // two labels left on the first sheet
  StickerPlan plan = plan_stickers(kit, o, d);
  CHECK(plan.sheets == 9);
  CHECK(plan.last_sheet_labels == 156 + 19 - 8 * 21);
  o.start = 22;
  CHECK_FALSE(plan_stickers(kit, o, d).product);
  CHECK(d.error_count() == 1);
}

TEST_CASE("fixed copies instead of one set per participant") {
  Kit kit = default_kit();
  kit.stickers->per_participant = false;
  kit.stickers->copies = 2;
  Diagnostics d;
  CHECK(plan_stickers(kit, {}, d).texts.size() == 26);
}

TEST_CASE("label centres follow left, top and pitch") {
  const LabelProduct& p = *find_label_product("L7160", {});
  Point c = label_centre(p, 4);  // second row, middle
  CHECK(c.x / kPointsPerMm == doctest::Approx(7.2 + 66.04 + 31.75));
  CHECK(c.y / kPointsPerMm == doctest::Approx(15.15 + 38.1 + 19.05));
}
