// Parsing YAML through yaml-cpp's event API into located nodes, with the checks it lacks.
#include "model/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "core/utf8.hpp"

namespace kp {

Location SourceFile::at_offset(size_t byte_offset) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  byte_offset = std::min(byte_offset, text.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  size_t start = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text.size();
  std::string line_text = text.substr(start, end - start);
  if (!line_text.empty() && line_text.back() == '\r') line_text.pop_back();
  int column = utf8_count(text.substr(start, byte_offset - start), byte_offset - start) + 1;
  return Location{path, static_cast<int>(line), column, std::move(line_text)};
}

const char* YamlNode::kind_name() const {
  switch (kind) {
    case Kind::Null:
      return "nothing";
    case Kind::Scalar:
      return "a single value";
    case Kind::Sequence:
      return "a list";
    case Kind::Map:
      return "a mapping (key: value lines)";
  }
  return "?";
}

namespace {

struct LimitExceeded {
  size_t offset;
  std::string message;
  std::string hint;
};

// Builds YamlNode trees from parser events.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const YamlLimits& limits) : limits_(limits) {}
  std::unique_ptr<YamlNode> root;
  int documents = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++documents; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t) override {
    YamlNode n;
    n.kind = YamlNode::Kind::Null;
    n.offset = static_cast<size_t>(m.pos);
    add(std::move(n));
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
    throw LimitExceeded{static_cast<size_t>(m.pos), "YAML aliases (*name) are not allowed in a kit",
                        "write the value out again instead of referring to an anchor"};
  }
  void OnAnchor(const YAML::Mark& m, const std::string&) override {
    throw LimitExceeded{static_cast<size_t>(m.pos), "YAML anchors (&name) are not allowed in a kit",
                        "remove the anchor and write each value out"};
  }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode n;
    n.kind = YamlNode::Kind::Scalar;
    n.scalar = value;
    n.plain = tag == "?";
    n.offset = static_cast<size_t>(m.pos);
    add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::Sequence, m);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::Map, m);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode node;
    bool have_key = false;
    YamlNode key;
  };
  const YamlLimits& limits_;
  std::vector<Open> stack_;
  size_t count_ = 0;

  void count(size_t offset) {
    if (++count_ > limits_.max_nodes) {
      throw LimitExceeded{
          offset, "the file has more than " + std::to_string(limits_.max_nodes) + " YAML values",
          "split the content or remove repeated data"};
    }
  }
  void open(YamlNode::Kind kind, const YAML::Mark& m) {
    count(static_cast<size_t>(m.pos));
    if (stack_.size() >= limits_.max_depth) {
      throw LimitExceeded{
          static_cast<size_t>(m.pos),
          "the YAML is nested more than " + std::to_string(limits_.max_depth) + " levels deep",
          "a kit never needs this much nesting"};
    }
    Open o;
    o.node.kind = kind;
    o.node.offset = static_cast<size_t>(m.pos);
    stack_.push_back(std::move(o));
  }
  void close() {
    YamlNode done = std::move(stack_.back().node);
    stack_.pop_back();
    place(std::move(done));
  }
  void add(YamlNode n) {
    count(n.offset);
    place(std::move(n));
  }
  void place(YamlNode n) {
    if (stack_.empty()) {
      if (!root) root = std::make_unique<YamlNode>(std::move(n));
      return;
    }
    Open& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::Sequence) {
      top.node.items.push_back(std::move(n));
    } else if (!top.have_key) {
      top.key = std::move(n);
      top.have_key = true;
    } else {
      top.node.entries.emplace_back(std::move(top.key), std::move(n));
      top.have_key = false;
    }
  }
};

// Control characters a kit may not hold, raw or escaped: all but tab, line feed and CR.
bool is_refused_control(unsigned c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

void report_control(const SourceFile& src, size_t offset, unsigned c, Diagnostics& diags,
                    const std::string& hint) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04X", c);
  diags.error(src.at_offset(offset), std::string("control character U+") + buf + " in the text",
              hint);
}

// Where, in the quoted scalar at `offset`, an escape gives a refused control character
// (\0, \a, \x01, \u0000...); `offset` itself if none is found.
size_t control_escape_at(const std::string& t, size_t offset) {
  if (offset >= t.size() || t[offset] != '"') return offset;
  for (size_t i = offset + 1; i + 1 < t.size() && t[i] != '"'; ++i) {
    if (t[i] != '\\') continue;
    const char e = t[i + 1];
    unsigned code = 0x20;
    const size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits && i + 2 + digits <= t.size()) {
      code = static_cast<unsigned>(std::strtoul(t.substr(i + 2, digits).c_str(), nullptr, 16));
    } else if (std::string("0abefv").find(e) != std::string::npos) {
      code = 0;
    }
    if (is_refused_control(code)) return i;
    ++i;  // skip the escaped character (\\, \")
  }
  return offset;
}

