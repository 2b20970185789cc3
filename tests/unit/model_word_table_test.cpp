// The closed word lists: the schema lists the same keys, and every word kitpress prints has a
// value in every shipped language of the shipped kits.
#include "model/word_table.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/paths.hpp"
#include "i18n/translation.hpp"
#include "model/kit_loader.hpp"

using namespace kp;

namespace {

std::set<std::string> schema_keys(const std::string& def) {
  std::ifstream f(project_dir() + "/kit/kitpress.schema.json");
  auto schema = nlohmann::json::parse(f);
  std::set<std::string> keys;
  for (const auto& [k, v] : schema.at("$defs").at(def).at("properties").items()) keys.insert(k);
  return keys;
}

std::set<std::string> keys_of(const std::vector<WordEntry>& table) {
  auto v = word_keys(table);
  return {v.begin(), v.end()};
}

// Every word of `table` has a value in the kit (`given`) and in each of its translations,
// under `prefix` + key.
void check_every_language(const std::string& dir, const std::vector<WordEntry>& table,
                          const std::map<std::string, Text>& given, const std::string& prefix) {
  for (const auto& w : table) {
    CAPTURE(w.key);
    auto it = given.find(w.key);
    CHECK((it != given.end() && !it->second.empty()));
  }
  for (const auto& lang : translation_languages(dir)) {
    CAPTURE(lang);
    Diagnostics d;
    auto t = load_translation(dir, lang, d);
    REQUIRE(t);
    for (const auto& w : table) {
      CAPTURE(w.key);
      const TranslationEntry* e = t->find(prefix + w.key);
      CHECK((e && !e->text.empty()));
    }
  }
}

}  // namespace

TEST_CASE("the schema lists the words of the tables") {
  CHECK(schema_keys("guideWords") == keys_of(guide_words()));
  CHECK(schema_keys("words") == keys_of(sheet_words()));
  CHECK(keys_of(guide_words()).size() == guide_words().size());  // no key twice
  CHECK(find_word(guide_words(), "contents"));
  CHECK(std::string(find_word(guide_words(), "contents")->fallback) == "Contents");
  CHECK_FALSE(find_word(guide_words(), "contnets"));
}

TEST_CASE("every word kitpress prints has a value in every shipped language") {
  for (const char* name : {"kit/bulle-dg", "kit/territoire"}) {
    CAPTURE(name);
    const std::string dir = project_dir() + "/" + name;
    Diagnostics d;
    auto kit = load_kit(dir, d);
    REQUIRE(kit);
    check_every_language(dir, sheet_words(), kit->words, "words.");
    // The guide's words, for a kit with a guide (kit/territoire has none).
    if (!kit->guide.empty())
      check_every_language(dir, guide_words(), kit->session.words, "guide.words.");
  }
}

TEST_CASE("a word asked for outside the table is a programming error") {
  Session s;
  CHECK(s.word("contents") == "Contents");
  CHECK_THROWS_AS(s.word("contnets"), std::logic_error);
  Kit k;
  CHECK(k.word("sheet") == "sheet");
  CHECK_THROWS_AS(k.word("cards"), std::logic_error);
}

TEST_CASE("a word the kit gives wins over the table's fallback") {
  Kit k;
  k.words["fronts"] = Text{"recto", {}};
  CHECK(k.word("fronts") == "recto");
  CHECK(k.word("backs") == "back");
  // The calibration page's instructions fall back to the whole English sentence.
  CHECK(k.word("calibrate-help").find("vertical ones).") != std::string::npos);
}
