// Unit tests for core/output_set: a build's whole output set is put in place, or none of it.
#include "core/output_set.hpp"

#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace kp;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kp-set-" + name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("a committed set puts every file in place, in the folders it made") {
  fs::path dir = fresh_dir("commit");
  {
    OutputSet set;
    set.make_folder((dir / "out/fr/preview").string());
    write(set.stage((dir / "out/fr/cards.pdf").string()), "cards");
    write(set.stage((dir / "out/fr/preview/p1.png").string()), "png");
    set.commit();
  }
  CHECK(fs::exists(dir / "out/fr/cards.pdf"));
  CHECK(fs::exists(dir / "out/fr/preview/p1.png"));
  fs::remove_all(dir);
}

TEST_CASE("a set given up leaves no staged file and no folder it made") {
  fs::path dir = fresh_dir("refused");
  fs::create_directories(dir / "out/en");
  write((dir / "out/en/cards.pdf").string(), "previous build");
  {
    OutputSet set;
    set.make_folder((dir / "out/fr/preview").string());
    set.make_folder((dir / "out/en").string());  // already there: never removed
    write(set.stage((dir / "out/fr/cards.pdf").string()), "cards");
    write(set.stage((dir / "out/en/cards.pdf").string()), "new");
  }  // no commit(): an error stopped the build
  CHECK_FALSE(fs::exists(dir / "out/fr"));
  CHECK(fs::exists(dir / "out/en/cards.pdf"));
  std::ifstream in(dir / "out/en/cards.pdf");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  CHECK(text == "previous build");
  CHECK(std::distance(fs::directory_iterator(dir / "out"), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a folder the set made keeps what someone else put in it") {
  fs::path dir = fresh_dir("shared");
  {
    OutputSet set;
    set.make_folder((dir / "out/fr").string());
    write((dir / "out/fr/notes.txt").string(), "not the build's");
  }
  CHECK(fs::exists(dir / "out/fr/notes.txt"));
  fs::remove_all(dir);
}

TEST_CASE("committing holds Ctrl-C back only while it renames, even when a rename fails") {
  auto interrupt_blocked = [] {
    sigset_t now;
    pthread_sigmask(SIG_BLOCK, nullptr, &now);
    return sigismember(&now, SIGINT) == 1;
  };
  REQUIRE_FALSE(interrupt_blocked());
  fs::path dir = fresh_dir("held");
  fs::create_directories(dir / "cards.pdf/inside");  // a folder in the way: the rename fails
  {
    OutputSet set;
    write(set.stage((dir / "cards.pdf").string()), "cards");
    CHECK_THROWS_AS(set.commit(), std::runtime_error);
  }
  CHECK_FALSE(interrupt_blocked());
  {
    OutputSet set;
    write(set.stage((dir / "guide.pdf").string()), "guide");
    set.commit();
  }
  CHECK_FALSE(interrupt_blocked());
  CHECK(fs::exists(dir / "guide.pdf"));
  fs::remove_all(dir);
}
