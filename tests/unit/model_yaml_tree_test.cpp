// Unit tests for model/yaml_tree: located nodes and the checks yaml-cpp lacks.
#include "model/yaml_tree.hpp"

#include <doctest/doctest.h>

using namespace kp;

namespace {
std::unique_ptr<YamlNode> parse(const std::string& text, Diagnostics& d, SourceFile& src) {
  src.path = "t.yaml";
  src.text = text;
  return parse_yaml_text(&src, d);
}
std::string first_error(const Diagnostics& d) {
  for (const auto& x : d.items())
    if (x.severity == Severity::Error)
      return x.where.file + ":" + std::to_string(x.where.line) + ":" +
             std::to_string(x.where.column) + " " + x.message;
  return "";
}
}  // namespace

TEST_CASE("nodes know their line and character column") {
  Diagnostics d;
  SourceFile src;
  auto root = parse("a: 1\nnoémie: \"x\"\nlist:\n  - é\n", d, src);
  REQUIRE(root);
  REQUIRE(root->entries.size() == 3);
  Location l = src.at_offset(root->entries[1].second.offset);
  CHECK(l.line == 2);
  CHECK(l.column == 9);  // characters, not bytes
  CHECK_FALSE(root->entries[1].second.plain);
  CHECK(root->entries[0].second.plain);
  CHECK(root->entries[2].second.items[0].scalar == "é");
}

TEST_CASE("aliases and anchors are refused (no billion laughs)") {
  Diagnostics d;
  SourceFile src;
  CHECK_FALSE(parse("a: &x [1, 2]\nb: *x\n", d, src));
  CHECK(first_error(d) == "t.yaml:1:4 YAML anchors (&name) are not allowed in a kit");
}

TEST_CASE("tabs in indentation, control characters and bad UTF-8 are located") {
  Diagnostics d1, d2, d3;
  SourceFile s1, s2, s3;
  CHECK_FALSE(parse("a:\n\tb: 1\n", d1, s1));
  CHECK(first_error(d1) == "t.yaml:2:1 tab character in indentation");
  CHECK_FALSE(parse("a: x\x01y\n", d2, s2));
  CHECK(first_error(d2) == "t.yaml:1:5 control character U+0001 in the text");
  CHECK_FALSE(parse("a: b\nc: d\xFF\n", d3, s3));
  CHECK(first_error(d3) == "t.yaml:2:5 invalid UTF-8 byte sequence");
}

TEST_CASE("a byte-order mark is accepted and columns stay right") {
  Diagnostics d;
  SourceFile src;
  auto root = parse("\xEF\xBB\xBFtitle: x\n", d, src);
  REQUIRE(root);
  CHECK(root->entries[0].first.scalar == "title");
}

TEST_CASE("syntax errors are located with a quoting hint") {
  Diagnostics d;
  SourceFile src;
  CHECK_FALSE(parse("title: Atelier : comment\n", d, src));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.line == 1);
  CHECK(d.items()[0].hint.find("must be quoted") != std::string::npos);
}

TEST_CASE("node count and nesting are limited") {
  Diagnostics d;
  SourceFile src;
  YamlLimits limits;
  limits.max_nodes = 10;
  src.path = "t.yaml";
  src.text = "[1,2,3,4,5,6,7,8,9,10,11,12]";
  CHECK_FALSE(parse_yaml_text(&src, d, limits));
  CHECK(first_error(d).find("more than 10 YAML values") != std::string::npos);
  Diagnostics d2;
  SourceFile s2;
  CHECK_FALSE(parse(std::string(100, '[') + std::string(100, ']'), d2, s2));
  CHECK(first_error(d2).find("nested more than") != std::string::npos);
}

TEST_CASE("escaped control characters are refused like raw ones, at the escape") {
  for (const char* text : {"a: \"x\\0y\"\n", "a: \"x\\u0000y\"\n", "a: \"x\\x07y\"\n"}) {
    CAPTURE(text);
    Diagnostics d;
    SourceFile src;
    parse(text, d, src);
    REQUIRE(d.has_errors());
    CHECK(first_error(d).rfind("t.yaml:1:6 control character U+00", 0) == 0);
  }
  Diagnostics ok;
  SourceFile src;
  auto root = parse("a: \"line\\nnext\\ttab \\\\0 \\\"q\\\"\"\n", ok, src);
  REQUIRE(root);
  CHECK_FALSE(ok.has_errors());  // line breaks, tabs and escaped backslashes are text
}

TEST_CASE("a comment that looks like more text is noted on its plain scalar") {
  Diagnostics d;
  SourceFile src;
  auto root = parse("a: Oui ou non #important\nb: texte # a note\nc: \"q #x\"\nd: a#b\n", d, src);
  REQUIRE(root);
  CHECK(src.at_offset(root->entries[0].second.comment).column == 15);
  CHECK(root->entries[1].second.comment == std::string::npos);  // "# note": meant as a comment
  CHECK(root->entries[2].second.comment == std::string::npos);  // quoted
  CHECK(root->entries[3].second.comment == std::string::npos);  // no space: text
}

TEST_CASE("a list item indented unlike its siblings is a located warning") {
  Diagnostics d;
  SourceFile src;
  auto root = parse("l:\n  - one\n   - two\n   - three\n", d, src);
  REQUIRE(root);
  CHECK(root->entries[0].second.items[0].scalar == "one - two - three");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].severity == Severity::Warning);
  CHECK(d.items()[0].where.line == 3);
  CHECK(d.items()[0].message.find("not as a list item") != std::string::npos);
  Diagnostics none;
  SourceFile s2;
  parse("t: a text - with a dash\n  continued - here\n", none, s2);
  CHECK(none.items().empty());
}

TEST_CASE("bad indentation names the line indented differently from its siblings") {
  Diagnostics d;
  SourceFile src;
  CHECK_FALSE(parse("l:\n  - a: 1\n    b: 2\n   c: 3\n", d, src));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].hint ==
        "line 4 is indented by 3 spaces, but the key above it on line 3 by 4 spaces: keys of "
        "one list or mapping line up at the same column");
}
