// Unit tests for core/paths: kit paths stay inside the kit folder; the cache folder is private.
#include "core/paths.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

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

TEST_CASE("an executable finds its data where it is installed, or through its build tree") {
  const fs::path base = fs::temp_directory_path() / ("kp-data-" + std::to_string(getpid()));
  fs::remove_all(base);
  auto make_data = [](const fs::path& dir) {
    fs::create_directories(dir / "fonts");
    fs::create_directories(dir / "kit" / "stock");
  };
  // Installed: PREFIX/bin and PREFIX/share/kitpress.
  fs::create_directories(base / "prefix" / "bin");
  CHECK(data_dir_near((base / "prefix" / "bin").string()).empty());
  make_data(base / "prefix" / "share" / "kitpress");
  CHECK(data_dir_near((base / "prefix" / "bin").string()) ==
        (base / "prefix" / "share" / "kitpress").string());
  // A build tree outside the source: the marker names the source, from any folder below.
  make_data(base / "source");
  fs::create_directories(base / "build" / "tests");
  std::ofstream(base / "build" / kSourceMarker) << (base / "source").string() << "\n";
  CHECK(data_dir_near((base / "build" / "tests").string()) == (base / "source").string());
  // The source moved away: nothing, rather than a folder that is not there.
  fs::rename(base / "source", base / "gone");
  CHECK(data_dir_near((base / "build" / "tests").string()).empty());
  fs::remove_all(base);
}

namespace {

// Sets an environment variable for the life of the object (unset when `value` is null).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ~ScopedEnv() {
    if (had_)
      setenv(name_.c_str(), old_.c_str(), 1);
    else
      unsetenv(name_.c_str());
  }

 private:
  std::string name_, old_;
  bool had_ = false;
};

}  // namespace

TEST_CASE("the cache folder is the user's own, or there is none") {
  const fs::path base = fs::temp_directory_path() / ("kp-cache-" + std::to_string(getpid()));
  fs::remove_all(base);
  {
    ScopedEnv xdg("XDG_CACHE_HOME", base.c_str());
    const std::string dir = user_cache_dir("things");
    CHECK(dir == (base / "kitpress" / "things").string());
    CHECK(fs::is_directory(dir));
    // A folder of ours that others may write into (made under umask 002) is closed to them.
    fs::permissions(base / "kitpress" / "things", fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::add);
    CHECK(user_cache_dir("things") == dir);
    CHECK((fs::status(dir).permissions() & (fs::perms::group_write | fs::perms::others_write)) ==
          fs::perms::none);
    // A link in place of the folder: no cache either.
    fs::create_directory_symlink(base, base / "kitpress" / "linked");
    CHECK(user_cache_dir("linked").empty());
  }
  {
    // Neither XDG_CACHE_HOME nor HOME: a folder of the user's own in the temporary folder.
    ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
    ScopedEnv home("HOME", nullptr);
    const std::string dir = user_cache_dir("things");
    REQUIRE_FALSE(dir.empty());
    const fs::path root = fs::path(dir).parent_path();
    CHECK(root.filename() == "kitpress-" + std::to_string(geteuid()));
    CHECK((fs::status(root).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);
  }
  fs::remove_all(base);
}
