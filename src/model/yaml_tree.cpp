// Parsing YAML through yaml-cpp's event API into located nodes, with the checks it lacks.
#include "model/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
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
    if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02X", c);
      diags.error(src->at_offset(i), std::string("control character U+00") + buf + " in the text",
                  "remove it; it may come from copying text out of another program");
      ok = false;
    }
    (void)line_start;
  }
  return ok;
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
