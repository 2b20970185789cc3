// Unit tests for i18n: text keys, fingerprints, translation files, localize and its reports.
#include "i18n/localize.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/paths.hpp"
#include "i18n/fingerprint.hpp"
#include "i18n/skeleton.hpp"
#include "model/kit_loader.hpp"
#include "model/text_keys.hpp"
#include "model/yaml_tree.hpp"

using namespace kp;
namespace fs = std::filesystem;

namespace {

const Kit& source() {
  static const Kit kit = [] {
    Diagnostics d;
    return *load_kit(project_dir() + "/kit/bulle-dg", d);
  }();
  return kit;
}

// A translation held in memory.
Translation translation(const std::string& lang,
                        const std::vector<std::pair<std::string, std::string>>& texts) {
  Translation t;
  t.language = lang;
  t.file = "i18n/" + lang + ".yaml";
  int line = 1;
  visit_texts(source(), [&](const std::string& key, const Text& text) {
    for (const auto& [k, v] : texts) {
      if (k != key) continue;
      TranslationEntry e;
      e.key = key;
      e.text = Text{v, Location{t.file, ++line, 5, {}}};
      e.from = text_fingerprint(text.value);
      t.entries.push_back(e);
    }
  });
  return t;
}

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& i : d.items()) out += i.message + "\n";
  return out;
}

}  // namespace

namespace {
// How many texts the default kit has to translate (it grows with the kit).
size_t key_count() {
  size_t n = 0;
  visit_texts(source(), [&](const std::string&, const Text&) { ++n; });
  return n;
}
}  // namespace

TEST_CASE("keys come from ids, and from the item's own text where a list has none") {
  std::vector<std::string> keys;
  visit_texts(source(), [&](const std::string& key, const Text&) { keys.push_back(key); });
  std::set<std::string> unique(keys.begin(), keys.end());
  CHECK(unique.size() == keys.size());
  CHECK(keys.size() > 150);  // cards, stickers, guide and worksheets
  CHECK(keys.front() == "title");
  for (const char* k :
       {"subtitle", "words.sheet", "decks.profils.name",
        "decks.profils.prompts.argumentaire-a-developper", "decks.profils.cards.meprisant.body",
        "decks.arguments.lead", "stickers.caption", "stickers.texts.audacieux",
        "guide.sections.constat.title",
        "guide.sections.session-origine.sections.deroule.l-apprenti-dg-il-decouvre-le-secteur-de",
        "guide.sections.recommandations.sections.argumentaire.l-aict-permet"})
    CHECK_MESSAGE(unique.count(k), k);
  // Empty texts and non-text blocks ({cards: ...}) have no key.
  size_t leviers = 0;
  for (const auto& k : keys)
    leviers += k.rfind("guide.sections.recommandations.sections.leviers.", 0) == 0;
  CHECK(leviers == 1);  // its title alone
  CHECK_FALSE(unique.count("decks.leviers.lead"));
}

TEST_CASE("fingerprints: eight hex digits, stable, blind to re-wrapping, not to words") {
  std::string f = text_fingerprint("Il découvre le secteur de l'AICT.");
  CHECK(f.size() == 8);
  CHECK(f == text_fingerprint("Il découvre le secteur de l'AICT."));
  CHECK(f == text_fingerprint("  Il découvre le\n  secteur  de l'AICT. "));
  CHECK(f != text_fingerprint("Il découvre le secteur de l’AICT."));
  CHECK(f != text_fingerprint("Il découvre le domaine de l'AICT."));
}

TEST_CASE("localize: texts replaced and located in the translation, language set") {
  Diagnostics d;
  Translation t = translation("de", {{"title", "In der Blase"},
                                     {"decks.leviers.name", "Hebel"},
                                     {"stickers.texts.bienveillant", "wohlwollend"}});
  Kit de = localize(source(), t, d);
  CHECK(de.language == "de");
  CHECK(de.title.value == "In der Blase");
  CHECK(de.title.where.file == "i18n/de.yaml");
  CHECK(de.decks[2].name.value == "Hebel");
  CHECK(de.stickers->texts[0].value == "wohlwollend");
  CHECK(source().title.value == "Dans la bulle de votre DG");  // the source is untouched
}

