// Each broken kit under tests/cases/bad/ must fail with its expected located diagnostics,
// exit non-zero, and leave an existing output folder untouched. An `expect` file lists the
// diagnostic lines to find; a first line "exit: N" expects another exit code (0: a warning).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("bad kits: located diagnostics, non-zero exit, previous output untouched") {
  fs::path root = fs::path(project_dir()) / "tests" / "cases" / "bad";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory()) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 50);
  for (const auto& dir : cases) {
    CAPTURE(dir.filename().string());
    std::string out = temp_dir("bad-" + dir.filename().string());
    fs::create_directories(fs::path(out) / "fr");
    std::ofstream(fs::path(out) / "fr" / "cards.pdf") << "previous build";
    auto r = run("NO_COLOR=1 " + sh_quote(kitpress_binary()) + " build " + sh_quote(dir.string()) +
                 " -o " + sh_quote(out));
    std::string shown = replace_all(r.out, dir.string() + "/", "");
    std::istringstream expect(read_text_file((dir / "expect").string()));
    std::string line;
    int lines = 0, exit_code = 1;
    while (std::getline(expect, line)) {
      if (line.empty()) continue;
      if (line.rfind("exit: ", 0) == 0) {
        exit_code = std::stoi(line.substr(6));
        continue;
      }
      ++lines;
      CHECK_MESSAGE(shown.find(line) != std::string::npos, "expected: " << line << "\ngot:\n"
                                                                        << shown);
    }
    CHECK(r.exit_code == exit_code);
    CHECK(lines > 0);
    if (exit_code == 0) continue;
    CHECK(read_text_file(out + "/fr/cards.pdf") == "previous build");
    size_t files = 0;
    for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator();
         ++it)
      files += it->is_regular_file() ? 1 : 0;
    CHECK(files == 1);
  }
}

TEST_CASE("another kit, written only in YAML, builds without code changes") {
  std::string out = temp_dir("other-kit");
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/other-kit") + " -o " + sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto pages = read_words(out + "/en/cards.pdf");
  // 3 question cards (70x100 mm, 2x2 on A4) and 3 role cards (bridge, 3x3): 2 sheets.
  REQUIRE(pages.size() == 4);
  CHECK(pages[0].text().find("What surprised you?") != std::string::npos);
  CHECK(pages[0].text().find("OPENING QUESTIONS") != std::string::npos);
  CHECK(pages[2].text().find("Devil’s advocate") != std::string::npos);
  CHECK(pages[3].words.size() < 20);  // blank backs: only the margin line
}

TEST_CASE("check reports every problem and writes nothing") {
  std::string kit = temp_dir("check-kit");
  fs::copy(fs::path(project_dir()) / "tests" / "cases" / "bad" / "wrong-type", kit,
           fs::copy_options::recursive);
  auto r = run("NO_COLOR=1 " + sh_quote(kitpress_binary()) + " check " + sh_quote(kit));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("2 errors") != std::string::npos);
  auto ok =
      run(sh_quote(kitpress_binary()) + " check " + sh_quote(project_dir() + "/kit/bulle-dg"));
  CHECK_MESSAGE(ok.exit_code == 0, ok.out);
  CHECK(ok.out.find("20 cards in 3 decks") != std::string::npos);
}
