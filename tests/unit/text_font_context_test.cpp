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

TEST_CASE("a single file in a folder around the font folders hides none of their fonts") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "kp-font-nesting";
  fs::remove_all(root);
  fs::create_directories(root / "project" / "fonts");
  const fs::path fonts = fs::path(project_dir()) / "fonts";
  fs::copy_file(fonts / "NotoNaskhArabic-Regular.ttf",
                root / "project" / "fonts" / "NotoNaskhArabic-Regular.ttf");
  // The single file sits in an ancestor of the font folder.
  fs::copy_file(fonts / "NotoSans-Regular.ttf", root / "NotoSans-Regular.ttf");
  {
    FontContext fc({(root / "project" / "fonts").string()},
                   {(root / "NotoSans-Regular.ttf").string()});
    CHECK(fc.has_family("Noto Naskh Arabic"));
    CHECK(fc.has_family("Noto Sans"));
  }
  // And in a subfolder of the font folder.
  fs::create_directories(root / "project" / "fonts" / "system");
  fs::rename(root / "NotoSans-Regular.ttf", root / "project" / "fonts" / "system" / "S.ttf");
  {
    FontContext fc({(root / "project" / "fonts").string()},
                   {(root / "project" / "fonts" / "system" / "S.ttf").string()});
    CHECK(fc.has_family("Noto Naskh Arabic"));
    CHECK(fc.has_family("Noto Sans"));
  }
  fs::remove_all(root);
}
