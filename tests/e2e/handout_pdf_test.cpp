// End-to-end checks of handout.pdf: the default kit's argumentaire and levers, in every shipped
// language, and a fixture kit's handout (title, date, deck section, next-step box, page count).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "i18n/localize.hpp"
#include "i18n/translation.hpp"
#include "model/kit_loader.hpp"
#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

// The text with white space and bidi marks dropped and typographic apostrophes made plain, so
// that a line break, the language's typography or pdftotext's RTL marks do not hide a text.
std::string squeezed(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\u2019") == 0) {
      out += '\'';
      i += 2;
    } else if (s.compare(i, 2, "\u00A0") == 0) {
      i += 1;
    } else if (s.compare(i, 2, "\xE2\x80") == 0 && i + 2 < s.size() &&
               (s[i + 2] == '\xAF' || (s[i + 2] >= '\xAA' && s[i + 2] <= '\xAE') ||
                s[i + 2] == '\x8E' || s[i + 2] == '\x8F')) {
      i += 2;  // narrow no-break space, bidi embeddings and marks (pdftotext wraps RTL lines)
    } else if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t') {
      out += s[i];
    }
  }
  return out;
}

// The first `n` characters (code points) of `s`.
std::string first_chars(const std::string& s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

}  // namespace

TEST_CASE("handout.pdf: the default kit's 7 arguments and 10 levers, in every shipped language") {
  const std::string kit_dir = project_dir() + "/kit/bulle-dg";
  std::string out = temp_dir("handout-default");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit_dir) +
               " --lang all --only handout -o " + sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  kp::Diagnostics d;
  auto source = kp::load_kit(kit_dir, d);
  REQUIRE(source);
  std::vector<std::string> languages = kp::translation_languages(kit_dir);
  languages.push_back(source->language);
  REQUIRE(languages.size() == 6);
  for (const auto& lang : languages) {
    CAPTURE(lang);
    kp::Kit kit = *source;
    if (lang != source->language) {
      auto t = kp::load_translation(kit_dir, lang, d);
      REQUIRE(t);
      kit = kp::localize(*source, *t, d);
    }
    auto pages = read_words(out + "/" + lang + "/handout.pdf");
    CHECK((pages.size() == 1 || pages.size() == 2));
    std::string all;
    int bullets = 0;
    for (const auto& p : pages) {
      all += p.text() + " ";
      for (const auto& w : p.words) bullets += w.text == "\u2022" ? 1 : 0;
    }
    const std::string text = squeezed(all);
    size_t cards = 0;
    for (const char* deck : {"arguments", "leviers"}) {
      const kp::Deck* dk = kit.find_deck(deck);
      REQUIRE(dk);
      for (const auto& c : dk->cards) {
        CAPTURE(c.id);
        // pdftotext does not read Arabic back as written (lam-alef ligatures, RTL runs): there
        // the 17 list items are counted, not matched.
        if (lang != "ar")
          CHECK(text.find(squeezed(first_chars(c.body.value, 12))) != std::string::npos);
        ++cards;
      }
    }
    CHECK(cards == 17);
    CHECK(bullets == 17);  // one list item per argument and lever, nothing else listed
  }
}

TEST_CASE("the default kit: the handout is one more file, the other outputs are unchanged by it") {
  namespace fs = std::filesystem;
  const std::string kit_dir = project_dir() + "/kit/bulle-dg";
  std::string all = temp_dir("handout-all"), without = temp_dir("handout-without");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit_dir) + " -o " +
               sh_quote(all) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit_dir) +
          " --only cards,stickers,guide,worksheets -o " + sh_quote(without) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(all + "/fr")) files.insert(e.path().filename());
  CHECK(files == std::set<std::string>{"cards.pdf", "guide.pdf", "handout.pdf", "stickers.pdf",
                                       "worksheets.pdf"});
  for (const char* f : {"cards.pdf", "guide.pdf", "stickers.pdf", "worksheets.pdf"}) {
    CAPTURE(f);
    CHECK(read_text_file(all + "/fr/" + f) == read_text_file(without + "/fr/" + f));
  }
  CHECK_FALSE(fs::exists(without + "/fr/handout.pdf"));
}
