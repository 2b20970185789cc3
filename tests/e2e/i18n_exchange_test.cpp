// End-to-end checks of the exchange formats: PO, XLIFF and CSV exported, edited, imported back.
#include <doctest/doctest.h>
#include <gettext-po.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "support/kit_copy.hpp"
#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

std::string i18n_kit(const std::string& name) {
  return copy_kit("tests/cases/i18n-kit", name);
}

std::string default_kit(const std::string& name) {
  return copy_kit("kit/bulle-dg", name);
}

CommandResult export_to(const std::string& kit, const std::string& file) {
  return run(kitpress() + " i18n export " + sh_quote(kit) + " de -o " + sh_quote(file));
}

CommandResult import_from(const std::string& kit, const std::string& file) {
  return run(kitpress() + " i18n import " + sh_quote(kit) + " " + sh_quote(file));
}

// Export, import, export: the second file is the first; importing it again changes nothing, and
// a translation file kitpress wrote is unchanged by the first import (`written_by_kitpress`).
void check_round_trip(const std::string& kit, const std::string& ext, bool written_by_kitpress) {
  const std::string yaml = read_text_file(kit + "/i18n/de.yaml");
  const std::string first = temp_dir("rt-" + ext) + "/de." + ext;
  const std::string second = temp_dir("rt2-" + ext) + "/de." + ext;
  auto e = export_to(kit, first);
  REQUIRE_MESSAGE(e.exit_code == 0, e.out);
  auto i = import_from(kit, first);
  REQUIRE_MESSAGE(i.exit_code == 0, i.out);
  CHECK_MESSAGE(i.out.find(": 0 changed") != std::string::npos, i.out);
  const std::string imported = read_text_file(kit + "/i18n/de.yaml");
  if (written_by_kitpress) CHECK(imported == yaml);
  REQUIRE(export_to(kit, second).exit_code == 0);
  CHECK(read_text_file(first) == read_text_file(second));
  REQUIRE(import_from(kit, second).exit_code == 0);
  CHECK(read_text_file(kit + "/i18n/de.yaml") == imported);
}

// libgettextpo's own editing: set the msgstr of the message of `key`.
void set_po_translation(const std::string& po, const std::string& key, const std::string& text) {
  struct po_xerror_handler handler = {
      [](int, po_message_t, const char*, size_t, size_t, int, const char*) {},
      [](int, po_message_t, const char*, size_t, size_t, int, const char*, po_message_t,
         const char*, size_t, size_t, int, const char*) {}};
  po_file_t file = po_file_read(po.c_str(), &handler);
  REQUIRE(file);
  po_message_iterator_t it = po_message_iterator(file, nullptr);
  int changed = 0;
  while (po_message_t m = po_next_message(it)) {
    const char* ctxt = po_message_msgctxt(m);
    if (ctxt && key == ctxt) {
      po_message_set_msgstr(m, text.c_str());
      po_message_set_fuzzy(m, 0);
      ++changed;
    }
  }
  po_message_iterator_free(it);
  po_file_write(file, po.c_str(), &handler);
  po_file_free(file);
  REQUIRE(changed == 1);
}

