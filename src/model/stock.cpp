// Loading size tables from kit/stock and resolving size names.
#include "model/stock.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

#include "core/paths.hpp"
#include "core/suggest.hpp"

namespace kp {

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

SizeTable stock_table(const char* file) {
  Diagnostics diags;
  SizeTable table = load_size_table(project_dir() + "/kit/stock/" + file, diags);
  if (diags.has_errors()) print_diagnostics(std::cerr, diags, false);
  return table;
}
}  // namespace

SizeTable load_size_table(const std::string& path, Diagnostics& diags) {
  SizeTable table;
  SourceFile src;
  auto root = parse_yaml_file(path, path, &src, diags);
  if (!root) return table;
  MapReader m(*root, src, diags, "the size table");
  if (!m.ok()) return table;
  for (const auto& [k, v] : root->entries) {
    std::string why;
    NamedSize s;
    s.name = k.scalar;
    if (!v.is_scalar() || !parse_size(v.scalar, &s.width, &s.height, &why)) {
      diags.error(src.at_offset(v.offset), "size \"" + k.scalar + "\" is not a size", why);
      continue;
    }
    table[lower(k.scalar)] = s;
  }
  return table;
}

const SizeTable& paper_sizes() {
  static const SizeTable t = stock_table("papers.yaml");
  return t;
}

const SizeTable& card_sizes() {
  static const SizeTable t = stock_table("card-sizes.yaml");
  return t;
}

std::optional<NamedSize> resolve_size(const Text& text, const SizeTable& table,
                                      const std::string& what, Diagnostics& diags) {
  auto it = table.find(lower(text.value));
  if (it != table.end()) return it->second;
  NamedSize s;
  s.name = text.value;
  std::string why;
  if (!text.value.empty() && std::isdigit(static_cast<unsigned char>(text.value[0]))) {
    if (parse_size(text.value, &s.width, &s.height, &why)) return s;
    diags.error(text.where, what + ": \"" + text.value + "\" is not a valid size", why);
    return std::nullopt;
  }
  std::vector<std::string> names;
  for (const auto& [k, v] : table) names.push_back(v.name);
  std::string near = closest_match(text.value, names);
  diags.error(text.where,
              what + ": unknown size \"" + text.value + "\"" +
                  (near.empty() ? "" : " (did you mean \"" + near + "\"?)"),
              "use one of " + join_choices(names) + ", or a size such as \"63x88mm\"");
  return std::nullopt;
}

}  // namespace kp
