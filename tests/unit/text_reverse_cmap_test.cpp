// FontCmap: a font's characters and glyphs both ways, and its outline format for press PDF.
#include "text/reverse_cmap.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/paths.hpp"

using namespace kp;

TEST_CASE("a TrueType font maps characters to glyphs and back") {
  const FontCmap& cmap = FontCmap::of(project_dir() + "/fonts/NotoSans-Regular.ttf", 0);
  CHECK(cmap.format() == "TrueType");
  const uint32_t a = cmap.glyph(U'a');
  CHECK(a != 0);
  CHECK(cmap.code_point(a) == U'a');
  CHECK(cmap.glyph(U'\U0001F600') == 0);  // no emoji in Noto Sans
}

TEST_CASE("a file that is not a font has no format") {
  const auto path = std::filesystem::temp_directory_path() / "kp-not-a-font.ttf";
  std::ofstream(path) << "not a font";
  CHECK(FontCmap::of(path.string(), 0).format().empty());
  CHECK(FontCmap::of(path.string() + ".missing", 0).format().empty());
  std::filesystem::remove(path);
}