// The checks of scalars yaml-cpp has decoded: escaped control characters (an error, like raw
// ones), a comment ending a plain text on its line (noted in the node), and a plain text
// continued on lines that start with "- " (a list item indented unlike its siblings).
void check_scalars(YamlNode& n, const SourceFile& src, Diagnostics& diags) {
  for (auto& item : n.items) check_scalars(item, src, diags);
  for (auto& [k, v] : n.entries) {
    check_scalars(k, src, diags);
    check_scalars(v, src, diags);
  }
  if (!n.is_scalar()) return;
  const std::string& t = src.text;
  for (unsigned char c : n.scalar) {
    if (!is_refused_control(c)) continue;
    report_control(src, control_escape_at(t, n.offset), c, diags,
                   "remove the escape; kitpress prints text only (write \\n for a line break)");
    break;
  }
  if (!n.plain || n.offset >= t.size()) return;
  const size_t eol = std::min(t.find('\n', n.offset), t.size());
  const std::string first = t.substr(n.offset, eol - n.offset);
  // "text # note" is a comment as intended; "text #word" looks like text lost to a comment.
  if (size_t hash = first.find(" #"); hash != std::string::npos && hash + 2 < first.size() &&
                                      first[hash + 2] != ' ' && first[hash + 2] != '\r') {
    std::string before = first.substr(0, hash);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.pop_back();
    if (!before.empty() && n.scalar.compare(0, before.size(), before) == 0)
      n.comment = n.offset + hash + 1;
  }
  if (n.scalar.size() <= first.size() || eol >= t.size()) return;
  // Continued on the next lines: does one of them look like a list item?
  for (size_t at = eol + 1; at < t.size();) {
    const size_t end = std::min(t.find('\n', at), t.size());
    const size_t text = t.find_first_not_of(' ', at);
    if (text >= end) break;
    std::string line = t.substr(text, end - text);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n.scalar.find(line) == std::string::npos) break;  // no longer this scalar
    if (line.rfind("- ", 0) == 0) {
      diags.warning(src.at_offset(text),
                    "this line is read as more of the text \"" + utf8_prefix(n.scalar, 60) +
                        "\" above, not as a list item: it is not indented like the items "
                        "before it",
                    "line up every \"- \" of a list at the same column");
      break;
    }
    at = end + 1;
  }
}

// Byte-level checks yaml-cpp does not make; returns false if parsing must not go on.
bool check_bytes(SourceFile* src, Diagnostics& diags) {
  std::string& t = src->text;
  if (t.size() >= 3 && t.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    t.erase(0, 3);
    diags.warning(Location{src->path, 1, 1, {}},
                  "the file starts with a byte-order mark (BOM); it is ignored",
                  "save the file as UTF-8 without BOM");
  }
  size_t bad = utf8_first_invalid(t);
  if (bad != std::string::npos) {
    diags.error(src->at_offset(bad), "invalid UTF-8 byte sequence",
                "save the file as UTF-8 (most editors have \"Save with encoding\")");
    return false;
  }
  bool ok = true;
  size_t line_start = 0;
  bool in_indent = true;
  for (size_t i = 0; i < t.size(); ++i) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n') {
      line_start = i + 1;
      in_indent = true;
      continue;
    }
    if (c == '\t' && in_indent) {
      diags.error(src->at_offset(i), "tab character in indentation",
                  "YAML indents with spaces only: replace the tab with spaces");
      ok = false;
      in_indent = false;
      continue;
    }
    if (c != ' ') in_indent = false;
    if (is_refused_control(c)) {
      report_control(*src, i, c, diags,
                     "remove it; it may come from copying text out of another program");
      ok = false;
    }
    (void)line_start;
  }
  return ok;
}

// A line's indentation and what it holds: a list item ("- "), a key ("key:"), or other.
struct LineShape {
  int indent = -1;  // -1: blank or a comment
  bool item = false, key = false;
  int key_column = -1;  // where its key starts ("- key:" puts it two further)
};

LineShape shape_of(const std::string& line) {
  LineShape s;
  const size_t at = line.find_first_not_of(' ');
  if (at == std::string::npos || line[at] == '#' || line[at] == '\r') return s;
  s.indent = static_cast<int>(at);
  s.item = line.compare(at, 2, "- ") == 0 || line.substr(at) == "-";
  const size_t key_at = s.item ? line.find_first_not_of(' ', at + 1) : at;
  const size_t colon = line.find(": ", key_at);
  const bool ends_with_colon = !line.empty() && line.back() == ':';
  if (key_at != std::string::npos && (colon != std::string::npos || ends_with_colon) &&
      line[key_at] != '"' && line[key_at] != '\'') {
    s.key = true;
    s.key_column = static_cast<int>(key_at);
  }
  return s;
}

