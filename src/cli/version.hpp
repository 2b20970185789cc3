// The version line of `kitpress --version`: the release number and the git commit built from.
#pragma once
#include <string>

namespace kp {

// "kitpress 0.1.0 (commit 1a2b3c4d5e6f)".
std::string version_line();

}  // namespace kp
