// FontSources: the fingerprint follows every font file; contexts are reused while it holds.
#include "text/font_sources.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/paths.hpp"

using namespace kp;
namespace fs = std::filesystem;

namespace {

// A scratch font folder holding a copy of one of the project's fonts.
struct FontFolder {
  fs::path dir;
  FontFolder() {
    dir = fs::temp_directory_path() /
          ("kp-font-sources-" +
           std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(dir / "sub");
    fs::copy_file(fs::path(project_dir()) / "fonts" / "NotoSans-Regular.ttf",
                  dir / "NotoSans-Regular.ttf");
  }
  ~FontFolder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

TEST_CASE("the fingerprint changes when a font in a folder or a subfolder changes") {
  FontFolder folder;
  FontSources sources{{folder.dir.string()}, {}};
  const std::string first = sources.fingerprint();
  CHECK(first == sources.fingerprint());
  CHECK(first.find("NotoSans-Regular.ttf") != std::string::npos);

  // Same size, same folder, another time: a replaced file.
  const fs::path font = folder.dir / "NotoSans-Regular.ttf";
  fs::last_write_time(font, fs::last_write_time(font) - std::chrono::hours(1));
  const std::string replaced = sources.fingerprint();
  CHECK(replaced != first);

  // A font added in a subfolder, whose parent's time need not change.
  fs::copy_file(font, folder.dir / "sub" / "Copy.ttf");
  CHECK(sources.fingerprint() != replaced);
}

TEST_CASE("a thread gets the same context back while the fonts are unchanged") {
  FontFolder folder;
  FontSources sources{{folder.dir.string()}, {}};
  const FontContext* first = nullptr;
  {
    auto a = sources.context();
    first = a.get();
    CHECK(a->has_family("Noto Sans"));
  }
  CHECK(sources.context().get() == first);
  // Other sources in between do not push it out.
  FontSources project{{project_dir() + "/fonts"}, {}};
  CHECK(project.context().get() != first);
  CHECK(sources.context().get() == first);
  {
    // While a laid-out kit holds it, it is not handed out again (its fonts may be released on
    // another thread).
    auto held = sources.context();
    auto other = sources.context();
    CHECK(held.get() != other.get());
  }
  // A changed font gives a new context.
  const fs::path font = folder.dir / "NotoSans-Regular.ttf";
  fs::last_write_time(font, fs::last_write_time(font) - std::chrono::hours(1));
  auto changed = sources.context();
  CHECK(changed->has_family("Noto Sans"));
  CHECK(changed.get() != first);  // `first` is still cached, so its address is not reused
}
