// Unit tests for model/stock: paper and card size tables.
#include "model/stock.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("the stock tables hold the usual sizes") {
  CHECK(paper_sizes().at("a4").width.millimetres() == doctest::Approx(210));
  CHECK(paper_sizes().at("letter").height.points() == doctest::Approx(792));
  CHECK(card_sizes().at("poker").height.millimetres() == doctest::Approx(88));
  CHECK(card_sizes().at("business-us").width.millimetres() == doctest::Approx(88.9));
}

TEST_CASE("sizes resolve by name, case-insensitively, or as WxH") {
  Diagnostics d;
  CHECK(resolve_size({"Poker", {}}, card_sizes(), "card size", d)->width.millimetres() ==
        doctest::Approx(63));
  CHECK(resolve_size({"70x120mm", {}}, card_sizes(), "card size", d)->height.millimetres() ==
        doctest::Approx(120));
  CHECK_FALSE(d.has_errors());
  CHECK_FALSE(resolve_size({"pokr", {}}, card_sizes(), "card size", d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].message.find("did you mean \"poker\"") != std::string::npos);
}