std::string cards_text(const std::string& kit) {
  std::string out = temp_dir("cards-out");
  auto r =
      run(kitpress() + " build " + sh_quote(kit) + " --lang de --only cards -o " + sh_quote(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return run("pdftotext " + sh_quote(out + "/de/cards.pdf") + " -").out;
}

}  // namespace

TEST_CASE("PO: msgfmt --check is clean, and export → import → export is identical") {
  std::string kit = i18n_kit("po");
  std::string po = temp_dir("po-check") + "/de.po";
  REQUIRE(export_to(kit, po).exit_code == 0);
  auto check = run("msgfmt --check -o /dev/null " + sh_quote(po));
  CHECK_MESSAGE(check.exit_code == 0, check.out);
  CHECK(check.out.empty());
  std::string text = read_text_file(po);
  CHECK(text.find("\"Language: de\\n\"") != std::string::npos);
  CHECK(text.find("#: kit.yaml:17\nmsgctxt \"decks.qualites.cards.ecoute.title\"\nmsgid "
                  "\"L'écoute\"\nmsgstr \"Das Zuhören\"\n") != std::string::npos);
  check_round_trip(kit, "po", true);
  check_round_trip(default_kit("po-default"), "po", true);
}

TEST_CASE("PO: a stale text is fuzzy with its old source, and round-trips so") {
  std::string kit = i18n_kit("po-stale");
  replace_once(kit + "/kit.yaml", "avant de répondre, et reformule.", "avant de répondre.");
  std::string po = temp_dir("po-stale-out") + "/de.po";
  REQUIRE(export_to(kit, po).exit_code == 0);
  CHECK(read_text_file(po).find(
            "#, fuzzy\n#| msgid \"Il laisse parler les autres avant de répondre, et reformule.\"\n"
            "msgctxt \"decks.qualites.cards.ecoute.body\"\nmsgid \"Il laisse parler les autres "
            "avant de répondre.\"\n") != std::string::npos);
  CHECK(run("msgfmt --check -o /dev/null " + sh_quote(po)).exit_code == 0);
  check_round_trip(kit, "po", false);
  // Reviewed in a PO editor (fuzzy cleared, text changed): current, and printed.
  set_po_translation(po, "decks.qualites.cards.ecoute.body", "Er lässt die anderen ausreden.");
  auto r = import_from(kit, po);
  CHECK_MESSAGE(r.out.find(": 1 changed") != std::string::npos, r.out);
  auto status = run(kitpress() + " i18n status " + sh_quote(kit));
  CHECK(std::regex_search(status.out, std::regex("de  German +13 +0 +0 +0 +complete")));
  CHECK(cards_text(kit).find("Er lässt die anderen ausreden.") != std::string::npos);
}

TEST_CASE("PO: a text edited in a PO library imports and prints") {
  std::string kit = i18n_kit("po-edit");
  std::string po = temp_dir("po-edit-out") + "/de.po";
  REQUIRE(export_to(kit, po).exit_code == 0);
  set_po_translation(po, "decks.qualites.cards.courage.title", "Die Courage");
  auto r = import_from(kit, po);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  CHECK(read_text_file(kit + "/i18n/de.yaml")
            .find("  decks.qualites.cards.courage.title:\n    # fr: Le courage\n    from: "
                  "f874e6da\n    text: \"Die Courage\"\n") != std::string::npos);
  std::string text = cards_text(kit);
  CHECK(text.find("Die Courage") != std::string::npos);
  CHECK(text.find("Der Mut") == std::string::npos);
}

TEST_CASE("import refuses a damaged translation, located, and writes nothing") {
  std::string kit = i18n_kit("po-refuse");
  const std::string yaml = read_text_file(kit + "/i18n/de.yaml");
  std::string po = temp_dir("po-refuse-out") + "/de.po";
  REQUIRE(export_to(kit, po).exit_code == 0);

  SUBCASE("unclosed markup") {
    set_po_translation(po, "decks.qualites.cards.courage.title", "Der **Mut");
    auto r = import_from(kit, po);
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(std::regex_search(r.out, std::regex("de\\.po:[0-9]+:1: error: the translation "
                                                      "of \"decks.qualites.cards.courage.title\" "
                                                      "has an unclosed \\*\\*bold\\*\\* marker")),
                  r.out);
  }
  SUBCASE("an unknown key") {
    replace_once(po, "msgctxt \"decks.qualites.cards.courage.title\"",
                 "msgctxt \"decks.qualites.cards.corage.title\"");
    auto r = import_from(kit, po);
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(
        r.out.find("\"decks.qualites.cards.corage.title\" is not a text of the kit (did "
                   "you mean \"decks.qualites.cards.courage.title\"?)") != std::string::npos,
        r.out);
  }
  SUBCASE("a text that does not fit on its card") {
    std::string longer;
    for (int i = 0; i < 60; ++i) longer += "Donaudampfschifffahrtsgesellschaft ";
    set_po_translation(po, "decks.qualites.cards.courage.body", longer);
    auto r = import_from(kit, po);
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(std::regex_search(r.out, std::regex("de\\.po:[0-9]+:1: error: ")), r.out);
    CHECK(r.out.find("nothing was written") != std::string::npos);
  }
  SUBCASE("a damaged PO file") {
    replace_once(po, "msgstr \"Der Mut\"", "msgstr \"Der Mut");
    auto r = import_from(kit, po);
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(std::regex_search(r.out, std::regex("de\\.po:[0-9]+(:[0-9]+)?: error: ")), r.out);
  }
  CHECK(read_text_file(kit + "/i18n/de.yaml") == yaml);
}

TEST_CASE("XLIFF 2.0: round trip identical, stale segments marked, well-formed for xmllint") {
  std::string kit = i18n_kit("xliff");
  replace_once(kit + "/kit.yaml", "avant de répondre, et reformule.", "avant de répondre.");
  std::string xlf = temp_dir("xliff-out") + "/de.xlf";
  REQUIRE(export_to(kit, xlf).exit_code == 0);
  std::string text = read_text_file(xlf);
  CHECK(text.find("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                  "srcLang=\"fr\" trgLang=\"de\">") != std::string::npos);
  CHECK(text.find("<note category=\"previous-source\">Il laisse parler les autres avant de "
                  "répondre, et reformule.</note>") != std::string::npos);
  CHECK(text.find("<segment state=\"translated\" "
                  "subState=\"kitpress:needs-review-translation\">") != std::string::npos);
  auto lint = run("xmllint --noout --schema " +
                  sh_quote(project_dir() + "/tests/support/xliff-core-2.0-subset.xsd") + " " +
                  sh_quote(xlf));
  CHECK_MESSAGE(lint.exit_code == 0, lint.out);
  check_round_trip(kit, "xlf", false);
  check_round_trip(default_kit("xliff-default"), "xlf", true);
}

TEST_CASE("CSV: round trip identical; a spreadsheet's edit imports; errors at file:row:column") {
  std::string kit = i18n_kit("csv");
  replace_once(kit + "/kit.yaml", "avant de répondre, et reformule.", "avant de répondre.");
  std::string csv = temp_dir("csv-out") + "/de.csv";
  REQUIRE(export_to(kit, csv).exit_code == 0);
  std::string text = read_text_file(csv);
  CHECK(text.rfind("\xEF\xBB\xBFkey,source,translation,status,previous,notes\r\n", 0) == 0);
  CHECK(text.find("decks.qualites.cards.ecoute.body,Il laisse parler les autres avant de "
                  "répondre.,\"Er lässt die anderen ausreden, bevor er antwortet, und fasst "
                  "zusammen.\",stale,\"Il laisse parler les autres avant de répondre, et "
                  "reformule.\",\r\n") != std::string::npos);
  check_round_trip(kit, "csv", false);
  check_round_trip(default_kit("csv-default"), "csv", true);

  // Reviewed in a spreadsheet that saves with semicolons: the row is current and printed.
  std::string edited = temp_dir("csv-edited") + "/de.csv";
  std::ofstream(edited) << "key;source;translation;status\n"
                           "decks.qualites.cards.ecoute.body;Il laisse parler les autres avant "
                           "de répondre.;Er lässt die anderen ausreden.;translated\n";
  auto r = import_from(kit, edited);
  CHECK_MESSAGE(r.out.find(": 1 changed") != std::string::npos, r.out);
  CHECK(cards_text(kit).find("Er lässt die anderen ausreden.") != std::string::npos);

  std::ofstream(edited) << "key,source,translation,status\n"
                           "decks.qualites.name,Qualités,Eigenschaften,fertig\n"
                           "title,\"Atelier,Werkstatt,translated\n";
  r = import_from(kit, edited);
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.out.find("de.csv:3:7: error: ") != std::string::npos, r.out);
  CHECK(r.out.find("de.csv:2:") == std::string::npos);  // parsing stops the file before rows
}
