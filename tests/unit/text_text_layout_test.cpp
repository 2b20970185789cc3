// Unit tests for text/text_layout: sizes, fitting, hyphenation and glyph runs.
#include "text/text_layout.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>

#include "cli/pipeline.hpp"
#include "core/paths.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "model/kit_loader.hpp"

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
    "line pitch is even in a paragraph whatever font a glyph comes from (Arabic, parentheses)") {
  TextStyle s;
  s.family = "Noto Naskh Arabic, Noto Sans";
  s.language = "ar";
  s.size = 10;
  s.line_height = 1.25;
  const std::string text =
      "تعزيز إشعاع الإقليم: فهو يسهم في جاذبيته (عوائد اقتصادية وسياحية وثقافية) وتنشيط الإقليم "
      "(معرفة أفضل بالفاعلين المحليين) وإثبات تأييد المواطنين للعمل الدولي (مثل استطلاع الوكالة).";
  TextBlock b = layout_text(fonts(), text, s, 120);
  std::vector<double> lines;
  for (const TextLine& l : b.lines()) lines.push_back(l.baseline);
  REQUIRE(lines.size() >= 4);
  for (size_t i = 1; i < lines.size(); ++i) {
    CAPTURE(i);
    CHECK(lines[i] - lines[i - 1] == doctest::Approx(lines[1] - lines[0]).epsilon(0.0001));
  }
  // The glyphs sit on those baselines, and the block is as high as its lines.
  std::set<double> run_baselines;
  for (const auto& run : b.runs({0, 0}, Colour::black())) run_baselines.insert(run.origin.y);
  CHECK(run_baselines.size() == lines.size());
  CHECK(b.height() == doctest::Approx(static_cast<double>(lines.size()) * (lines[1] - lines[0])));
}

TEST_CASE(
    "page model: the Arabic cards of the default kit have an even line pitch in each paragraph") {
  Diagnostics d;
  auto source = load_kit(project_dir() + "/kit/bulle-dg", d);
  REQUIRE(source);
  auto t = load_translation(source->dir, "ar", d);
  REQUIRE(t);
  BuildOptions o;
  o.kit_dir = source->dir;
  o.only = {"cards"};
  auto laid = lay_out(localize(*source, *t, d), o, d);
  REQUIRE(laid);
  const OutputDocument* cards = laid->find("cards.pdf");
  REQUIRE(cards);
  int paragraphs = 0, with_parentheses = 0;
  for (const Page& page : cards->doc.pages) {
    for (const Item& item : page.items) {
      const Group* face = std::get_if<Group>(&item.v);
      if (!face) continue;
      // Each paragraph of a face has its own size and colour (title, lead, body).
      std::map<std::pair<double, std::string>, std::set<double>> baselines;
      std::map<std::pair<double, std::string>, bool> parentheses;
      for_each_run(face->items, face->transform, [&](const GlyphRun& r, const Transform& tr) {
        auto key = std::make_pair(r.font->size(), format_hex(r.colour));
        baselines[key].insert(std::round(tr.apply(r.origin).y * 1000) / 1000);
        if (r.text.find('(') != std::string::npos) parentheses[key] = true;
      });
      for (const auto& [key, ys] : baselines) {
        if (ys.size() < 3) continue;
        std::vector<double> y(ys.begin(), ys.end());
        ++paragraphs;
        with_parentheses += parentheses[key];
        for (size_t i = 2; i < y.size(); ++i)
          CHECK_MESSAGE(std::abs((y[i] - y[i - 1]) - (y[1] - y[0])) < 0.1,
                        "line " << i << " pitch " << y[i] - y[i - 1] << " vs " << y[1] - y[0]);
      }
    }
  }
  CHECK(paragraphs >= 8);
  CHECK(with_parentheses >= 2);
}

namespace {
const FontContext& japanese_fonts() {
  static FontContext fc({project_dir() + "/fonts"}, system_fonts_for("ja").found);
  return fc;
}
// The text of each line of a block.
std::vector<std::string> line_texts(const TextBlock& b) {
  std::vector<std::string> out;
  const char* text = pango_layout_get_text(b.layout());
  for (GSList* l = pango_layout_get_lines_readonly(b.layout()); l; l = l->next) {
    auto* line = static_cast<PangoLayoutLine*>(l->data);
    out.emplace_back(text + line->start_index, static_cast<size_t>(line->length));
  }
  return out;
}
}  // namespace

TEST_CASE("Japanese: no line is a lone kana and its 。, no katakana word split where it fits") {
  TextStyle s;
  s.family = font_families_for("ja", "Noto Sans");
  s.language = "ja";
  s.size = 10;
  const std::string text =
      "トップとの信頼を築き、決して頭越しにしない。仕事の質、やりとりの透明さ、日々の関係を通じ"
      "て……。いきなり研修を勧めるのは禁物。プライドを傷つけかねない。";
  int checked = 0;
  for (double width = 90; width <= 200; width += 1) {
    TextBlock b = layout_text(japanese_fonts(), text, s, width);
    auto lines = line_texts(b);
    CAPTURE(width);
    REQUIRE(lines.size() >= 2);
    CHECK(g_utf8_strlen(lines.back().c_str(), -1) >= 3);
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      // "プライド" (4 characters, about 40 pt) never ends one line and starts the next.
      const std::string& end = lines[i];
      CHECK_FALSE((end.size() >= 3 && end.compare(end.size() - 3, 3, "プ") == 0 &&
                   lines[i + 1].rfind("ライド", 0) == 0));
      CHECK(lines[i + 1].rfind("ライド", 0) != 0);
      CHECK(lines[i + 1].rfind("イド", 0) != 0);
      CHECK(lines[i + 1].rfind("ド", 0) != 0);
    }
    ++checked;
  }
  CHECK(checked > 100);
}
