// The command line as a user meets it: --version, --help with examples, the man page, usage errors.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/pdf_tools.hpp"

using namespace kp::test;

TEST_CASE("--version and --help") {
  auto v = run(sh_quote(kitpress_binary()) + " --version");
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("kitpress ", 0) == 0);
  // The version, then the commit it was built from (a hash, "unknown" outside git).
  CHECK_MESSAGE(v.out.find(" (commit ") != std::string::npos, v.out);
  auto h = run(sh_quote(kitpress_binary()) + " --help");
  CHECK(h.exit_code == 0);
  for (const char* cmd : {"build", "check", "watch", "man"})
    CHECK_MESSAGE(h.out.find(cmd) != std::string::npos, cmd);
  auto b = run(sh_quote(kitpress_binary()) + " build --help");
  CHECK(b.out.find("Example") != std::string::npos);
}

TEST_CASE("the man page is generated from the commands and renders cleanly") {
  auto m = run("timeout 10 " + sh_quote(kitpress_binary()) + " man");
  REQUIRE(m.exit_code == 0);
  for (const char* s : {".TH KITPRESS 1", ".SH SYNOPSIS", ".SS \"kitpress build\"",
                        ".SS \"kitpress watch\"", "\\-\\-participants", ".SH EXIT STATUS"})
    CHECK_MESSAGE(m.out.find(s) != std::string::npos, s);
  auto g = run("timeout 10 " + sh_quote(kitpress_binary()) + " man | groff -man -Tutf8 -ww -z");
  CHECK_MESSAGE(g.out.empty(), g.out);
}

TEST_CASE("usage errors exit with 2") {
  CHECK(run(sh_quote(kitpress_binary())).exit_code == 2);
  CHECK(run(sh_quote(kitpress_binary()) + " build --no-such-option").exit_code == 2);
  CHECK(run(sh_quote(kitpress_binary()) + " build --participants 0").exit_code == 2);
}

TEST_CASE("kitpress new scaffolds a kit that builds, with working schema links") {
  std::string dir = temp_dir("new-kit") + "/my-kit";
  auto r = run(sh_quote(kitpress_binary()) + " new " + sh_quote(dir) +
               " --title 'Atelier \"test\"' --language fr");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto b = run(sh_quote(kitpress_binary()) + " build " + sh_quote(dir) + " -o " +
               sh_quote(dir + "/../out") + " -q");
  CHECK_MESSAGE(b.exit_code == 0, b.out);
  auto pages = read_words(dir + "/../out/fr/cards.pdf");
  REQUIRE(pages.size() == 2);
  // Straight quotes print as the language's quotes: « » in French.
  CHECK(pages[0].text().find("Atelier « test »") != std::string::npos);
  // The modelines point at the installed schemas, wherever the kit is moved.
  const std::string moved = dir + "-moved/deeper";
  std::filesystem::create_directories(moved);
  std::filesystem::rename(dir, moved + "/kit");
  for (const char* file : {"/kit/kit.yaml", "/kit/decks/questions.yaml"}) {
    std::string text = read_text_file(moved + file);
    std::string link =
        text.substr(text.find("$schema=") + 8, text.find('\n') - text.find("$schema=") - 8);
    CHECK_MESSAGE(std::filesystem::path(link).is_absolute(), link);
    CHECK_MESSAGE(std::filesystem::exists(link), link);
  }
  std::filesystem::rename(moved + "/kit", dir);
  // A second time into the same folder is refused.
  CHECK(run(sh_quote(kitpress_binary()) + " new " + sh_quote(dir)).exit_code == 2);
}

TEST_CASE("--only makes just the outputs asked for") {
  std::string out = temp_dir("only");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out) + " -q --only stickers,guide");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto files = run("ls " + sh_quote(out + "/fr"));
  CHECK(files.out == "guide.pdf\nstickers.pdf\n");
  CHECK(run(sh_quote(kitpress_binary()) + " build --only card").exit_code == 2);
}
