// Where kitpress finds its own data (fonts/, kit/stock/) and safe joining of kit paths.
#pragma once
#include <string>

namespace kp {

// The project folder holding fonts/ and kit/stock/: $KITPRESS_HOME if set, else the folder
// above the executable that has them, else the source folder the binary was built from.
std::string project_dir();

// Joins `relative` to `base_dir` and checks the result stays inside `base_dir` (no "..",
// absolute path or symlink leading out). Returns "" and sets *why when it does not.
std::string join_inside(const std::string& base_dir, const std::string& relative, std::string* why);

}  // namespace kp
