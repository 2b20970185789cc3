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

// The shapes of gLabels' database: a rectangle (corners maybe rounded), a circle, an ellipse,
// and a CD/DVD label (a circle with a hole in the middle).
enum class LabelShape { Rectangle, Round, Ellipse, Cd };

struct LabelProduct {
  std::string name;
  std::vector<std::string> also;  // equivalent products
  std::string paper_name;
  Length paper_w, paper_h;
  LabelShape shape = LabelShape::Rectangle;
  Length label_w, label_h;  // for round and CD labels both are the diameter
  Length corner_radius;
  Length hole;         // a CD label's hole (diameter)
  std::string source;  // "" for kitpress's stock and a kit's own, "gLabels" for its database
  int columns = 0, rows = 0;
  Length left, top, pitch_x, pitch_y;
  Location where;
  int per_sheet() const { return columns * rows; }
  bool round() const { return shape == LabelShape::Round; }
  // Drawn as an ellipse (its outline, and the safe area inside): round, ellipse and CD labels.
  bool elliptic() const { return shape != LabelShape::Rectangle; }
};

using LabelProducts = std::vector<LabelProduct>;

// A name as compared: letters and digits only, in lower case ("Herma 46-86" → "herma4686").
std::string name_key(const std::string& s);
// "rectangle", "round", "ellipse" or "cd".
std::string shape_name(LabelShape s);
// Checks that the labels lie on the paper and do not overlap; errors go to diags.
void check_label_geometry(LabelProduct& p, Diagnostics& diags);

// Reads a mapping "name: product" (the stock file's form, or a kit's `products:`), checking
// every product (labels inside the paper, pitches not overlapping); appends to `into`.
void read_label_products(const YamlNode& map, const SourceFile& src, Diagnostics& diags,
                         LabelProducts& into);
// kit/stock/labels.yaml, loaded once.
const LabelProducts& stock_label_products();

// Whether `wanted` names `p` or one of its equivalents: case, spaces and the brand word do not
// matter ("l7160", "Avery L7160", "J8160").
bool names_product(const std::string& wanted, const LabelProduct& p);
// Finds a product by name or equivalent name (see names_product): the kit's products first,
// then kitpress's stock, then gLabels' database when installed (glabels_templates.hpp).
const LabelProduct* find_label_product(const std::string& name, const LabelProducts& kit_products);
// Every product name (gLabels' too), for suggestions.
std::vector<std::string> label_product_names(const LabelProducts& kit_products);
// " (did you mean \"Avery L7160\"?)" for a near miss of a name with or without its brand, or "".
std::string suggest_label_product(const std::string& name, const LabelProducts& kit_products);

}  // namespace kp
