// The JSON Schema for editors accepts every shipped kit file and rejects the typical mistakes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {
CommandResult validate(const std::vector<std::string>& files) {
  std::string cmd = "python3 " + sh_quote(project_dir() + "/tests/support/validate_schema.py") +
                    " " + sh_quote(project_dir() + "/kit");
  for (const auto& f : files) cmd += " " + sh_quote(project_dir() + "/" + f);
  return run(cmd);
}
}  // namespace

TEST_CASE("every file of the shipped kits validates against the schema") {
  std::vector<std::string> files = {"kit/bulle-dg/kit.yaml",
                                    "kit/bulle-dg/stickers.yaml:stickers",
                                    "kit/bulle-dg/guide.yaml:guide",
                                    "tests/cases/other-kit/kit.yaml",
                                    "tests/cases/other-kit/decks/questions.yaml:deck",
                                    "tests/cases/print-kit/kit.yaml",
                                    "tests/cases/own-labels/kit.yaml",
                                    "tests/cases/own-labels/stickers.yaml:stickers"};
  for (const auto& e : fs::directory_iterator(project_dir() + "/kit/bulle-dg/decks"))
    files.push_back(fs::relative(e.path(), project_dir()).string() + ":deck");
  auto r = validate(files);
  CHECK_MESSAGE(r.exit_code == 0, r.out);
}

TEST_CASE(
    "the schema rejects what the loader rejects: a misspelt key, an unknown layout, a bad colour") {
  for (const char* bad :
       {"typo-key", "unknown-layout", "bad-colour", "format-version", "bad-date"}) {
    auto r = validate({std::string("tests/cases/bad/") + bad + "/kit.yaml"});
    CHECK_MESSAGE(r.exit_code == 1, std::string(bad) << ": " << r.out);
  }
}

TEST_CASE("the default kit's files point editors at the schema") {
  CHECK(read_text_file(project_dir() + "/kit/bulle-dg/kit.yaml")
            .rfind("# yaml-language-server: $schema=../kitpress.schema.json", 0) == 0);
  CHECK(read_text_file(project_dir() + "/kit/bulle-dg/decks/leviers.yaml")
            .rfind("# yaml-language-server: $schema=../../deck.schema.json", 0) == 0);
}

TEST_CASE("the schema accepts icons and CSV decks: the second example kit and the asset cases") {
  std::vector<std::string> files = {"kit/territoire/kit.yaml", "tests/cases/csv-kit/kit.yaml",
                                    "tests/cases/csv-kit/decks/contacts.yaml:deck",
                                    "tests/cases/fields-kit/decks/acteurs.yaml:deck"};
  for (const auto& e : fs::directory_iterator(project_dir() + "/kit/territoire/decks"))
    if (e.path().extension() == ".yaml")
      files.push_back(fs::relative(e.path(), project_dir()).string() + ":deck");
  auto r = validate(files);
  CHECK_MESSAGE(r.exit_code == 0, r.out);
  // A card source with another key than csv is refused, as the loader refuses it.
  const std::string dir = temp_dir("schema-csv");
  std::ofstream(dir + "/deck.yaml") << "id: d\nname: D\ncolour: \"#123456\"\n"
                                       "cards: { csv: a.csv, sheet: 2 }\n";
  r = run("python3 " + sh_quote(project_dir() + "/tests/support/validate_schema.py") + " " +
          sh_quote(project_dir() + "/kit") + " " + sh_quote(dir + "/deck.yaml:deck"));
  CHECK(r.exit_code == 1);
}
