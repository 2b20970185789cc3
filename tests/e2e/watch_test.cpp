// `kitpress watch`: rebuilds on save, keeps running through an error, rebuilds once fixed.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

TEST_CASE("watch rebuilds after a save, survives an error, and recovers") {
  std::string dir = temp_dir("watch");
  fs::copy(fs::path(project_dir()) / "kit" / "bulle-dg", dir + "/kit", fs::copy_options::recursive);
  // A shell scenario: start watching, save an edit, save a typo, then fix it.
  std::string script =
      "cd " + sh_quote(dir) + " && { NO_COLOR=1 timeout 20 " + sh_quote(kitpress_binary()) +
      " watch kit -o out > log 2>&1 & pid=$!; } && "
      "wait_for() { for i in $(seq 400); do [ \"$(grep -c \"$1\" log)\" -ge \"$2\" ] && return 0; "
      "sleep 0.025; done; "
      "echo TIMEOUT \"$1\" \"$2\"; cat log; return 1; } && "
      "wait_for ' watching ' 1 && "
      "sed -i 's/^    title: Pas à pas$/    title: Pas à pas, vraiment/' kit/decks/leviers.yaml && "
      "wait_for ' rebuilt ' 1 && "
      "sed -i 's/^title: /titel: /' kit/kit.yaml && wait_for 'still watching' 1 && "
      "sed -i 's/^titel: /title: /' kit/kit.yaml && wait_for ' rebuilt ' 2 && "
      "kill $pid; cat log";
  auto r = run("bash -c " + sh_quote(script));
  CHECK_MESSAGE(r.out.find("TIMEOUT") == std::string::npos, r.out);
  CHECK(r.out.find("kit/kit.yaml:7:1: error: unknown key \"titel\" in kit.yaml") !=
        std::string::npos);
  // Each line has its time stamp; the first build says "built", a rebuild names the file saved.
  CHECK_MESSAGE(r.out.find(" built in ") == 8, r.out);
  CHECK(r.out.find(" decks/leviers.yaml changed: rebuilt in ") != std::string::npos);
  auto pages = read_words(dir + "/out/fr/cards.pdf");
  REQUIRE(pages.size() == 6);
  CHECK(pages[2].text().find("Pas à pas, vraiment") != std::string::npos);
}

TEST_CASE("watch with the output folder inside the kit rebuilds once per save, not in a loop") {
  std::string dir = temp_dir("watch-inside");
  fs::copy(fs::path(project_dir()) / "kit" / "bulle-dg", dir + "/kit", fs::copy_options::recursive);
  // As the template suggests: `kitpress watch .` in the kit's folder, the output inside it.
  // Without a save nothing is rebuilt for 3 s; one save, one rebuild.
  std::string script =
      "cd " + sh_quote(dir + "/kit") + " && { NO_COLOR=1 timeout 20 " +
      sh_quote(kitpress_binary()) +
      " watch . -o out > ../log 2>&1 & pid=$!; } && "
      "wait_for() { for i in $(seq 400); do [ \"$(grep -c \"$1\" ../log)\" -ge \"$2\" ] && "
      "return 0; sleep 0.025; done; echo TIMEOUT \"$1\" \"$2\"; cat ../log; return 1; } && "
      "wait_for ' watching ' 1 && sleep 3 && echo \"idle: $(grep -c ' rebuilt ' ../log)\" && "
      "sed -i 's/^    title: Pas à pas$/    title: Pas à pas, encore/' decks/leviers.yaml && "
      "wait_for ' rebuilt ' 1 && sleep 3 && echo \"saved: $(grep -c ' rebuilt ' ../log)\" && "
      "kill $pid; cat ../log";
  auto r = run("bash -c " + sh_quote(script));
  CHECK_MESSAGE(r.out.find("TIMEOUT") == std::string::npos, r.out);
  CHECK_MESSAGE(r.out.find("idle: 0\n") != std::string::npos, r.out);
  CHECK_MESSAGE(r.out.find("saved: 1\n") != std::string::npos, r.out);
  CHECK(fs::is_regular_file(dir + "/kit/out/fr/cards.pdf"));
}
