// Unit tests for layout/sticker_face: safe areas of labels and the fitting of sticker texts.
#include "layout/sticker_face.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include "core/paths.hpp"
#include "model/kit_loader.hpp"
#include "model/label_stock.hpp"
#include "support/default_kit.hpp"

using namespace kp;

namespace {

using test::default_kit;
using test::DefaultKit;

int lines_of(const Group& g) {
  std::vector<double> baselines;
  for_each_run(g.items, Transform{}, [&](const GlyphRun& r, const Transform&) {
    for (double b : baselines)
      if (std::fabs(b - r.origin.y) < 0.01) return;
    baselines.push_back(r.origin.y);
  });
  return static_cast<int>(baselines.size());
}

}  // namespace

TEST_CASE("a rectangular label's safe area is the label less the margin, centred") {
  const LabelProduct& p = *find_label_product("L7160", {});
  auto areas = sticker_areas(p, Length::mm(1.5).points());
  REQUIRE(areas.size() == 1);
  CHECK(areas[0].w == doctest::Approx(Length::mm(63.5 - 3).points()));
  CHECK(areas[0].h == doctest::Approx(Length::mm(38.1 - 3).points()));
  CHECK(areas[0].x == doctest::Approx(-areas[0].w / 2));
  CHECK(areas[0].y == doctest::Approx(-areas[0].h / 2));
  CHECK(sticker_areas(p, Length::mm(20).points()).empty());
}

TEST_CASE("a round label's areas are rectangles inscribed in its safe circle") {
  const LabelProduct& p = *find_label_product("Herma 4686", {});
  const double r = Length::mm(20 - 1.5).points();
  auto areas = sticker_areas(p, Length::mm(1.5).points());
  REQUIRE(areas.size() == 89);
  for (const Rect& a : areas) {
    CHECK(std::hypot(a.w / 2, a.h / 2) == doctest::Approx(r));  // corners on the circle
    CHECK(a.x == doctest::Approx(-a.w / 2));
    CHECK(a.y == doctest::Approx(-a.h / 2));
  }
  CHECK(areas.front().w > areas.back().w);             // wide and flat first
  CHECK(areas[44].w == doctest::Approx(areas[44].h));  // 45°: the inscribed square
  CHECK(sticker_areas(p, Length::mm(20).points()).empty());
}

TEST_CASE("a quality keeps its full size when it fits, and a long text wraps into the circle") {
  DefaultKit& k = default_kit();
  const LabelProduct& round = *find_label_product("Herma 4686", {});
  Diagnostics d;
  StickerFace f = sticker_face(k.kit, k.fonts, round, k.kit.stickers->texts[1], d);  // aventurier
  CHECK(f.size == doctest::Approx(16));
  CHECK(lines_of(f.group) == 2);  // caption and quality
  CHECK(d.items().empty());
  Text long_text{"très à l'écoute de ses équipes au quotidien", {"s.yaml", 3, 5, {}}};
  f = sticker_face(k.kit, k.fonts, round, long_text, d);
  // Three balanced lines at about 11.7 pt, where a single narrow column needed 8 pt.
  CHECK(f.size > 11);
  CHECK(lines_of(f.group) == 1 + 3);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].severity == Severity::Warning);
  CHECK(d.items()[0].message.find("sticker \"très à l'écoute de ses équipes au quotidien\" on "
                                  "Herma 4686: the text was shrunk from 16.0pt") == 0);
}

TEST_CASE("a sticker that cannot fit, or has a character no font draws, is an error") {
  DefaultKit& k = default_kit();
  const LabelProduct& small = *find_label_product("L7651", {});
  Diagnostics d;
  // No break point even with hyphenation (a long word is hyphenated rather than refused).
  Text word{"12345678901234567890123456789012", {"s.yaml", 4, 5, {}}};
  StickerFace f = sticker_face(k.kit, k.fonts, small, word, d);
  CHECK(f.size == 0);
  CHECK(f.group.items.empty());
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.line == 4);
  CHECK(d.items()[0].message.find("a word is wider than the box") != std::string::npos);
  Diagnostics d2;
  sticker_face(k.kit, k.fonts, small, Text{"✓", {"s.yaml", 5, 5, {}}}, d2);
  REQUIRE(d2.error_count() == 1);
  CHECK(d2.items()[0].message.find("U+2713") != std::string::npos);
}