// For an indentation error at `line`: "line N is indented by a spaces, its sibling above
// (line M) by b", when the line and the nearest line above of its kind (list item or key)
// are indented alike but for a space or two. Empty when no such pair is found.
std::string misaligned_sibling(const std::string& text, int line) {
  const LineShape e = shape_of(line_text(text, line));
  if (e.indent < 0) return {};
  for (int above = line - 1; above >= 1 && above >= line - 40; --above) {
    const LineShape p = shape_of(line_text(text, above));
    if (p.indent < 0) continue;
    int mine = -1, theirs = -1;
    if (e.item && p.item) {
      mine = e.indent, theirs = p.indent;
    } else if (e.key && !e.item && p.key) {
      mine = e.indent, theirs = p.key_column;
    }
    if (mine < 0) {
      if (p.indent < e.indent - 2) return {};  // left the block
      continue;
    }
    if (mine == theirs || std::abs(mine - theirs) > 2) {
      if (p.indent < e.indent - 2 || mine == theirs) return {};
      continue;
    }
    auto spaces = [](int n) { return std::to_string(n) + (n == 1 ? " space" : " spaces"); };
    return "line " + std::to_string(line) + " is indented by " + spaces(mine) + ", but the " +
           (e.item ? "list item" : "key") + " above it on line " + std::to_string(above) + " by " +
           spaces(theirs) + ": " + (e.item ? "items" : "keys") +
           " of one list or mapping line up at the same column";
  }
  return {};
}

std::string syntax_hint(const SourceFile& src, const Location& where, const std::string& msg) {
  std::string line = line_text(src.text, where.line);
  size_t colon = line.find(": ");
  if (colon != std::string::npos && line.find(" : ", colon + 1) != std::string::npos) {
    return "a value containing \" : \" must be quoted: key: \"text : more text\"";
  }
  if (colon != std::string::npos && line.find(": ", colon + 2) != std::string::npos) {
    return "a value containing \": \" must be quoted: key: \"text: more text\"";
  }
  if (std::string sibling = misaligned_sibling(src.text, where.line); !sibling.empty())
    return sibling;
  if (msg.find("end of map") != std::string::npos || msg.find("indent") != std::string::npos) {
    return "check the indentation of this line against the lines above it";
  }
  return "check the YAML syntax on this line; quoting the value often helps";
}

}  // namespace

std::unique_ptr<YamlNode> parse_yaml_text(SourceFile* src, Diagnostics& diags,
                                          const YamlLimits& limits) {
  if (src->text.size() > limits.max_file_bytes) {
    diags.error(src->whole_file(),
                "the file is larger than " + std::to_string(limits.max_file_bytes >> 20) + " MiB",
                "a kit file holds text only; split it or remove what does not belong");
    return nullptr;
  }
  if (!check_bytes(src, diags)) return nullptr;
  std::istringstream in(src->text);
  TreeBuilder builder(limits);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents > 1) {
        diags.error(src->whole_file(), "the file holds more than one YAML document (---)",
                    "keep one document per file");
        return nullptr;
      }
    }
  } catch (const YAML::ParserException& e) {
    Location where = src->at_offset(e.mark.pos >= 0 ? static_cast<size_t>(e.mark.pos) : 0);
    diags.error(where, "YAML syntax error: " + e.msg, syntax_hint(*src, where, e.msg));
    return nullptr;
  } catch (const LimitExceeded& e) {
    diags.error(src->at_offset(e.offset), e.message, e.hint);
    return nullptr;
  }
  if (!builder.root) {
    diags.error(src->whole_file(), "the file is empty",
                "see kit/README.md for what it should hold");
    return nullptr;
  }
  check_scalars(*builder.root, *src, diags);
  return std::move(builder.root);
}

std::unique_ptr<YamlNode> parse_yaml_file(const std::string& path, const std::string& shown_path,
                                          SourceFile* source, Diagnostics& diags,
                                          const YamlLimits& limits) {
  source->path = shown_path;
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    diags.error(Location{shown_path, 0, 0, {}}, "cannot read the file",
                "check that it exists and that the name is spelt as in the file referring to it");
    return nullptr;
  }
  std::string text;
  char buf[65536];
  while (f.read(buf, sizeof buf) || f.gcount() > 0) {
    text.append(buf, static_cast<size_t>(f.gcount()));
    if (text.size() > limits.max_file_bytes) break;
  }
  source->text = std::move(text);
  return parse_yaml_text(source, diags, limits);
}

}  // namespace kp
