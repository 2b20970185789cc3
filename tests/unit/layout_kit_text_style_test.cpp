// Unit tests for layout/kit_text_style: the base style every kit page's text starts from.
#include "layout/kit_text_style.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("a kit's text style takes the theme font and the kit's language") {
  Kit kit;
  kit.theme.font = "Noto Naskh Arabic, Noto Sans";
  kit.language = "ar";
  const TextStyle t = kit_text_style(kit, 13, true, Colour::white());
  CHECK(t.family == "Noto Naskh Arabic, Noto Sans");
  CHECK(t.language == "ar");
  CHECK(t.size == 13);
  CHECK(t.bold);
  CHECK(t.colour == Colour::white());
  // Everything else stays as a plain TextStyle has it: callers set what differs.
  const TextStyle plain;
  CHECK(t.line_height == plain.line_height);
  CHECK(t.hyphenate == plain.hyphenate);
  CHECK(t.align == plain.align);
  CHECK(t.features.empty());
}
