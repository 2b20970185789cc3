// Unit tests for core/length: parsing lengths and sizes with units.
#include "core/length.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("lengths parse with their unit") {
  std::string why;
  CHECK(parse_length("63mm", &why)->points() == doctest::Approx(178.583).epsilon(1e-4));
  CHECK(parse_length("2.5in", &why)->points() == doctest::Approx(180));
  CHECK(parse_length(" 9pt ", &why)->points() == doctest::Approx(9));
  CHECK(parse_length("1cm", &why)->millimetres() == doctest::Approx(10));
}

TEST_CASE("bad lengths are refused with a reason") {
  std::string why;
  CHECK_FALSE(parse_length("12", &why));
  CHECK(why.find("needs a unit") != std::string::npos);
  CHECK_FALSE(parse_length("12 parsecs", &why));
  CHECK(why.find("unknown unit \"parsecs\"") != std::string::npos);
  CHECK_FALSE(parse_length("-3mm", &why));
  CHECK(why.find("negative") != std::string::npos);
  CHECK_FALSE(parse_length("1e9mm", &why));
  CHECK_FALSE(parse_length("9000mm", &why));
  CHECK(why.find("5000mm") != std::string::npos);
  CHECK_FALSE(parse_length("mm", &why));
}

TEST_CASE("sizes parse as width x height") {
  Length w, h;
  std::string why;
  REQUIRE(parse_size("63x88mm", &w, &h, &why));
  CHECK(w.millimetres() == doctest::Approx(63));
  CHECK(h.millimetres() == doctest::Approx(88));
  REQUIRE(parse_size("8.5 x 11in", &w, &h, &why));
  CHECK(h.points() == doctest::Approx(792));
  CHECK_FALSE(parse_size("63mm", &w, &h, &why));
  CHECK_FALSE(parse_size("0x88mm", &w, &h, &why));
}

TEST_CASE("lengths format in millimetres") {
  CHECK(format_mm(Length::mm(3)) == "3 mm");
  CHECK(format_mm(Length::mm(3.456)) == "3.46 mm");
}
