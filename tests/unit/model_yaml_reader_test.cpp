// Unit tests for model/yaml_reader: typed reading, duplicates, unknown keys.
#include "model/yaml_reader.hpp"

#include <doctest/doctest.h>

using namespace kp;

namespace {
struct Doc {
  SourceFile src;
  Diagnostics d;
  std::unique_ptr<YamlNode> root;
  explicit Doc(const std::string& text) {
    src.path = "t.yaml";
    src.text = text;
    root = parse_yaml_text(&src, d);
  }
};
}  // namespace

TEST_CASE("typed values and defaults") {
  Doc doc("n: 12\nl: 3mm\nc: \"#0060A0\"\nt: hello\nlist: [a, b]\n");
  MapReader m(*doc.root, doc.src, doc.d, "the test");
  CHECK(*m.integer("n", 1, 100, true) == 12);
  CHECK(m.length("l", true)->millimetres() == doctest::Approx(3));
  CHECK(format_hex(*m.colour("c", true)) == "#0060A0");
  CHECK(m.text("t", true)->value == "hello");
  CHECK(m.text_list("list", true).size() == 2);
  CHECK_FALSE(m.text("absent", false));
  m.finish();
  CHECK_FALSE(doc.d.has_errors());
}

TEST_CASE("duplicate keys, unknown keys and missing keys are errors") {
  Doc doc("title: a\ntitle: b\ncolr: x\n");
  MapReader m(*doc.root, doc.src, doc.d, "the deck");
  m.text("title", true);
  m.text("colour", true);
  m.finish();
  std::vector<std::string> msgs;
  for (const auto& x : doc.d.items())
    msgs.push_back(std::to_string(x.where.line) + ":" + x.message + "|" + x.hint);
  REQUIRE(msgs.size() == 3);
  CHECK(msgs[0] ==
        "2:duplicate key \"title\" in the deck|each key may appear once; remove or merge the "
        "repeated one");
  CHECK(msgs[1] == "1:the deck has no \"colour\"|line 3 has \"colr\": did you mean \"colour\"?");
  CHECK(msgs[2] == "3:unknown key \"colr\" in the deck|did you mean \"colour\"?");
}

TEST_CASE("numbers: octal-looking and out-of-range values") {
  Doc doc("a: 010\nb: 0\nc: 12x\n");
  MapReader m(*doc.root, doc.src, doc.d, "kit");
  CHECK_FALSE(m.integer("a", 1, 100, true));
  CHECK_FALSE(m.integer("b", 1, 100, true));
  CHECK_FALSE(m.integer("c", 1, 100, true));
  REQUIRE(doc.d.error_count() == 3);
  CHECK(doc.d.items()[0].message.find("leading zero") != std::string::npos);
  CHECK(doc.d.items()[1].message.find("from 1 to 100") != std::string::npos);
}

TEST_CASE("a colour mapping carries RGB and CMYK") {
  Doc doc("c: { rgb: \"#000000\", cmyk: \"0 0 0 100\" }\n");
  MapReader m(*doc.root, doc.src, doc.d, "theme");
  auto c = m.colour("c", true);
  REQUIRE(c);
  CHECK(c->k == 1);
  CHECK(c->c == 0);
}

TEST_CASE("an unquoted #colour is reported at its key, with the hint to quote") {
  SourceFile src;
  src.path = "k.yaml";
  src.text = "name: x\ncolour: #2E7D32\ntitle: #1\n";
  Diagnostics d;
  auto root = parse_yaml_text(&src, d);
  REQUIRE(root);
  MapReader m(*root, src, d, "the deck");
  CHECK_FALSE(m.colour("colour", true));
  CHECK_FALSE(m.text("title", false));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].where.line == 2);
  CHECK(d.items()[0].where.column == 1);
  CHECK(d.items()[0].message ==
        "\"colour\" in the deck has no value: quote it: `#` starts a comment in YAML");
  CHECK(d.items()[0].hint == "write colour: \"#2E7D32\"");
  CHECK(d.items()[1].where.line == 3);
}
