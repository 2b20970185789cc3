// Unit tests for text/text_layout: sizes, fitting, hyphenation and glyph runs.
#include "text/text_layout.hpp"

#include <doctest/doctest.h>

#include "core/length.hpp"
#include "core/paths.hpp"

using namespace kp;

namespace {
const FontContext& fonts() {
  static FontContext fc({project_dir() + "/fonts"});
  return fc;
}
}  // namespace

TEST_CASE("9pt text is 9pt: resolution is 72 dpi") {
  TextStyle s;
  s.size = 9;
  s.line_height = 1.25;
  TextBlock b = layout_text(fonts(), "Hello", s, 0);
  auto runs = b.runs({0, 0}, Colour::black());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].font->size() == doctest::Approx(9));
  CHECK(runs[0].font->postscript_name() == "NotoSans-Regular");
  CHECK(b.height() == doctest::Approx(11.25).epsilon(0.01));
}

TEST_CASE("text that does not fit shrinks, down to the minimum, then fails") {
  TextStyle s;
  s.size = 12;
  std::string text = "Une phrase assez longue pour ne pas tenir sur une ligne étroite.";
  FitResult ok = fit_text(fonts(), text, s, 100, 40, 7);
  CHECK(ok.fits);
  CHECK(ok.block.size() < 12);
  CHECK(ok.block.height() <= 40.01);
  FitResult no = fit_text(fonts(), text, s, 100, 10, 7);
  CHECK_FALSE(no.fits);
  CHECK(no.overflow > 0);
}

TEST_CASE("a word wider than the box is an overflow, not a silent break") {
  TextStyle s;
  s.size = 12;
  s.hyphenate = false;
  FitResult r = fit_text(fonts(), "Donaudampfschifffahrtsgesellschaft", s, 40, 200, 7);
  CHECK_FALSE(r.fits);
  CHECK(r.word_too_wide);
}

TEST_CASE("hyphenated lines draw a hyphen; soft hyphens never reach the text") {
  TextStyle s;
  s.size = 10;
  s.language = "fr";
  TextBlock b = layout_text(fonts(), "considérations administratives internationales", s, 60);
  CHECK(b.line_count() >= 3);
  std::string all;
  for (const auto& r : b.runs({0, 0}, Colour::black())) all += r.text + "|";
  CHECK(all.find("\u00AD") == std::string::npos);
  CHECK(all.find("-|") != std::string::npos);
}

TEST_CASE("glyph runs carry clusters covering their text") {
  TextStyle s;
  TextBlock b = layout_text(fonts(), "Éclat d’été", s, 0);
  for (const auto& r : b.runs({10, 20}, Colour::black())) {
    int bytes = 0, glyphs = 0;
    for (const auto& c : r.clusters) bytes += c.bytes, glyphs += c.glyphs;
    CHECK(bytes == static_cast<int>(r.text.size()));
    CHECK(glyphs == static_cast<int>(r.glyphs.size()));
    CHECK(r.origin.x >= 10);
  }
}

TEST_CASE("characters missing from the fonts are reported") {
  TextStyle s;
  TextBlock b = layout_text(fonts(), "abc 日本", s, 0);
  auto missing = b.missing_characters();
  CHECK(missing == std::vector<char32_t>{0x65E5, 0x672C});
}

TEST_CASE(
    "max_hyphen_run: no more than 2 lines in a row end in a hyphen where a reflow avoids it") {
  TextStyle ts;
  ts.language = "fr";
  ts.size = 10;
  const std::string text =
      "Le faire participer aux événements phares de l’AICT, organiser des rencontres avec des "
      "collègues d’autres CL.";
  auto hyphen_ends = [](const TextBlock& b) {
    int run = 0, worst = 0;
    PangoLayout* l = b.layout();
    const std::string all = pango_layout_get_text(l);
    for (GSList* it = pango_layout_get_lines_readonly(l); it; it = it->next) {
      auto* line = static_cast<PangoLayoutLine*>(it->data);
      size_t end = static_cast<size_t>(line->start_index + line->length);
      bool h = it->next && end >= 2 && all.substr(end - 2, 2) == "\u00AD";
      run = h ? run + 1 : 0;
      worst = std::max(worst, run);
    }
    return worst;
  };
  const double width = 55 * kPointsPerMm;  // a poker card's measure
  TextBlock plain = layout_text(fonts(), text, ts, width);
  CHECK(hyphen_ends(plain) == 3);  // the default kit's card "leviers/evenements" before
  ts.max_hyphen_run = 2;
  TextBlock limited = layout_text(fonts(), text, ts, width);
  CHECK(hyphen_ends(limited) <= 2);
  CHECK(limited.line_count() == plain.line_count());
}
