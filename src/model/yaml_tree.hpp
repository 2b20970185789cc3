// A YAML document parsed into a small tree whose every node knows its file:line:column.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"

namespace kp {

// The text of one source file, kept for locating nodes and quoting lines in diagnostics.
struct SourceFile {
  std::string path;  // as shown to the user
  std::string text;
  // The location of a byte offset; O(log lines) once the line index is built.
  Location at_offset(size_t byte_offset) const;
  Location whole_file() const { return Location{path, 0, 0, {}}; }

 private:
  mutable std::vector<size_t> line_starts_;  // built on first use, for `text` as it is then
};

struct YamlNode {
  enum class Kind { Null, Scalar, Sequence, Map };
  Kind kind = Kind::Null;
  std::string scalar;  // for Scalar
  bool plain = false;  // scalar written without quotes (so "010" is text, 010 is a number)
  size_t offset = 0;   // byte offset in the source
  // For a plain scalar: the offset of a comment that ends it on its line and looks like more
  // text ("a #b", not "a # note"), or npos. Text fields warn of it: "#b" is not printed.
  size_t comment = std::string::npos;
  std::vector<YamlNode> items;                         // Sequence
  std::vector<std::pair<YamlNode, YamlNode>> entries;  // Map, in file order

  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_map() const { return kind == Kind::Map; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_null() const { return kind == Kind::Null; }
  const char* kind_name() const;
};

struct YamlLimits {
  size_t max_file_bytes = 4u << 20;  // 4 MiB
  size_t max_nodes = 200000;
  size_t max_depth = 64;
};

// Reads and parses a YAML file. Problems (unreadable file, invalid UTF-8, control
// characters, raw or escaped, tabs in indentation, syntax errors, aliases, duplicate keys,
// limits) are added to `diags`; returns nullptr when the file cannot be used at all. A plain
// text continued on lines that look like list items ("- x") is a warning.
std::unique_ptr<YamlNode> parse_yaml_file(const std::string& path, const std::string& shown_path,
                                          SourceFile* source, Diagnostics& diags,
                                          const YamlLimits& limits = {});
// The same, for text already in memory.
std::unique_ptr<YamlNode> parse_yaml_text(SourceFile* source, Diagnostics& diags,
                                          const YamlLimits& limits = {});

}  // namespace kp
