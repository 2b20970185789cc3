// Unit tests for model/label_stock: the product table, names, and geometry checks.
#include "model/label_stock.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("every product of the print conventions is in the stock, with its figures") {
  const LabelProduct* p = find_label_product("Avery L7160", {});
  REQUIRE(p);
  CHECK(p->per_sheet() == 21);
  CHECK(p->left.millimetres() == doctest::Approx(7.2));
  CHECK(p->pitch_x.millimetres() == doctest::Approx(66.04));
  CHECK(stock_label_products().size() == 16);
  const LabelProduct* round = find_label_product("Herma 4686", {});
  REQUIRE(round);
  CHECK(round->round());
  CHECK(round->label_w.millimetres() == doctest::Approx(40));
  CHECK(find_label_product("Avery 5160", {})->paper_name == "Letter");
}

TEST_CASE("products are found by equivalent names, without brand, in any case") {
  CHECK(find_label_product("l7160", {})->name == "Avery L7160");
  CHECK(find_label_product("J8160", {})->name == "Avery L7160");
  CHECK(find_label_product("herma 4677", {})->name == "Avery L7160");
  CHECK(find_label_product("4678", {})->name == "Avery L7163");
  CHECK_FALSE(find_label_product("L7610", {}));
  CHECK(suggest_label_product("L7610", {}) == " (did you mean \"Avery L7160\"?)");
}

TEST_CASE("a kit's product is checked: labels overlapping or off the sheet") {
  SourceFile src;
  src.path = "s.yaml";
  src.text =
      "Wide:\n  paper: A4\n  label: 80x30mm\n  columns: 3\n  rows: 2\n  left: 5mm\n  top: 5mm\n  "
      "pitch: 70x30mm\n";
  Diagnostics d;
  auto root = parse_yaml_text(&src, d);
  REQUIRE(root);
  LabelProducts products;
  read_label_products(*root, src, d, products);
  REQUIRE(products.size() == 1);
  REQUIRE(d.error_count() == 2);
  CHECK(d.items()[0].message.find("labels would overlap") != std::string::npos);
  CHECK(d.items()[1].message.find("run off the A4 sheet") != std::string::npos);
  CHECK(find_label_product("wide", products) == &products[0]);
}
