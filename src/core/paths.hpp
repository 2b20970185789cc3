// Where kitpress finds its own data (fonts/, kit/stock/) and safe joining of kit paths.
#pragma once
#include <string>

namespace kp {

// The name of the file CMake writes into a build tree: one line, the source folder.
inline constexpr const char* kSourceMarker = "kitpress-source-dir.txt";

// The project folder holding fonts/ and kit/stock/: $KITPRESS_HOME if set, else the data found
// from the executable (see data_dir_near), else PREFIX/share/kitpress even though it is missing.
std::string project_dir();
// The folder of the running executable ("" if unknown).
std::string executable_dir();
// The data for an executable in `exe_dir`: ../share/kitpress when installed; in a build tree, the
// source folder a kSourceMarker file names, or a folder above holding fonts/ and kit/stock/.
// "" when there is none (the source tree was moved away and nothing is installed).
std::string data_dir_near(const std::string& exe_dir);

// kitpress's folder `name` in the user's cache ($XDG_CACHE_HOME, else ~/.cache, else a folder
// of the user's own in the temporary folder), created if missing; empty when it cannot be made
// or others may write into it. Caches only save time: without one, kitpress works the same.
std::string user_cache_dir(const std::string& name);

// The one containment check of every file a kit reads (kit.yaml, decks, CSV, i18n, fonts,
// icons, profiles): joins `relative` to `base_dir` and checks the result stays inside
// `base_dir` (no "..", absolute path or symlink leading out). Returns "" and sets *why when it
// does not; the caller reports it at the link and must not read the file.
std::string join_inside(const std::string& base_dir, const std::string& relative, std::string* why);

}  // namespace kp
