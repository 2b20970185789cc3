// Unit tests of the kit watcher: saves named, bursts merged, the output folder and backups ignored.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/kit_watcher.hpp"

using kp::KitWatcher;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path kit;
  explicit Folder(const std::string& name)
      : kit(fs::temp_directory_path() / ("kp-watch-" + name + "-" + std::to_string(getpid()))) {
    fs::remove_all(kit);
    fs::create_directories(kit / "decks");
    fs::create_directories(kit / "out");
  }
  ~Folder() { fs::remove_all(kit); }
  void save(const std::string& rel, const std::string& text = "x") const {
    std::ofstream(kit / rel) << text;
  }
};

}  // namespace

TEST_CASE("a saved file is named, relative to the kit; nothing saved is a timeout") {
  Folder f("save");
  KitWatcher w(f.kit.string(), (f.kit / "out").string());
  REQUIRE(w.ok());
  CHECK_FALSE(w.wait(50));
  f.save("decks/leviers.yaml");
  auto changed = w.wait(2000);
  REQUIRE(changed);
  CHECK(*changed == "decks/leviers.yaml");
  CHECK_FALSE(w.wait(50));  // the burst was taken whole
}

TEST_CASE("the output folder, hidden files and editor backups are no change") {
  Folder f("ignored");
  KitWatcher w(f.kit.string(), (f.kit / "out").string());
  REQUIRE(w.ok());
  f.save("out/cards.pdf");
  f.save(".kit.yaml.swp");
  f.save("kit.yaml~");
  CHECK_FALSE(w.wait(200));
}

TEST_CASE("a temporary file renamed onto the real one (sed -i, editors) names the real one") {
  Folder f("rename");
  f.save("kit.yaml", "old");
  KitWatcher w(f.kit.string(), (f.kit / "out").string());
  REQUIRE(w.ok());
  f.save("sedAbc123", "new");
  fs::rename(f.kit / "sedAbc123", f.kit / "kit.yaml");
  auto changed = w.wait(2000);
  REQUIRE(changed);
  CHECK(*changed == "kit.yaml");
}

TEST_CASE("a folder made after the watch started is watched too") {
  Folder f("new-folder");
  KitWatcher w(f.kit.string(), (f.kit / "out").string());
  REQUIRE(w.ok());
  fs::create_directories(f.kit / "images");
  REQUIRE(w.wait(2000));  // the new folder itself
  f.save("images/logo.svg");
  auto changed = w.wait(2000);
  REQUIRE(changed);
  CHECK(*changed == "images/logo.svg");
}

TEST_CASE("a folder that is not there cannot be watched, and says so") {
  KitWatcher w("/nonexistent-kit-folder", "out");
  CHECK_FALSE(w.ok());
  CHECK(w.error().find("nonexistent-kit-folder") != std::string::npos);
}
