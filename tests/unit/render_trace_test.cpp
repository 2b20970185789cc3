// Unit tests for render/trace: the text form of pages used by golden tests.
#include "render/trace.hpp"

#include <doctest/doctest.h>

#include "core/length.hpp"
#include "model/image_asset.hpp"

using namespace kp;

TEST_CASE("shapes and groups trace with absolute millimetre positions") {
  Page p;
  p.width = 100 * kPointsPerMm;
  p.height = 50 * kPointsPerMm;
  Group g;
  g.transform = Transform::translate(10 * kPointsPerMm, 5 * kPointsPerMm);
  g.tag = "card";
  g.items.emplace_back(rect_shape({0, 0, 20 * kPointsPerMm, 10 * kPointsPerMm}, Colour::black()));
  p.items.emplace_back(g);
  Shape mark = line_shape({0, 0}, {5 * kPointsPerMm, 0}, Colour::black(), 0.25);
  mark.registration = true;
  p.items.emplace_back(mark);
  CHECK(trace_page(p) ==
        "page 100.00 x 50.00 mm\n"
        "  group [card]\n"
        "    shape 10.00 5.00 30.00 15.00 fill #000000\n"
        "  mark 0.00 0.00 5.00 0.00 stroke #000000\n");
}

TEST_CASE("images trace with their box, format and file name") {
  auto asset = std::make_shared<ImageAsset>();
  asset->format = ImageAsset::Format::Svg;
  asset->name = "icons/star.svg";
  asset->width = 24, asset->height = 12;
  Page p;
  p.width = 100 * kPointsPerMm;
  p.height = 50 * kPointsPerMm;
  Group g;
  g.transform = Transform::translate(10 * kPointsPerMm, 5 * kPointsPerMm);
  // 24 × 12 in a 20 mm square: 20 × 10 mm, centred vertically.
  g.items.emplace_back(fit_image(asset, {0, 0, 20 * kPointsPerMm, 20 * kPointsPerMm}));
  p.items.emplace_back(g);
  CHECK(trace_page(p) ==
        "page 100.00 x 50.00 mm\n"
        "  group\n"
        "    image 10.00 10.00 30.00 20.00 svg 'icons/star.svg'\n");
}
