// End-to-end checks of translations: i18n status and new, and `build --lang all` in six languages.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/kit_copy.hpp"
#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

constexpr double kMm = 72.0 / 25.4;
const std::vector<std::string> kLanguages = {"fr", "ar", "de", "en", "es", "ja"};

// A copy of the default kit to change.
std::string kit_copy(const std::string& name) {
  return copy_kit("kit/bulle-dg", name);
}

// Builds the default kit in every language once; returns the output folder.
struct AllBuild {
  std::string out;
  CommandResult result;
};
const AllBuild& all_languages() {
  static const AllBuild b = [] {
    AllBuild a;
    a.out = temp_dir("all-languages");
    a.result = run(kitpress() + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
                   " --lang all -o " + sh_quote(a.out));
    return a;
  }();
  return b;
}

// The line of `table` for a language ("  de  German   85   0   0   0  complete").
std::string row(const std::string& table, const std::string& lang) {
  std::smatch m;
  std::regex re("\\n  " + lang + "  [^\\n]*");
  return std::regex_search(table, m, re) ? m.str().substr(1) : "";
}

// The number of source texts, from the status table's header "(203 texts in French)".
int source_texts(const std::string& status) {
  std::smatch m;
  REQUIRE(std::regex_search(status, m, std::regex("\\(([0-9]+) texts in ")));
  return std::stoi(m[1]);
}

}  // namespace

