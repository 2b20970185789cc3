// Unit tests for core/utf8: validation, decoding and character columns.
#include "core/utf8.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("invalid UTF-8 is found at its byte") {
  CHECK(utf8_first_invalid("café") == std::string::npos);
  CHECK(utf8_first_invalid("caf\xE9 x") == 3);
  CHECK(utf8_first_invalid("\xC0\xAF") == 0);        // overlong
  CHECK(utf8_first_invalid("\xED\xA0\x80") == 0);    // surrogate
  CHECK(utf8_first_invalid("ok\xF0\x9F\x98") == 2);  // truncated
}

TEST_CASE("columns count characters, not bytes") {
  std::string text = "title: Noémie\nbody: écrit ici\n";
  LineColumn lc = line_column_at(text, text.find("ici"));
  CHECK(lc.line == 2);
  CHECK(lc.column == 13);
  CHECK(lc.line_text == "body: écrit ici");
  CHECK(line_column_at(text, text.find("Noémie") + 6).column ==
        13);  // "Noémi" is 6 bytes, 5 characters
}

TEST_CASE("decode and encode round-trip") {
  std::string s = "« Démo » 日本 ع";
  CHECK(utf8_encode(utf8_decode(s)) == s);
  CHECK(utf8_decode("é").size() == 1);
}

TEST_CASE("tabs expand for caret display") {
  CHECK(utf8_expand_tabs("\tx") == "    x");
  CHECK(utf8_display_width("\tx", 2) == 4);
}