TEST_CASE("localize: a missing key falls back to the source with a warning naming it") {
  Diagnostics d;
  Kit de = localize(source(), translation("de", {{"title", "In der Blase"}}), d,
                    TranslationReport::EachKey);
  CHECK(de.decks[0].cards[1].body.value == "Il découvre le secteur de l'AICT.");
  CHECK_FALSE(d.has_errors());
  CHECK(d.warning_count() == key_count() - 1);
  CHECK(messages(d).find("de: no translation for \"decks.profils.cards.apprenti.body\"; the "
                         "French text is used") != std::string::npos);
}

TEST_CASE("status and localize: stale when the source changed, extra keys with a suggestion") {
  std::vector<std::pair<std::string, std::string>> all;
  visit_texts(source(), [&](const std::string& key, const Text&) { all.push_back({key, "x"}); });
  Translation t = translation("en", all);
  CHECK(translation_status(source(), t).complete());
  CHECK(translation_status(source(), t).translated == key_count());

  Kit changed = source();
  changed.decks[2].cards[0].title.value = "Petit à petit";
  TranslationStatus st = translation_status(changed, t);
  CHECK(st.stale == std::vector<std::string>{"decks.leviers.cards.pas-a-pas.title"});
  CHECK(st.translated == key_count() - 1);
  Diagnostics d;
  Kit en = localize(changed, t, d, TranslationReport::EachKey);
  CHECK(en.decks[2].cards[0].title.value == "x");  // a stale translation is still used
  CHECK(messages(d).find("en: the translation of \"decks.leviers.cards.pas-a-pas.title\" is "
                         "stale") != std::string::npos);

  TranslationEntry extra;
  extra.key = "decks.leviers.cards.pas-a-pa.title";
  extra.text = Text{"y", {}};
  t.entries.push_back(extra);
  CHECK(translation_status(source(), t).extra.size() == 1);
  Diagnostics d2;
  localize(source(), t, d2, TranslationReport::EachKey);
  CHECK(messages(d2).find("did you mean \"decks.leviers.cards.pas-a-pas.title\"") !=
        std::string::npos);
}

TEST_CASE("yaml_scalar: what it writes reads back as the same text") {
  for (std::string text :
       {std::string("plain"), std::string("a: b # c"), std::string("« quoted » \"x\" \\ y"),
        std::string("two\nlines"), std::string(""), std::string("- dash first"),
        std::string(200, 'a') + " " + std::string(10, 'b'),
        std::string("Une longue phrase qui dépasse largement la largeur d'une ligne du fichier, "
                    "avec des mots, des virgules : et des deux-points, pour voir le pliage.")}) {
    SourceFile src;
    src.path = "t.yaml";
    src.text = "key:\n  text: " + yaml_scalar(text, 2) + "\n";
    Diagnostics d;
    auto root = parse_yaml_text(&src, d);
    REQUIRE_MESSAGE(root, src.text);
    CHECK_MESSAGE(root->entries[0].second.entries[0].second.scalar == text, src.text);
  }
}

TEST_CASE("the skeleton loads as a translation with every key missing") {
  fs::path dir = fs::temp_directory_path() / "kitpress-unit-skeleton";
  fs::create_directories(dir / "i18n");
  std::ofstream(dir / "i18n" / "it.yaml") << translation_skeleton(source(), "it");
  Diagnostics d;
  auto t = load_translation(dir.string(), "it", d);
  REQUIRE_MESSAGE(t, messages(d));
  TranslationStatus st = translation_status(source(), *t);
  CHECK(st.missing.size() == key_count());
  CHECK(st.extra.empty());
  fs::remove_all(dir);
}

TEST_CASE("every shipped translation loads, complete") {
  for (const auto& lang : translation_languages(project_dir() + "/kit/bulle-dg")) {
    Diagnostics d;
    auto t = load_translation(project_dir() + "/kit/bulle-dg", lang, d);
    REQUIRE_MESSAGE(t, messages(d));
    CHECK_MESSAGE(translation_status(source(), *t).complete(), lang);
  }
  CHECK(translation_languages(project_dir() + "/kit/bulle-dg") ==
        std::vector<std::string>{"ar", "de", "en", "es", "ja"});
}

TEST_CASE("localize: by default one line per kind of problem and language") {
  Diagnostics d;
  localize(source(), translation("it", {{"title", "Nella bolla"}}), d);
  REQUIRE(d.warning_count() == 1);
  CHECK(messages(d) == "it: " + std::to_string(key_count() - 1) + " of " +
                           std::to_string(key_count()) +
                           " texts are not translated; the French text is printed for them\n");
}
