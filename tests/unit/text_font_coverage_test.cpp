// Unit tests for text/font_coverage and right-to-left layout with the language's fonts.
#include "text/font_coverage.hpp"

#include <doctest/doctest.h>

#include <map>
#include <memory>

#include "core/paths.hpp"
#include "i18n/language.hpp"
#include "model/kit_loader.hpp"
#include "text/text_layout.hpp"

using namespace kp;

namespace {

// The fonts a build in `lang` has: the project's, plus the system files the language needs.
const FontContext& fonts(const std::string& lang = "ja") {
  static std::map<std::string, std::unique_ptr<FontContext>> contexts;
  auto& fc = contexts[lang];
  if (!fc)
    fc = std::make_unique<FontContext>(std::vector<std::string>{project_dir() + "/fonts"},
                                       system_fonts_for(lang).found);
  return *fc;
}

Kit kit_in(const std::string& lang) {
  Diagnostics d;
  Kit kit = *load_kit(project_dir() + "/kit/bulle-dg", d);
  kit.language = lang;
  kit.theme.font = font_families_for(lang, kit.theme.font);
  return kit;
}

}  // namespace

TEST_CASE("coverage: every character of the default kit is in its fonts") {
  Diagnostics d;
  CHECK(check_font_coverage(kit_in("fr"), fonts("fr"), d));
  CHECK(d.items().empty());
}

TEST_CASE("coverage: a character no font has names the language, U+XXXX and the key") {
  Kit kit = kit_in("fr");
  kit.decks[2].cards[3].body.value = "Voir 日本 et ☃";
  kit.decks[2].cards[3].body.where = Location{"decks/leviers.yaml", 33, 11, {}};
  Diagnostics d;
  CHECK_FALSE(check_font_coverage(kit, fonts("fr"), d));
  REQUIRE(d.error_count() == 3);
  const Diagnostic& e = d.items()[0];
  CHECK(e.message ==
        "fr: the character U+65E5 (日) in \"decks.leviers.cards.note.body\" is in none of the "
        "fonts for French (Noto Sans, Noto Naskh Arabic)");
  CHECK(e.where.line == 33);
  CHECK(d.items()[2].message.find("U+2603") != std::string::npos);
  // The same text in Japanese has its kanji.
  Kit ja = kit_in("ja");
  ja.decks[2].cards[3].body.value = "日本";
  Diagnostics dj;
  CHECK(check_font_coverage(ja, fonts("ja"), dj));
}

TEST_CASE("Arabic paragraphs run right to left and align right, even after a Latin word") {
  TextStyle s;
  s.family = font_families_for("ar", "Noto Sans");
  s.language = "ar";
  s.size = 10;
  TextBlock b = layout_text(fonts(), "AICT يتيح العمل الدولي", s, 200);
  CHECK(b.missing_characters().empty());
  auto runs = b.runs({0, 0}, Colour::black());
  REQUIRE(!runs.empty());
  double right = 0, left = 1e9;
  bool backward = false;
  for (const auto& r : runs) {
    right = std::max(right, r.origin.x + r.width());
    left = std::min(left, r.origin.x);
    backward = backward || r.backward;
  }
  CHECK(backward);
  CHECK(right == doctest::Approx(200).epsilon(0.01));
  // "AICT" comes first in logical order, so it is drawn at the right end.
  const GlyphRun* latin = nullptr;
  for (const auto& r : runs)
    if (r.text == "AICT") latin = &r;
  REQUIRE(latin);
  CHECK(latin->origin.x > 100);
}

TEST_CASE("fit: a word too wide at the minimum size is hyphenated rather than failing") {
  TextStyle s;
  s.language = "de";
  s.size = 13;
  s.bold = true;
  s.hyphenate = false;
  FitResult r = fit_text(fonts(), "Verwaltungsdirektorenkonferenz", s, 100, 40, 7);
  CHECK(r.fits);
  CHECK(r.hyphenated);
  s.hyphenate_to_fit = false;
  CHECK_FALSE(fit_text(fonts(), "Verwaltungsdirektorenkonferenz", s, 100, 40, 7).fits);
}
