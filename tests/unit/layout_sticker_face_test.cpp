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

namespace {
// The distance from (x, y) to the edge of the ellipse of half-axes a, b (sampled finely).
double to_ellipse(double x, double y, double a, double b) {
  double d = 1e9;
  for (int i = 0; i <= 20000; ++i) {
    double t = i * 2 * 3.14159265358979 / 20000;
    d = std::min(d, std::hypot(x - a * std::cos(t), y - b * std::sin(t)));
  }
  return d;
}
}  // namespace

TEST_CASE("an elliptic label's areas keep the safe margin from its edge everywhere") {
  LabelProduct p;
  p.shape = LabelShape::Ellipse;
  p.label_w = Length::mm(50);
  p.label_h = Length::mm(12);
  const double m = Length::mm(1.5).points();
  const double a = p.label_w.points() / 2, b = p.label_h.points() / 2;
  auto areas = sticker_areas(p, m);
  REQUIRE(areas.size() == 89);
  for (const Rect& r : areas) {
    CHECK(r.x == doctest::Approx(-r.w / 2));
    CHECK(r.y == doctest::Approx(-r.h / 2));
    // Its corner is inside the ellipse and at least the margin from its edge.
    const double x = r.w / 2, y = r.h / 2;
    CHECK(x * x / (a * a) + y * y / (b * b) < 1);
    CHECK(to_ellipse(x, y, a, b) >= m - 1e-6);
  }
  p.label_h = Length::mm(3);
  CHECK(sticker_areas(p, m).empty());
}

TEST_CASE("a CD label's areas lie in the ring between its hole and its edge") {
  LabelProduct p;
  p.shape = LabelShape::Cd;
  p.label_w = p.label_h = Length::mm(117);
  p.hole = Length::mm(41);
  const double m = Length::mm(1.5).points();
  const double outer = p.label_w.points() / 2 - m, inner = p.hole.points() / 2 + m;
  auto areas = sticker_areas(p, m);
  REQUIRE(!areas.empty());
  for (const Rect& r : areas) {
    CHECK(r.x == doctest::Approx(-r.w / 2));
    CHECK(r.y + r.h == doctest::Approx(-inner));                // just above the hole
    CHECK(std::hypot(r.w / 2, r.y) <= doctest::Approx(outer));  // top corners inside
  }
  p.hole = Length::mm(114);
  CHECK(sticker_areas(p, m).empty());
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
