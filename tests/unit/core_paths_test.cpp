// Unit tests for core/paths: kit paths stay inside the kit folder.
#include "core/paths.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace kp;
namespace fs = std::filesystem;

TEST_CASE("paths leaving the kit folder are refused") {
  fs::path kit = fs::temp_directory_path() / ("kp-paths-" + std::to_string(getpid()));
  fs::create_directories(kit / "decks");
  std::ofstream(kit / "decks" / "a.yaml") << "x";
  std::string why;
  CHECK(join_inside(kit.string(), "decks/a.yaml", &why) == (kit / "decks/a.yaml").string());
  CHECK(join_inside(kit.string(), "../../etc/passwd", &why).empty());
  CHECK(why.find("leave the kit folder") != std::string::npos);
  CHECK(join_inside(kit.string(), "/etc/passwd", &why).empty());
  CHECK(why.find("absolute") != std::string::npos);
  fs::create_symlink("/etc", kit / "out");
  CHECK(join_inside(kit.string(), "out/passwd", &why).empty());
  CHECK(why.find("symbolic link") != std::string::npos);
  fs::remove_all(kit);
}

TEST_CASE("the project folder holds fonts and stock data") {
  CHECK(fs::is_directory(fs::path(project_dir()) / "fonts"));
  CHECK(fs::is_regular_file(fs::path(project_dir()) / "kit" / "stock" / "papers.yaml"));
}
