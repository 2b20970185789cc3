// Test helper: a private copy of a kit to change, and exact edits of its files.
#include "support/kit_copy.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/pdf_tools.hpp"

namespace kp::test {

std::string copy_kit(const std::string& kit, const std::string& name) {
  std::string dir = temp_dir(name) + "/kit";
  std::filesystem::copy(project_dir() + "/" + kit, dir, std::filesystem::copy_options::recursive);
  return dir;
}

void replace_once(const std::string& file, const std::string& from, const std::string& to) {
  std::string text = read_text_file(file);
  REQUIRE_MESSAGE(text.find(from) != std::string::npos, from);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(file) << text;
}

std::string kitpress() {
  return sh_quote(kitpress_binary());
}

}  // namespace kp::test