TEST_CASE("i18n status: the default kit is complete in six languages") {
  auto r = run(kitpress() + " i18n status " + sh_quote(project_dir() + "/kit/bulle-dg"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  CHECK(row(r.out, "fr").find("source") != std::string::npos);
  for (const char* lang : {"ar", "de", "en", "es", "ja"}) {
    std::string line = row(r.out, lang);
    std::string n = std::to_string(source_texts(r.out));
    CHECK_MESSAGE(std::regex_search(line, std::regex(n + " +0 +0 +0 +complete")), r.out);
  }
}

TEST_CASE("i18n status: a key deleted from the German file is missing, and falls back") {
  std::string kit = kit_copy("missing-key");
  std::string de = kit + "/i18n/de.yaml";
  std::string text = read_text_file(de);
  // Delete the entry of one key (its line and the indented lines under it).
  std::regex entry("  decks\\.leviers\\.cards\\.note\\.body:\\n(    [^\\n]*\\n)+");
  REQUIRE(std::regex_search(text, entry));
  std::ofstream(de) << std::regex_replace(text, entry, "");
  auto r = run(kitpress() + " i18n status " + sh_quote(kit));
  std::string n1 = std::to_string(source_texts(r.out) - 1);
  CHECK(std::regex_search(row(r.out, "de"), std::regex(n1 + " +1 +0 +0 +incomplete")));
  CHECK(r.out.find("  de: 1 of " + std::to_string(source_texts(r.out)) +
                   " texts are not translated; the French text is printed for them") !=
        std::string::npos);
  auto keys = run(kitpress() + " i18n status " + sh_quote(kit) + " --keys");
  CHECK(keys.out.find("de missing: decks.leviers.cards.note.body") != std::string::npos);
  CHECK(std::regex_search(row(r.out, "en"), std::regex("complete")));
  auto summary = run(kitpress() + " check " + sh_quote(kit) + " --lang de");
  CHECK_MESSAGE(summary.out.find("warning: de: 1 of ") != std::string::npos, summary.out);
  auto b = run(kitpress() + " check " + sh_quote(kit) + " --lang de --verbose");
  CHECK_MESSAGE(b.exit_code == 0, b.out);
  CHECK_MESSAGE(b.out.find("warning: de: no translation for \"decks.leviers.cards.note.body\"; "
                           "the French text is used") != std::string::npos,
                b.out);
}

TEST_CASE("i18n status: a changed French text is stale in every other language") {
  std::string kit = kit_copy("stale");
  std::string deck = kit + "/decks/leviers.yaml";
  std::string text = read_text_file(deck);
  std::string from = "title: Pas à pas", to = "title: Petit à petit";
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(deck) << text;
  auto r = run(kitpress() + " i18n status " + sh_quote(kit) + " --keys");
  for (const char* lang : {"ar", "de", "en", "es", "ja"}) {
    std::string n1 = std::to_string(source_texts(r.out) - 1);
    CHECK_MESSAGE(std::regex_search(row(r.out, lang), std::regex(n1 + " +0 +1 +0 +incomplete")),
                  r.out);
    CHECK(r.out.find(std::string(lang) + " stale: decks.leviers.cards.pas-a-pas.title\n      "
                                         "was: \"Pas à pas\"  now: \"Petit à petit\"") !=
          std::string::npos);
  }
  // Re-wrapping a paragraph is not a change.
  std::string guide = kit + "/guide.yaml";
  std::string g = read_text_file(guide);
  g.replace(g.find("un sujet à\n"), 11, "un\n        sujet à\n");
  std::ofstream(guide) << g;
  auto again = run(kitpress() + " i18n status " + sh_quote(kit));
  std::string n1 = std::to_string(source_texts(again.out) - 1);
  CHECK(std::regex_search(row(again.out, "de"), std::regex(n1 + " +0 +1 +0")));
}

TEST_CASE("i18n new: a skeleton with the source beside each key; --update keeps translations") {
  std::string kit = kit_copy("new");
  auto r = run(kitpress() + " i18n new " + sh_quote(kit) + " it");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto status = run(kitpress() + " i18n status " + sh_quote(kit));
  CHECK(r.out.find(std::to_string(source_texts(status.out)) + " texts to translate") !=
        std::string::npos);
  std::string it = read_text_file(kit + "/i18n/it.yaml");
  CHECK(it.find("language: it\n") != std::string::npos);
  CHECK(it.find("  decks.profils.cards.apprenti.body:\n    # fr: Il découvre le secteur de "
                "l'AICT.\n    from: ") != std::string::npos);
  auto again = run(kitpress() + " i18n new " + sh_quote(kit) + " it");
  CHECK(again.exit_code != 0);
  CHECK(again.out.find("--update") != std::string::npos);
  auto update = run(kitpress() + " i18n new " + sh_quote(kit) + " de --update");
  CHECK(update.out.find("0 texts to translate") != std::string::npos);
  CHECK(read_text_file(kit + "/i18n/de.yaml") ==
        read_text_file(project_dir() + "/kit/bulle-dg/i18n/de.yaml"));
}

TEST_CASE("build --lang all: every language written, nothing overflows, no warning") {
  const auto& b = all_languages();
  REQUIRE_MESSAGE(b.result.exit_code == 0, b.result.out);
  CHECK(b.result.out.find("does not fit") == std::string::npos);
  CHECK(b.result.out.find("warning:") == std::string::npos);
  for (const auto& lang : kLanguages) {
    CHECK_MESSAGE(fs::is_regular_file(b.out + "/" + lang + "/cards.pdf"), lang);
    CHECK_MESSAGE(fs::is_regular_file(b.out + "/" + lang + "/stickers.pdf"), lang);
    CHECK(b.result.out.find(lang + ": ok, 20 cards in 3 decks") != std::string::npos);
  }
}

TEST_CASE("build --lang all: each language's files are the bytes of that language built alone") {
  // Languages built on one thread share its font contexts (and their caches): that must not
  // change a byte.
  const auto& b = all_languages();
  REQUIRE_MESSAGE(b.result.exit_code == 0, b.result.out);
  const std::string alone = temp_dir("languages-alone");
  for (const char* lang : {"de", "ja"}) {
    auto r = run(kitpress() + " build " + sh_quote(project_dir() + "/kit/bulle-dg") + " --lang " +
                 lang + " -o " + sh_quote(alone) + " -q");
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    auto diff = run("diff -r " + sh_quote(b.out + "/" + lang) + " " + sh_quote(alone + "/" + lang));
    CHECK_MESSAGE(diff.exit_code == 0, lang << ": " << diff.out);
  }
  auto one_thread = run(kitpress() + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
                        " --lang all -j 1 -o " + sh_quote(alone) + " -q");
  REQUIRE_MESSAGE(one_thread.exit_code == 0, one_thread.out);
  auto diff = run("diff -r " + sh_quote(b.out) + " " + sh_quote(alone));
  CHECK_MESSAGE(diff.exit_code == 0, diff.out);
}

TEST_CASE("build --lang all: fonts embedded, the script's own fonts, no .notdef glyph") {
  const auto& b = all_languages();
  REQUIRE(b.result.exit_code == 0);
  for (const auto& lang : kLanguages)
    for (const char* file : {"cards.pdf", "stickers.pdf"}) {
      std::string pdf = b.out + "/" + lang + "/" + file;
      auto fonts = read_fonts(pdf);
      std::string names;
      for (const auto& f : fonts) {
        CHECK_MESSAGE(f.embedded, lang << " " << f.name);
        CHECK_MESSAGE(f.unicode, lang << " " << f.name);
        names += f.name + " ";
      }
      if (lang == "ar") CHECK_MESSAGE(names.find("NotoNaskhArabic") != std::string::npos, names);
      if (lang == "ja") CHECK_MESSAGE(names.find("NotoSansCJKjp") != std::string::npos, names);
      auto trace = run("mutool trace " + sh_quote(pdf) + " 2>/dev/null");
      REQUIRE(trace.exit_code == 0);
      CHECK(trace.out.find("<g ") != std::string::npos);
      CHECK_MESSAGE(trace.out.find("glyph=\".notdef\"") == std::string::npos, lang);
      CHECK_MESSAGE(trace.out.find("glyph=\"0\"") == std::string::npos, lang);
    }
}

TEST_CASE("build --lang all: translated text is in the PDFs, in reading order") {
  const auto& b = all_languages();
  REQUIRE(b.result.exit_code == 0);
  auto text = [&](const std::string& lang) {
    return run("pdftotext -f 1 -l 1 " + sh_quote(b.out + "/" + lang + "/cards.pdf") + " -").out;
  };
  CHECK(text("en").find("The dismissive chief") != std::string::npos);
  CHECK(text("de").find("Der Geringschätzige") != std::string::npos);
  CHECK(text("es").find("El director desdeñoso") != std::string::npos);
  CHECK(text("ja").find("心配性のトップ") != std::string::npos);
  CHECK(text("ar").find("1/3") != std::string::npos);
}

TEST_CASE("build --lang all: Arabic cards are mirrored (number left, deck name right)") {
  const auto& b = all_languages();
  REQUIRE(b.result.exit_code == 0);
  // The first card of the first sheet: top-left cell of the 3x3 grid.
  const double w = 63 * kMm, h = 88 * kMm;
  const double x0 = (210 * kMm - 3 * w) / 2, y0 = (297 * kMm - 3 * h) / 2;
  const double mid = x0 + w / 2;
  auto first_cell = [&](const std::string& lang) {
    std::vector<Word> words;
    const auto pages = read_words(b.out + "/" + lang + "/cards.pdf");  // kept alive for the loop
    for (const auto& wd : pages[0].words)
      if (wd.x0 >= x0 && wd.x1 <= x0 + w && wd.y0 >= y0 && wd.y1 <= y0 + h) words.push_back(wd);
    return words;
  };
  auto find = [](const std::vector<Word>& words, const std::string& t) {
    for (const auto& wd : words)
      if (wd.text == t) return wd;
    return Word{"", 0, 0, 0, 0};
  };
  auto fr = first_cell("fr"), ar = first_cell("ar");
  // French: the number at the right, 4 mm inside the trim; Arabic: at the left.
  Word fr_num = find(fr, "1/3"), ar_num = find(ar, "1/3");
  REQUIRE(!fr_num.text.empty());
  REQUIRE(!ar_num.text.empty());
  CHECK(fr_num.x1 == doctest::Approx(x0 + w - 4 * kMm).epsilon(0.005));
  CHECK(ar_num.x0 == doctest::Approx(x0 + 4 * kMm).epsilon(0.005));
  // Band (top 12 mm): French text starts at the left after the symbol; Arabic text ends at
  // the right before it. Body lines: French flush left, Arabic flush right.
  double fr_band_left = 1e9, ar_band_right = 0, ar_right = 0, ar_left = 1e9;
  for (const auto& wd : fr)
    if (wd.y1 < y0 + 12 * kMm) fr_band_left = std::min(fr_band_left, wd.x0);
  for (const auto& wd : ar) {
    if (wd.y1 < y0 + 12 * kMm)
      ar_band_right = std::max(ar_band_right, wd.x1);
    else if (wd.y1 < y0 + h - 12 * kMm)
      ar_right = std::max(ar_right, wd.x1), ar_left = std::min(ar_left, wd.x0);
  }
  CHECK(fr_band_left < mid);
  CHECK(fr_band_left > x0 + 9 * kMm);  // after the symbol
  CHECK(ar_band_right > mid);
  CHECK(ar_band_right < x0 + w - 9 * kMm);  // before the symbol
  CHECK(ar_right == doctest::Approx(x0 + w - 4 * kMm).epsilon(0.01));
  CHECK(ar_left > x0 + 4 * kMm - 0.5);
}

TEST_CASE("check --lang all: a text too long in one language is reported with its overflow") {
  std::string kit = kit_copy("overflow");
  std::string en = kit + "/i18n/en.yaml";
  std::string text = read_text_file(en);
  std::string from = "text: \"Is discovering international action for the first time.\"";
  REQUIRE(text.find(from) != std::string::npos);
  std::string long_text;
  for (int i = 0; i < 12; ++i)
    long_text += "Is discovering international action for the first time. ";
  text.replace(text.find(from), from.size(), "text: \"" + long_text + "\"");
  std::ofstream(en) << text;
  auto r = run(kitpress() + " check " + sh_quote(kit) + " --lang all");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("en: 1 error") != std::string::npos);
  CHECK(r.out.find("de: ok") != std::string::npos);
  CHECK_MESSAGE(std::regex_search(r.out, std::regex("fit report: 1 text does not fit\\n.*\\n  en +"
                                                    "card \"profils/apprenti\" +body +[0-9.]+ mm")),
                r.out);
  // Located in the translation file.
  CHECK(r.out.find("i18n/en.yaml:") != std::string::npos);
}

TEST_CASE("build --lang: an unknown language is an error with the kit's languages") {
  auto r =
      run(kitpress() + " check " + sh_quote(project_dir() + "/kit/bulle-dg") + " --lang fr,dee");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("no translation into \"dee\" (did you mean \"de\"?)") != std::string::npos);
}

TEST_CASE("sheet footers join the deck names with the language's list comma (ar، ja、)") {
  const auto& b = all_languages();
  REQUIRE_MESSAGE(b.result.exit_code == 0, b.result.out);
  for (const auto& [lang, comma] : std::vector<std::pair<std::string, std::string>>{
           {"ar", "\u060C"}, {"ja", "\u3001"}, {"fr", ", "}}) {
    auto pages = read_words(b.out + "/" + lang + "/cards.pdf");
    REQUIRE(!pages.empty());
    // The footer: the words below the last card of the first sheet (bottom margin).
    std::string footer;
    for (const auto& w : pages[0].words)
      if (w.y0 > pages[0].height - 20 * kMm) footer += w.text + " ";
    CAPTURE(lang);
    CAPTURE(footer);
    CHECK(footer.find(comma) != std::string::npos);
    if (lang != "fr") CHECK(footer.find(",") == std::string::npos);
  }
}
