// The version line, from the project version and the generated commit header.
#include "cli/version.hpp"

#include "kp_git_commit.hpp"

namespace kp {

std::string version_line() {
  return std::string("kitpress ") + KP_VERSION + " (commit " + KP_GIT_COMMIT + ")";
}

}  // namespace kp
