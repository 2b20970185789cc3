// End-to-end checks of stable translation keys: inserting, moving and editing source texts,
// and `kitpress i18n migrate` from the positional keys of earlier versions.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "model/kit_loader.hpp"
#include "model/text_keys.hpp"
#include "support/kit_copy.hpp"
#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

// A copy of the frozen translation test kit to change.
std::string i18n_kit(const std::string& name) {
  return copy_kit("tests/cases/i18n-kit", name);
}

// The words of the German sticker sheet, in reading order.
std::vector<std::string> german_stickers(const std::string& kit) {
  std::string out = temp_dir("stickers-out");
  auto r = run(kitpress() + " build " + sh_quote(kit) + " --lang de --only stickers -o " +
               sh_quote(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  std::vector<Word> all;
  for (const auto& page : read_words(out + "/de/stickers.pdf"))
    all.insert(all.end(), page.words.begin(), page.words.end());
  // Label order: rows from the top, each from the left (labels are at least 1 cm apart).
  std::sort(all.begin(), all.end(), [](const Word& a, const Word& b) {
    if (std::abs(a.cy() - b.cy()) > 10) return a.cy() < b.cy();
    return a.cx() < b.cx();
  });
  std::vector<std::string> words;
  for (const auto& w : all) words.push_back(w.text);
  return words;
}

}  // namespace

TEST_CASE(
    "a sticker inserted at the top: every other keeps its translation, the new one is missing") {
  std::string kit = i18n_kit("insert");
  const std::vector<std::string> before = {"wohlwollend", "abenteuerlustig", "mutig", "verbindend",
                                           "neugierig"};
  CHECK(german_stickers(kit) == before);
  replace_once(kit + "/stickers.yaml", "texts:\n", "texts:\n  - prudent\n");
  auto status = run(kitpress() + " i18n status " + sh_quote(kit) + " --keys");
  CHECK_MESSAGE(std::regex_search(status.out, std::regex("de  German +13 +1 +0 +0")), status.out);
  CHECK(status.out.find("de missing: stickers.texts.prudent") != std::string::npos);
  std::vector<std::string> after = {"prudent"};
  after.insert(after.end(), before.begin(), before.end());
  CHECK(german_stickers(kit) == after);  // the new one in French, the others in German

  // Moving a sticker moves its translation with it.
  replace_once(kit + "/stickers.yaml", "  - curieux\n", "");
  replace_once(kit + "/stickers.yaml", "  - prudent\n", "  - prudent\n  - curieux\n");
  CHECK(german_stickers(kit) == std::vector<std::string>{"prudent", "neugierig", "wohlwollend",
                                                         "abenteuerlustig", "mutig", "verbindend"});
}

TEST_CASE("an item with its own id keeps its translation when its text is edited") {
  std::string kit = i18n_kit("own-id");
  replace_once(kit + "/stickers.yaml", "text: fédérateur", "text: rassembleur");
  auto status = run(kitpress() + " i18n status " + sh_quote(kit) + " --keys");
  CHECK(status.out.find("de stale: stickers.texts.federe") != std::string::npos);
  CHECK(german_stickers(kit)[3] == "verbindend");  // stale, still the German
}

TEST_CASE("i18n migrate: positional keys become stable ones, moved and edited texts follow") {
  std::string kit = i18n_kit("migrate");
  const std::string de = kit + "/i18n/de.yaml";
  const std::string current = read_text_file(de);
  std::string out_before = temp_dir("migrate-before");
  REQUIRE(run(kitpress() + " build " + sh_quote(kit) + " --lang de -o " + sh_quote(out_before))
              .exit_code == 0);
  // The file as the positional scheme wrote it.
  std::string old = current;
  int n = 0;
  for (const char* item : {"bienveillant", "aventurier", "audacieux", "federe", "curieux"})
    old = std::regex_replace(old, std::regex(std::string("stickers\\.texts\\.") + item + ":"),
                             "stickers.texts." + std::to_string(++n) + ":");
  old = std::regex_replace(old, std::regex("prompts\\.pourquoi:"), "prompts.1:");
  old = std::regex_replace(old, std::regex("prompts\\.exemple:"), "prompts.2:");
  REQUIRE(old != current);
  std::ofstream(de) << old;
  auto r = run(kitpress() + " i18n migrate " + sh_quote(kit));
  CHECK_MESSAGE(r.exit_code == 0, r.out);
  CHECK(r.out.find("6 kept, 7 renamed, 0 moved, 0 edited (now stale), 0 dropped") !=
        std::string::npos);
  CHECK(read_text_file(de) == current);
  std::string out_after = temp_dir("migrate-after");
  REQUIRE(run(kitpress() + " build " + sh_quote(kit) + " --lang de -o " + sh_quote(out_after))
              .exit_code == 0);
  for (const char* pdf : {"cards.pdf", "stickers.pdf"})
    CHECK_MESSAGE(
        read_text_file(out_before + "/de/" + pdf) == read_text_file(out_after + "/de/" + pdf), pdf);

  // Positional keys after the French moved: found by fingerprint, not by place.
  std::ofstream(de) << old;
  replace_once(kit + "/stickers.yaml", "  - bienveillant\n", "");
  replace_once(kit + "/stickers.yaml", "  - curieux\n", "  - curieux\n  - bienveillant\n");
  r = run(kitpress() + " i18n migrate " + sh_quote(kit));
  CHECK_MESSAGE(r.out.find("0 edited (now stale), 0 dropped") != std::string::npos, r.out);
  CHECK(german_stickers(kit) == std::vector<std::string>{"abenteuerlustig", "mutig", "verbindend",
                                                         "neugierig", "wohlwollend"});

  // An edited text: its translation follows as stale, the old French beside the new.
  replace_once(kit + "/stickers.yaml", "  - aventurier\n", "  - aventureux\n");
  r = run(kitpress() + " i18n migrate " + sh_quote(kit));
  CHECK_MESSAGE(r.out.find("1 edited (now stale)") != std::string::npos, r.out);
  std::string migrated = read_text_file(de);
  CHECK_MESSAGE(migrated.find("  stickers.texts.aventureux:\n    # fr: aventureux\n    # fr "
                              "before: aventurier\n    from: b5707520\n    text: "
                              "\"abenteuerlustig\"\n") != std::string::npos,
                migrated);
  auto status = run(kitpress() + " i18n status " + sh_quote(kit) + " --keys");
  CHECK(status.out.find("de stale: stickers.texts.aventureux") != std::string::npos);
}

TEST_CASE(
    "i18n migrate on the default kit: files as before, PDFs byte-identical in every language") {
  std::string kit = copy_kit("kit/bulle-dg", "migrate-default");
  kp::Diagnostics d;
  auto source = kp::load_kit(kit, d);
  REQUIRE(source);
  std::vector<std::pair<std::string, std::string>> keys;  // current → positional
  kp::visit_text_keys(*source, [&](const kp::TextKey& k, const kp::Text&) {
    if (k.key != k.positional) keys.emplace_back(k.key, k.positional);
  });
  REQUIRE(keys.size() > 50);
  std::string before = temp_dir("migrate-default-before");
  REQUIRE(run(kitpress() + " build " + sh_quote(kit) + " --lang all -o " + sh_quote(before))
              .exit_code == 0);
  const std::vector<std::string> langs = {"ar", "de", "en", "es", "ja"};
  std::map<std::string, std::string> current;
  for (const auto& lang : langs) {
    const std::string file = kit + "/i18n/" + lang + ".yaml";
    current[lang] = read_text_file(file);
    std::string old = current[lang];
    for (const auto& [key, positional] : keys) {
      const std::string from = "\n  " + key + ":\n", to = "\n  " + positional + ":\n";
      size_t at = old.find(from);
      REQUIRE_MESSAGE(at != std::string::npos, key);
      old.replace(at, from.size(), to);
    }
    std::ofstream(file) << old;
  }
  auto r = run(kitpress() + " i18n migrate " + sh_quote(kit));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  for (const auto& lang : langs) {
    CAPTURE(lang);
    CHECK(read_text_file(kit + "/i18n/" + lang + ".yaml") == current[lang]);
  }
  std::string after = temp_dir("migrate-default-after");
  REQUIRE(
      run(kitpress() + " build " + sh_quote(kit) + " --lang all -o " + sh_quote(after)).exit_code ==
      0);
  int compared = 0;
  for (const auto& e : fs::recursive_directory_iterator(before)) {
    if (e.path().extension() != ".pdf") continue;
    std::string rel = fs::relative(e.path(), before).string();
    CAPTURE(rel);
    CHECK(read_text_file(e.path().string()) == read_text_file(after + "/" + rel));
    ++compared;
  }
  CHECK(compared == 30);  // 5 outputs (the handout too) in 6 languages
}

TEST_CASE("a translation written without its from: line is current; kitpress writes it in") {
  std::string kit = i18n_kit("no-from");
  const std::string de = kit + "/i18n/de.yaml";
  const std::string current = read_text_file(de);
  replace_once(de, "  stickers.texts.curieux:\n    # fr: curieux\n    from: efcc33e6\n",
               "  stickers.texts.curieux:\n");
  auto status = run(kitpress() + " i18n status " + sh_quote(kit));
  CHECK_MESSAGE(std::regex_search(status.out, std::regex("de  German +13 +0 +0 +0 +complete")),
                status.out);
  CHECK(german_stickers(kit).back() == "neugierig");
  REQUIRE(run(kitpress() + " i18n new " + sh_quote(kit) + " de --update").exit_code == 0);
  CHECK(read_text_file(de) == current);
}
