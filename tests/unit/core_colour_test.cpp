// Unit tests for core/colour: parsing, tints and WCAG contrast.
#include "core/colour.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("hex colours parse, with a derived CMYK") {
  std::string why;
  auto c = parse_rgb_hex("#FF0000", &why);
  REQUIRE(c);
  CHECK(c->r == 1);
  CHECK(c->g == 0);
  CHECK(c->m == doctest::Approx(1));
  CHECK(c->k == doctest::Approx(0));
  CHECK_FALSE(parse_rgb_hex("#GG0000", &why));
  CHECK_FALSE(parse_rgb_hex("red", &why));
  CHECK(format_hex(*c) == "#FF0000");
}

TEST_CASE("CMYK values are percentages") {
  Colour c;
  std::string why;
  REQUIRE(parse_cmyk("0 0 0 100", &c, &why));
  CHECK(c.k == 1);
  CHECK_FALSE(parse_cmyk("0 120 0 0", &c, &why));
  CHECK_FALSE(parse_cmyk("0 0 0", &c, &why));
  CHECK_FALSE(parse_cmyk("0 0 0 0 0", &c, &why));
}

TEST_CASE("WCAG contrast ratio matches known values") {
  CHECK(contrast_ratio(Colour::black(), Colour::white()) == doctest::Approx(21));
  CHECK(contrast_ratio(Colour::white(), Colour::white()) == doctest::Approx(1));
  std::string why;
  // #767676 on white is the classic 4.54:1 grey.
  CHECK(contrast_ratio(*parse_rgb_hex("#767676", &why), Colour::white()) ==
        doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("a tint mixes towards white and drops ink") {
  Colour t = Colour::black().tint(0.5);
  CHECK(t.r == doctest::Approx(0.5));
  CHECK(t.k == doctest::Approx(0.5));
}
