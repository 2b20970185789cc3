// Locating the project's data folder and confining kit paths to the kit folder.
#include "core/paths.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace kp {
namespace fs = std::filesystem;

namespace {
bool has_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "fonts", ec) && fs::is_directory(dir / "kit" / "stock", ec);
}

// Makes `dir` if missing (readable by its owner alone) and tells whether it is a real folder of
// this user's that nobody else may write into: a cache others can write could feed kitpress
// damaged data. A folder of the user's made writable by their group (umask 002) is closed.
bool private_folder(const fs::path& dir) {
  ::mkdir(dir.c_str(), 0700);  // fails harmlessly when it exists
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
    return false;
  const mode_t open_to_others = S_IWGRP | S_IWOTH;
  return (st.st_mode & open_to_others) == 0 ||
         ::chmod(dir.c_str(), st.st_mode & 07777 & ~open_to_others) == 0;
}
}  // namespace

std::string executable_dir() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  buf[n] = 0;
  return fs::path(buf).parent_path().string();
}

std::string data_dir_near(const std::string& exe_dir) {
  if (exe_dir.empty()) return {};
  // Installed: PREFIX/bin/kitpress with its data in PREFIX/share/kitpress.
  fs::path installed = fs::path(exe_dir).parent_path() / "share" / "kitpress";
  if (has_data(installed)) return installed.string();
  // A build tree: the marker CMake writes into it names the source folder.
  for (fs::path p = exe_dir; !p.empty(); p = p.parent_path()) {
    std::ifstream marker(p / kSourceMarker);
    std::string source;
    if (marker && std::getline(marker, source) && has_data(source)) return source;
    if (has_data(p)) return p.string();
    if (p == p.root_path()) break;
  }
  return {};
}

std::string project_dir() {
  static const std::string dir = [] {
    if (const char* env = std::getenv("KITPRESS_HOME"); env && *env) return std::string(env);
    std::string exe = executable_dir();
    std::string found = data_dir_near(exe);
    if (!found.empty()) return found;
    // Nothing found: name the installed place, so that errors say where the data was expected.
    return exe.empty() ? std::string("share/kitpress")
                       : (fs::path(exe).parent_path() / "share" / "kitpress").string();
  }();
  return dir;
}

std::string user_cache_dir(const std::string& name) {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  std::error_code ec;
  fs::path root;
  if ((xdg && *xdg) || (home && *home)) {
    fs::path base = xdg && *xdg ? fs::path(xdg) : fs::path(home) / ".cache";
    fs::create_directories(base, ec);
    root = fs::absolute(base / "kitpress", ec);
  } else {  // a shared temporary folder: a folder of this user's own in it
    root = fs::temp_directory_path(ec) / ("kitpress-" + std::to_string(::geteuid()));
  }
  if (ec || !private_folder(root) || !private_folder(root / name)) return {};
  return (root / name).string();
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
