// Typed, located reading of YAML mappings: required keys, types, unknown keys with "did you mean".
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/diagnostics.hpp"
#include "core/length.hpp"
#include "model/yaml_tree.hpp"

namespace kp {

// A text value from a kit and where it was written.
struct Text {
  std::string value;
  Location where;
  std::string id = {};  // an item of a list written {id: ..., text: ...}: its translation key
  bool empty() const { return value.empty(); }
};

// Reads the keys of one mapping. Every key asked for becomes "known"; finish() reports the
// others as unknown, with the nearest known key as a suggestion. Errors go to `diags` and
// the getters return a fallback, so that one run reports every problem.
class MapReader {
 public:
  MapReader(const YamlNode& node, const SourceFile& src, Diagnostics& diags, std::string what);
  bool ok() const { return ok_; }
  Location where() const { return src_.at_offset(node_.offset); }
  Location at(const YamlNode& n) const { return src_.at_offset(n.offset); }
  Location key_at(const std::string& key) const;
  const SourceFile& source() const { return src_; }
  Diagnostics& diags() const { return diags_; }

  // The value node of `key` (nullptr if absent). Marks the key as known.
  const YamlNode* get(const std::string& key);
  // Like get(), but reports a missing key as an error.
  const YamlNode* require(const std::string& key);

  std::optional<Text> text(const std::string& key, bool required);
  std::optional<Length> length(const std::string& key, bool required);
  std::optional<int> integer(const std::string& key, int min, int max, bool required);
  std::optional<Colour> colour(const std::string& key, bool required);
  std::vector<Text> text_list(const std::string& key, bool required);

  // Reports keys never asked for. Call once, after all get()s.
  void finish();

 private:
  const YamlNode& node_;
  const SourceFile& src_;
  Diagnostics& diags_;
  std::string what_;
  bool ok_ = false;
  std::vector<std::string> known_;
};

// Every mapping kind read so far (the MapReader's `what`, e.g. "the deck") with the keys it
// accepts. The JSON Schema test compares this with kit/kitpress.schema.json.
std::map<std::string, std::set<std::string>> accepted_keys();

// Conversions of single nodes (report and return nullopt on error).
std::optional<Text> read_text(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                              const std::string& what);
// An item of a list of texts: a text, or {id: stable-key, text: ...} (the id keys its
// translation, so editing or moving the text keeps it).
std::optional<Text> read_list_item(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                   const std::string& what);
// Reports an id that is not letters, digits, "-" and "_" (starting with a letter or digit).
bool check_id(const Text& id, Diagnostics& diags);
std::optional<int> read_integer(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                const std::string& what, int min, int max);
std::optional<Colour> read_colour(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                  const std::string& what);
std::optional<Length> read_length(const YamlNode& n, const SourceFile& src, Diagnostics& diags,
                                  const std::string& what);

}  // namespace kp
