// The command line as a user meets it: --version, --help with examples, the man page, usage errors.
#include <doctest/doctest.h>

#include "support/pdf_tools.hpp"

using namespace kp::test;

TEST_CASE("--version and --help") {
  auto v = run(sh_quote(kitpress_binary()) + " --version");
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("kitpress ", 0) == 0);
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
