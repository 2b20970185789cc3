// Faults while writing: a full disk (file-size limit) or an unusable output folder must leave
// the previous outputs intact, no temporary file behind, and a clear error with exit code 3.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/kit_copy.hpp"
#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it)
    if (it->is_regular_file()) out.push_back(fs::relative(it->path(), dir).string());
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("a write that fails half-way (file too large) keeps the previous output") {
  std::string out = temp_dir("fault-fsize");
  fs::create_directories(out + "/fr");
  std::ofstream(out + "/fr/cards.pdf") << "previous build";
  // prlimit caps the size of any file the build writes: the PDF cannot be completed.
  auto r = run("prlimit --fsize=20000 " + sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/kit/bulle-dg") + " -o " + sh_quote(out));
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("cannot write " + out + "/fr/cards.pdf: File too large") != std::string::npos);
  CHECK(read_text_file(out + "/fr/cards.pdf") == "previous build");
  CHECK(files_in(out) == std::vector<std::string>{"fr/cards.pdf"});
}

TEST_CASE("an output folder that cannot be created is a clear error") {
  std::string out = temp_dir("fault-notdir");
  std::ofstream(out + "/fr") << "a file where the language folder should be";
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out));
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("cannot create folder " + out + "/fr") != std::string::npos);
}

TEST_CASE("an interrupted build leaves no temporary file") {
  // Interrupted at several moments (loading, composing, documents and PNG proofs written on
  // both cores): a temporary file left once in `make test` under load came from two threads
  // registering their files in the same slot, and from files created while the handler ran.
  for (const char* delay : {"0.03", "0.08", "0.15", "0.25", "0.4", "0.6", "0.9"}) {
    CAPTURE(delay);
    std::string out = temp_dir(std::string("fault-sigint-") + delay);
    fs::create_directories(out + "/fr");
    std::ofstream(out + "/fr/cards.pdf") << "previous build";
    run("timeout -s INT " + std::string(delay) + " " + sh_quote(kitpress_binary()) + " build " +
        sh_quote(project_dir() + "/kit/bulle-dg") + " --png -o " + sh_quote(out));
    for (const auto& f : files_in(out)) {
      CAPTURE(f);
      CHECK(f.find(".tmp-") == std::string::npos);
    }
  }
}

TEST_CASE("a refused build leaves no empty folder behind") {
  // The cards are streamed into a staged file as they are laid out: the text that does not fit
  // is found after the language folder was made.
  std::string out = temp_dir("fault-refused") + "/new/out";
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/bad/text-overflow") + " -o " + sh_quote(out));
  CHECK(r.exit_code == 1);
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(fs::path(out).parent_path()));  // nor the parents it made
}

TEST_CASE("--lang all with one failing language replaces nothing: the whole set or none") {
  std::string kit = copy_kit("kit/bulle-dg", "fault-one-language");
  std::ofstream(kit + "/i18n/de.yaml", std::ios::app) << "  broken: [\n";
  std::string out = temp_dir("fault-one-language-out");
  for (const char* lang : {"fr", "en"}) {
    fs::create_directories(out + "/" + lang);
    std::ofstream(out + "/" + lang + "/cards.pdf") << "previous build";
  }
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " --lang all -o " +
               sh_quote(out));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("nothing was replaced in " + out) != std::string::npos);
  CHECK(files_in(out) == std::vector<std::string>{"en/cards.pdf", "fr/cards.pdf"});
  CHECK(read_text_file(out + "/fr/cards.pdf") == "previous build");
}

TEST_CASE("a disk that fills during --lang all leaves the previous set, no temporary file") {
  std::string out = temp_dir("fault-fsize-all");
  fs::create_directories(out + "/fr");
  std::ofstream(out + "/fr/cards.pdf") << "previous build";
  auto r = run("prlimit --fsize=60000 " + sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/kit/bulle-dg") + " --lang all -o " + sh_quote(out));
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("File too large") != std::string::npos);
  CHECK(files_in(out) == std::vector<std::string>{"fr/cards.pdf"});
  CHECK(read_text_file(out + "/fr/cards.pdf") == "previous build");
}

TEST_CASE(
    "a text that overflows on the last sheet, after the first were streamed: nothing replaced") {
  // The cards are drawn into their staged file sheet by sheet; an error on the last card must
  // still leave the previous file and no temporary one.
  std::string kit = temp_dir("fault-last-card") + "/kit";
  run(sh_quote(project_dir() + "/tests/bench/make-large-kit.sh") + " 30 " + sh_quote(kit));
  std::string body;
  for (int i = 0; i < 40; ++i) body += " Encore une phrase beaucoup trop longue pour la carte.";
  std::ofstream(kit + "/decks/d10.yaml", std::ios::app) << "     " << body << "\n";
  std::string out = temp_dir("fault-last-card-out");
  fs::create_directories(out + "/fr");
  std::ofstream(out + "/fr/cards.pdf") << "previous build";
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " -o " + sh_quote(out));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("card \"d10/c3\"") != std::string::npos);
  CHECK(files_in(out) == std::vector<std::string>{"fr/cards.pdf"});
  CHECK(read_text_file(out + "/fr/cards.pdf") == "previous build");
}
