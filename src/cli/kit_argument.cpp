// Resolving the KIT argument.
#include "cli/kit_argument.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

namespace kp {

namespace fs = std::filesystem;

CLI::Option* add_kit_argument(CLI::App* cmd, std::string& dir, const std::string& description) {
  return cmd->add_option(
      "KIT", dir, description + ": its folder or its kit.yaml (default: the current folder)");
}

bool resolve_kit_folder(std::string& dir) {
  std::error_code ec;
  if (dir.empty()) {
    dir = ".";
  } else if (fs::path(dir).filename() == "kit.yaml" && fs::is_regular_file(dir, ec)) {
    fs::path parent = fs::path(dir).parent_path();
    dir = parent.empty() ? "." : parent.string();
  }
  if (fs::is_regular_file(fs::path(dir) / "kit.yaml", ec)) return true;
  const bool here = dir == ".";
  std::cerr << "error: " << (here ? "the current folder" : dir)
            << (fs::is_directory(dir, ec) ? " holds no kit.yaml" : " is not a folder") << '\n'
            << "  hint: " << (here ? "run kitpress in a kit's folder or give" : "give")
            << " the kit's folder, e.g. kitpress build path/to/kit; `kitpress new DIR` starts "
               "a kit\n";
  return false;
}

std::string kit_in_current_folder() {
  std::error_code ec;
  return fs::is_regular_file("kit.yaml", ec) ? "." : "";
}

}  // namespace kp
