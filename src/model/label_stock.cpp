// Reading and finding label products.
#include "model/label_stock.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>

#include "core/paths.hpp"
#include "core/suggest.hpp"
#include "model/glabels_templates.hpp"
#include "model/stock.hpp"
#include "model/yaml_reader.hpp"

namespace kp {

std::string name_key(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

namespace {

// "avery l7160" and "l7160" both name "Avery L7160".
bool names_match(const std::string& wanted, const std::string& name) {
  std::string w = name_key(wanted);
  if (w == name_key(name)) return true;
  size_t space = name.find(' ');
  return space != std::string::npos && w == name_key(name.substr(space + 1));
}

}  // namespace

std::string shape_name(LabelShape s) {
  switch (s) {
    case LabelShape::Rectangle:
      return "rectangle";
    case LabelShape::Round:
      return "round";
    case LabelShape::Ellipse:
      return "ellipse";
    case LabelShape::Cd:
      return "cd";
  }
  return {};
}

bool names_product(const std::string& wanted, const LabelProduct& p) {
  if (names_match(wanted, p.name)) return true;
  for (const auto& a : p.also)
    if (names_match(wanted, a)) return true;
  return false;
}

void check_label_geometry(LabelProduct& p, Diagnostics& diags) {
  const double eps = 0.01;
  std::string what = "label product \"" + p.name + "\"";
  if (p.columns < 1 || p.rows < 1) return;
  if (p.pitch_x.points() + eps < p.label_w.points() ||
      p.pitch_y.points() + eps < p.label_h.points()) {
    diags.error(p.where, what + ": the pitch is smaller than the label, so labels would overlap",
                "pitch is the distance from one label's edge to the same edge of the next");
  }
  double right = (p.left + p.pitch_x * (p.columns - 1) + p.label_w).points();
  double bottom = (p.top + p.pitch_y * (p.rows - 1) + p.label_h).points();
  if (right > p.paper_w.points() + eps || bottom > p.paper_h.points() + eps) {
    diags.error(p.where,
                what + ": the labels run off the " + p.paper_name + " sheet (" +
                    format_mm(Length::pt(right)) + " x " + format_mm(Length::pt(bottom)) + ")",
                "check left, top, pitch, columns and rows against the product's specification");
  }
}

void read_label_products(const YamlNode& map, const SourceFile& src, Diagnostics& diags,
                         LabelProducts& into) {
  MapReader products(map, src, diags, "the label products");
  if (!products.ok()) return;
  for (const auto& [key, value] : map.entries) {
    LabelProduct p;
    p.name = key.scalar;
    p.where = src.at_offset(key.offset);
    MapReader m(value, src, diags, "label product \"" + p.name + "\"");
    if (!m.ok()) continue;
    for (const auto& a : m.text_list("also", false)) p.also.push_back(a.value);
    if (auto paper = m.text("paper", true)) {
      if (auto size = resolve_size(*paper, paper_sizes(), "the paper", diags)) {
        p.paper_name = size->name;
        p.paper_w = size->width;
        p.paper_h = size->height;
      }
    }
    if (const YamlNode* round = m.get("round")) {
      p.shape = LabelShape::Round;
      if (auto d = read_length(*round, src, diags, "\"round\" (the diameter)"))
        p.label_w = p.label_h = *d;
      if (m.get("label"))
        diags.error(m.key_at("label"),
                    "a label is either round (diameter) or has a label size, not both");
    } else if (auto label = m.text("label", true)) {
      std::string why;
      if (!parse_size(label->value, &p.label_w, &p.label_h, &why))
        diags.error(label->where, "\"label\": \"" + label->value + "\" is not a size", why);
    }
    if (auto r = m.length("corner-radius", false)) p.corner_radius = *r;
    if (auto c = m.integer("columns", 1, 50, true)) p.columns = *c;
    if (auto r = m.integer("rows", 1, 100, true)) p.rows = *r;
    if (auto l = m.length("left", true)) p.left = *l;
    if (auto t = m.length("top", true)) p.top = *t;
    if (auto pitch = m.text("pitch", true)) {
      std::string why;
      if (!parse_size(pitch->value, &p.pitch_x, &p.pitch_y, &why))
        diags.error(pitch->where, "\"pitch\": \"" + pitch->value + "\" is not a size", why);
    }
    m.finish();
    check_label_geometry(p, diags);
    into.push_back(std::move(p));
  }
}

const LabelProducts& stock_label_products() {
  static const LabelProducts products = [] {
    LabelProducts out;
    Diagnostics diags;
    SourceFile src;
    std::string path = project_dir() + "/kit/stock/labels.yaml";
    if (auto root = parse_yaml_file(path, path, &src, diags))
      read_label_products(*root, src, diags, out);
    if (diags.has_errors()) print_diagnostics(std::cerr, diags, false);
    return out;
  }();
  return products;
}

const LabelProduct* find_label_product(const std::string& name, const LabelProducts& kit_products) {
  for (const LabelProducts* list : {&kit_products, &stock_label_products()})
    for (const auto& p : *list)
      if (names_product(name, p)) return &p;
  // gLabels' database is read only for a product kitpress does not know itself.
  for (const auto& p : glabels_label_products())
    if (names_product(name, p)) return &p;
  return nullptr;
}

std::vector<std::string> label_product_names(const LabelProducts& kit_products) {
  std::vector<std::string> names;
  for (const LabelProducts* list :
       {&kit_products, &stock_label_products(), &glabels_label_products()})
    for (const auto& p : *list) {
      names.push_back(p.name);
      for (const auto& a : p.also) names.push_back(a);
    }
  return names;
}

std::string suggest_label_product(const std::string& name, const LabelProducts& kit_products) {
  std::vector<std::string> full = label_product_names(kit_products), keys;
  std::map<std::string, std::string> by_key;
  for (const auto& n : full) {
    for (std::string key : {n, n.find(' ') == std::string::npos ? n : n.substr(n.find(' ') + 1)}) {
      keys.push_back(key);
      by_key.emplace(key, n);
    }
  }
  std::string near = closest_match(name, keys);
  return near.empty() ? std::string() : " (did you mean \"" + by_key[near] + "\"?)";
}

}  // namespace kp
