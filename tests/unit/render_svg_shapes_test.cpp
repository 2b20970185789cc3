// Unit tests for render/svg_shapes: an SVG read back as CMYK shapes, or refused with a reason.
#include "render/svg_shapes.hpp"

#include <doctest/doctest.h>

#include "core/paths.hpp"
#include "model/image_asset.hpp"
#include "render/trace.hpp"

using namespace kp;

namespace {

Image image(const std::string& file, const Rect& box) {
  Diagnostics d;
  Image im;
  im.asset = read_image_asset(project_dir() + "/tests/cases/images",
                              Text{file, Location{"deck.yaml", 2, 3, {}}}, d);
  REQUIRE(im.asset);
  im.box = box;
  return im;
}

// The bounding box of a shape's points (curve end and control points).
Rect bounds(const Shape& s) {
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const auto& op : s.path) {
    if (op.kind == PathOp::Kind::Close) continue;
    for (int k = 0; k < (op.kind == PathOp::Kind::Curve ? 3 : 1); ++k) {
      x0 = std::min(x0, op.p[k].x), y0 = std::min(y0, op.p[k].y);
      x1 = std::max(x1, op.p[k].x), y1 = std::max(y1, op.p[k].y);
    }
  }
  return {x0, y0, x1 - x0, y1 - y0};
}

std::string refusal(const std::string& file) {
  std::vector<Item> items;
  std::string why;
  CHECK(!svg_shapes(image(file, {0, 0, 48, 48}), &items, &why));
  return why;
}

}  // namespace

TEST_CASE("an SVG icon becomes its filled disc and stroked tick, placed and scaled in its box") {
  std::vector<Item> items;
  std::string why;
  // viewBox 24 × 24 drawn 48 pt wide at (100, 50): twice the size.
  REQUIRE_MESSAGE(svg_shapes(image("icon.svg", {100, 50, 48, 48}), &items, &why), why);
  REQUIRE(items.size() == 2);
  const Shape& disc = std::get<Shape>(items[0].v);
  REQUIRE(disc.fill);
  CHECK(!disc.stroke);
  const Colour orange = *parse_rgb_hex("#e05a2b", &why);
  CHECK(disc.fill->c == doctest::Approx(orange.c).epsilon(0.01));
  CHECK(disc.fill->m == doctest::Approx(orange.m).epsilon(0.01));
  CHECK(disc.fill->y == doctest::Approx(orange.y).epsilon(0.01));
  CHECK(disc.fill->k == doctest::Approx(orange.k).epsilon(0.01));
  Rect b = bounds(disc);  // r = 10 around (12, 12): 104..144
  CHECK(b.x == doctest::Approx(104).epsilon(0.001));
  CHECK(b.y == doctest::Approx(54).epsilon(0.001));
  CHECK(b.w == doctest::Approx(40).epsilon(0.001));
  const Shape& tick = std::get<Shape>(items[1].v);
  REQUIRE(tick.stroke);
  CHECK(!tick.fill);
  CHECK(tick.line_width == doctest::Approx(4.4));  // 2.2 units at 2 pt a unit
  CHECK(tick.cap == LineCap::Round);
  CHECK(tick.join == LineJoin::Round);
  CHECK(tick.stroke->k == doctest::Approx(0));  // white: no ink
  CHECK(tick.stroke->c == doctest::Approx(0));
}

TEST_CASE("a rectangular clip becomes a clipped group; even-odd fills are kept") {
  std::vector<Item> items;
  std::string why;
  REQUIRE_MESSAGE(svg_shapes(image("clipped.svg", {0, 0, 24, 24}), &items, &why), why);
  REQUIRE(items.size() == 2);
  const Group& g = std::get<Group>(items[0].v);
  REQUIRE(g.clip);
  CHECK(g.clip->w == doctest::Approx(12));
  CHECK(g.clip->h == doctest::Approx(24));
  REQUIRE(g.items.size() == 1);
  CHECK(std::get<Shape>(g.items[0].v).even_odd);
  const Shape& bar = std::get<Shape>(items[1].v);  // after the clip: not clipped
  CHECK(bar.fill->k == doctest::Approx(1));
  CHECK(bounds(bar).x == doctest::Approx(14));
}

TEST_CASE("gradients, transparency and PNGs are refused with the reason") {
  CHECK(refusal("gradient.svg").find("gradient") != std::string::npos);
  CHECK(refusal("faded.svg").find("transparency") != std::string::npos);
  std::vector<Item> items;
  std::string why;
  CHECK(!svg_shapes(image("flag.png", {0, 0, 10, 10}), &items, &why));
  CHECK(why == "it is not an SVG image");
}
