// Locating the project's data folder and confining kit paths to the kit folder.
#include "core/paths.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace kp {
namespace fs = std::filesystem;

namespace {
bool has_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "fonts", ec) && fs::is_directory(dir / "kit" / "stock", ec);
}
}  // namespace

std::string project_dir() {
  static const std::string dir = [] {
    if (const char* env = std::getenv("KITPRESS_HOME"); env && *env) return std::string(env);
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
      buf[n] = 0;
      for (fs::path p = fs::path(buf).parent_path(); !p.empty() && p != p.root_path();
           p = p.parent_path()) {
        if (has_data(p)) return p.string();
      }
    }
    return std::string(KP_SOURCE_DIR);
  }();
  return dir;
}

std::string user_cache_dir(const std::string& name) {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  fs::path base = xdg && *xdg     ? fs::path(xdg)
                  : home && *home ? fs::path(home) / ".cache"
                                  : fs::temp_directory_path();
  fs::path dir = fs::absolute(base / "kitpress" / name);
  std::error_code ec;
  fs::create_directories(dir, ec);
  return dir.string();
}

std::string join_inside(const std::string& base_dir, const std::string& relative,
                        std::string* why) {
  fs::path rel(relative);
  if (rel.is_absolute()) {
    *why = "an absolute path is not allowed: give a path relative to the kit folder";
    return {};
  }
  for (const auto& part : rel) {
    if (part == "..") {
      *why = "a path may not leave the kit folder (\"..\"): move the file into the kit folder";
      return {};
    }
  }
  std::error_code ec;
  fs::path base = fs::weakly_canonical(fs::path(base_dir), ec);
  fs::path full = fs::weakly_canonical(fs::path(base_dir) / rel, ec);
  if (ec) {
    *why = "the path cannot be resolved: " + ec.message();
    return {};
  }
  auto b = base.string(), f = full.string();
  if (f.compare(0, b.size(), b) != 0 || (f.size() > b.size() && f[b.size()] != '/')) {
    *why =
        "the path leads out of the kit folder (through a symbolic link): copy the file into the "
        "kit folder";
    return {};
  }
  return (fs::path(base_dir) / rel).string();
}

}  // namespace kp
