// Label sheet products as data: kit/stock/labels.yaml plus a kit's own products.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/length.hpp"
#include "model/yaml_tree.hpp"

namespace kp {

struct LabelProduct {
  std::string name;
  std::vector<std::string> also;  // equivalent products
  std::string paper_name;
  Length paper_w, paper_h;
  bool round = false;
  Length label_w, label_h;  // for round labels both are the diameter
  Length corner_radius;
  int columns = 0, rows = 0;
  Length left, top, pitch_x, pitch_y;
  Location where;
  int per_sheet() const { return columns * rows; }
};

using LabelProducts = std::vector<LabelProduct>;

// Reads a mapping "name: product" (the stock file's form, or a kit's `products:`), checking
// every product (labels inside the paper, pitches not overlapping); appends to `into`.
void read_label_products(const YamlNode& map, const SourceFile& src, Diagnostics& diags,
                         LabelProducts& into);
// kit/stock/labels.yaml, loaded once.
const LabelProducts& stock_label_products();

// Finds a product by name or equivalent name: case, spaces and the brand word do not matter
// ("l7160", "Avery L7160", "J8160"). Kit products come first.
const LabelProduct* find_label_product(const std::string& name, const LabelProducts& kit_products);
// Every product name, for listings.
std::vector<std::string> label_product_names(const LabelProducts& kit_products);
// " (did you mean \"Avery L7160\"?)" for a near miss of a name with or without its brand, or "".
std::string suggest_label_product(const std::string& name, const LabelProducts& kit_products);

}  // namespace kp
