// Typed reading of located YAML nodes with diagnostics.
#include "model/yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <regex>
#include <set>

#include "core/suggest.hpp"

namespace kp {

MapReader::MapReader(const YamlNode& node, const SourceFile& src, Diagnostics& diags,
                     std::string what)
    : node_(node), src_(src), diags_(diags), what_(std::move(what)) {
  if (!node.is_map()) {
    diags_.error(where(),
                 what_ + " must be a mapping of \"key: value\" lines, not " + node.kind_name(),
                 "see kit/README.md for the keys it takes");
    return;
  }
  ok_ = true;
  std::set<std::string> seen;
  for (const auto& [k, v] : node.entries) {
    if (!k.is_scalar()) {
      diags_.error(at(k), "a key in " + what_ + " must be a plain word", "write key: value");
      continue;
    }
    if (!seen.insert(k.scalar).second) {
      diags_.error(at(k), "duplicate key \"" + k.scalar + "\" in " + what_,
                   "each key may appear once; remove or merge the repeated one");
    }
  }
}

Location MapReader::key_at(const std::string& key) const {
  for (const auto& [k, v] : node_.entries)
    if (k.is_scalar() && k.scalar == key) return at(k);
  return where();
}

const YamlNode* MapReader::get(const std::string& key) {
  known_.push_back(key);
  if (!ok_) return nullptr;
  for (const auto& [k, v] : node_.entries)
    if (k.is_scalar() && k.scalar == key) return &v;
  return nullptr;
}

const YamlNode* MapReader::require(const std::string& key) {
  const YamlNode* n = get(key);
  if (!n && ok_) {
    // A misspelt key nearby is the likely cause: point at it.
    for (const auto& [k, v] : node_.entries) {
      if (k.is_scalar() && k.scalar != key && closest_match(k.scalar, {key}) == key) {
        diags_.error(where(), what_ + " has no \"" + key + "\"",
                     "line " + std::to_string(at(k).line) + " has \"" + k.scalar +
                         "\": did you mean \"" + key + "\"?");
        return n;
      }
    }
    diags_.error(where(), what_ + " has no \"" + key + "\"",
                 "add a line \"" + key + ": ...\" (see kit/README.md)");
  }
  return n;
}

std::optional<Text> MapReader::text(const std::string& key, bool required) {
  const YamlNode* n = required ? require(key) : get(key);
  if (!n) return std::nullopt;
  auto t = read_text(*n, src_, diags_, "\"" + key + "\" in " + what_);
  if (t && required && t->value.empty()) {
    diags_.error(at(*n), "\"" + key + "\" in " + what_ + " is empty",
                 "write the text after \"" + key + ":\"");
    return std::nullopt;
  }
  return t;
}

std::optional<Length> MapReader::length(const std::string& key, bool required) {
  const YamlNode* n = required ? require(key) : get(key);
  if (!n) return std::nullopt;
  return read_length(*n, src_, diags_, "\"" + key + "\" in " + what_);
}

std::optional<int> MapReader::integer(const std::string& key, int min, int max, bool required) {
  const YamlNode* n = required ? require(key) : get(key);
  if (!n) return std::nullopt;
  return read_integer(*n, src_, diags_, "\"" + key + "\" in " + what_, min, max);
}

std::optional<Colour> MapReader::colour(const std::string& key, bool required) {
  const YamlNode* n = required ? require(key) : get(key);
  if (!n) return std::nullopt;
  return read_colour(*n, src_, diags_, "\"" + key + "\" in " + what_);
}

std::vector<Text> MapReader::text_list(const std::string& key, bool required) {
  const YamlNode* n = required ? require(key) : get(key);
  std::vector<Text> out;
  if (!n) return out;
  if (!n->is_sequence()) {
    diags_.error(at(*n),
                 "\"" + key + "\" in " + what_ +
                     " must be a list (lines starting with \"- \"), not " + n->kind_name(),
                 "write each item on its own line as \"  - text\"");
    return out;
  }
  for (const auto& item : n->items) {
    if (auto t = read_list_item(item, src_, diags_, "an item of \"" + key + "\""))
      out.push_back(*t);
  }
  return out;
}

namespace {
std::mutex& accepted_mutex() {
  static std::mutex m;
  return m;
}
std::map<std::string, std::set<std::string>>& accepted() {
  static std::map<std::string, std::set<std::string>> keys;
  return keys;
}
}  // namespace

std::map<std::string, std::set<std::string>> accepted_keys() {
  std::lock_guard<std::mutex> lock(accepted_mutex());
  return accepted();
}

void MapReader::finish() {
  {
    std::lock_guard<std::mutex> lock(accepted_mutex());
    accepted()[what_].insert(known_.begin(), known_.end());
  }
  if (!ok_) return;
  for (const auto& [k, v] : node_.entries) {
    if (!k.is_scalar()) continue;
    if (std::find(known_.begin(), known_.end(), k.scalar) != known_.end()) continue;
    std::string suggestion = closest_match(k.scalar, known_);
    std::string hint = suggestion.empty()
                           ? "the keys " + what_ + " takes are: " + join_choices(known_)
                           : "did you mean \"" + suggestion + "\"?";
    diags_.error(at(k), "unknown key \"" + k.scalar + "\" in " + what_, hint);
  }
}

std::optional<Text> read_text(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                              const std::string& what) {
  if (n.is_null()) return Text{"", src.at_offset(n.offset)};
  if (!n.is_scalar()) {
    diags.error(src.at_offset(n.offset), what + " must be text, not " + n.kind_name(),
                "write the text on the same line after the colon, quoted if it has \": \"");
    return std::nullopt;
  }
  return Text{n.scalar, src.at_offset(n.offset)};
}

std::optional<Text> read_list_item(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                   const std::string& what) {
  if (!n.is_map()) return read_text(n, src, diags, what);
  MapReader m(n, src, diags, what);
  std::optional<Text> id = m.text("id", true);
  std::optional<Text> text = m.text("text", true);
  m.finish();
  if (!id || !text || !check_id(*id, diags)) return std::nullopt;
  text->id = id->value;
  return text;
}

bool check_id(const Text& id, Diagnostics& diags) {
  static const std::regex re("[A-Za-z0-9][A-Za-z0-9_-]*");
  if (std::regex_match(id.value, re)) return true;
  diags.error(id.where, "\"" + id.value + "\" is not a valid id",
              "an id uses letters, digits, \"-\" and \"_\" only, e.g. \"pas-a-pas\"");
  return false;
}

std::optional<int> read_integer(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                const std::string& what, int min, int max) {
  Location at = src.at_offset(n.offset);
  std::string range = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!n.is_scalar() || n.scalar.empty()) {
    diags.error(at, what + " must be " + range + ", not " + n.kind_name(), "write e.g. 12");
    return std::nullopt;
  }
  const std::string& s = n.scalar;
  if (!std::all_of(
          s.begin(), s.end(),
          [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; }) ||
      s.find('-', 1) != std::string::npos || s == "-") {
    diags.error(at, what + " must be " + range + ", not \"" + s + "\"",
                "write digits only, e.g. 12");
    return std::nullopt;
  }
  if (s.size() > 1 && s[0] == '0') {
    diags.error(at, what + ": \"" + s + "\" has a leading zero, which YAML may read as octal",
                "write it without the leading zero: " + std::to_string(std::stoll(s)));
    return std::nullopt;
  }
  if (s.size() > 9) {
    diags.error(at, what + " must be " + range + ", not " + s, "use a smaller number");
    return std::nullopt;
  }
  long long v = std::stoll(s);
  if (v < min || v > max) {
    diags.error(at, what + " must be " + range + ", not " + s, "use a number in that range");
    return std::nullopt;
  }
  return static_cast<int>(v);
}

