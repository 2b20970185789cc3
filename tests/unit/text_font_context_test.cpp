// Unit tests for text/font_context: only the project's fonts are visible.
#include "text/font_context.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "core/paths.hpp"

using namespace kp;

TEST_CASE("the private configuration sees the project's fonts and no system font") {
  FontContext fc({project_dir() + "/fonts"});
  CHECK(fc.has_family("Noto Sans"));
  // DejaVu is installed on Debian machines; it must not leak into layout.
  CHECK_FALSE(fc.has_family("DejaVu Sans"));
  CHECK(fc.families() == std::vector<std::string>{"Noto Naskh Arabic", "Noto Sans"});
}

TEST_CASE("a single system font file adds its families, not its folder's other fonts") {
  const std::string sans = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  const std::string serif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
  REQUIRE(std::filesystem::exists(sans));  // fonts-noto-cjk, installed by tests/setup-deps.sh
  REQUIRE(std::filesystem::exists(serif));
  for (int pass = 0; pass < 2; ++pass) {  // the folder's cache written, then read
    FontContext fc({project_dir() + "/fonts"}, {sans});
    CHECK(fc.has_family("Noto Sans"));
    CHECK(fc.has_family("Noto Sans CJK JP"));
    CHECK_FALSE(fc.has_family("Noto Serif CJK JP"));
    CHECK_FALSE(fc.has_family("DejaVu Sans"));
  }
}
