// Unit tests for i18n/language and locale quotes: directions, font lists, system fonts.
#include "i18n/language.hpp"

#include <doctest/doctest.h>

#include "i18n/typography.hpp"

using namespace kp;

TEST_CASE("languages: direction, script and explicit font lists") {
  CHECK(language_info("ar").rtl);
  CHECK_FALSE(language_info("fr").rtl);
  CHECK(language_info("de-CH").name == "German");
  CHECK(language_info("ja").script == Script::Cjk);
  CHECK(language_info("xx").code.empty());
  CHECK(font_families_for("fr", "Noto Sans") == "Noto Sans");
  CHECK(font_families_for("ar", "Noto Sans") == "Noto Naskh Arabic, Noto Sans");
  CHECK(font_families_for("ja", "Noto Sans") == "Noto Sans CJK JP, Noto Sans");
}

TEST_CASE("CJK fonts come from the Debian package; missing ones are named") {
  SystemFonts ja = system_fonts_for("ja");
  CHECK(ja.missing.empty());
  REQUIRE(ja.found.size() == 2);
  CHECK(ja.found[0].find("NotoSansCJK-Regular.ttc") != std::string::npos);
  CHECK(system_fonts_for("fr").found.empty());
}

TEST_CASE("straight double quotes become the language's quotes") {
  CHECK(apply_typography("say \"yes\"", "en") == "say \u201Cyes\u201D");
  CHECK(apply_typography("sag \"ja\"", "de") == "sag \u201Eja\u201C");
  CHECK(apply_typography("dis \"oui\"", "fr") == "dis \u00AB\u202Foui\u202F\u00BB");
  CHECK(apply_typography("\"はい\"", "ja") == "\u300Cはい\u300D");
}