std::optional<Length> read_length(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                  const std::string& what) {
  Location at = src.at_offset(n.offset);
  if (!n.is_scalar()) {
    diags.error(at, what + " must be a length such as \"3mm\", not " + n.kind_name());
    return std::nullopt;
  }
  std::string why;
  auto l = parse_length(n.scalar, &why);
  if (!l) diags.error(at, what + ": \"" + n.scalar + "\" is not a valid length", why);
  return l;
}

std::optional<Colour> read_colour(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                  const std::string& what) {
  Location at = src.at_offset(n.offset);
  std::string why;
  if (n.is_scalar()) {
    auto c = parse_rgb_hex(n.scalar, &why);
    if (!c) diags.error(at, what + ": \"" + n.scalar + "\" is not a colour", why);
    return c;
  }
  if (!n.is_map()) {
    diags.error(at,
                what + " must be a colour \"#RRGGBB\" or {rgb: \"#RRGGBB\", cmyk: \"C M Y K\"}");
    return std::nullopt;
  }
  MapReader m(n, src, diags, what);
  auto rgb = m.text("rgb", true);
  auto cmyk = m.text("cmyk", false);
  m.finish();
  if (!rgb) return std::nullopt;
  auto c = parse_rgb_hex(rgb->value, &why);
  if (!c) {
    diags.error(rgb->where, what + ": \"" + rgb->value + "\" is not a colour", why);
    return std::nullopt;
  }
  if (cmyk && !parse_cmyk(cmyk->value, &*c, &why)) {
    diags.error(cmyk->where, what + ": \"" + cmyk->value + "\" is not a CMYK colour", why);
    return std::nullopt;
  }
  return c;
}

}  // namespace kp
