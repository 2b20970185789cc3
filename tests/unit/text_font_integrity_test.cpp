// Unit tests for text/font_integrity: the shipped fonts pass; an empty glyph or a bad file fails.
#include "text/font_integrity.hpp"

#include <doctest/doctest.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

using namespace kp;
namespace fs = std::filesystem;

namespace {

uint32_t be(const std::string& b, size_t at, int n) {
  uint32_t v = 0;
  for (int i = 0; i < n; ++i)
    v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<size_t>(i)]);
  return v;
}

size_t table_offset(const std::string& font, const char* name) {
  for (size_t i = 0; i < be(font, 4, 2); ++i)
    if (font.compare(12 + 16 * i, 4, name) == 0) return be(font, 12 + 16 * i + 8, 4);
  return 0;
}

unsigned glyph_of(const std::string& path, char32_t c) {
  FT_Library lib = nullptr;
  FT_Init_FreeType(&lib);
  FT_Face face = nullptr;
  FT_New_Face(lib, path.c_str(), 0, &face);
  const unsigned g = face ? FT_Get_Char_Index(face, c) : 0;
  if (face) FT_Done_Face(face);
  FT_Done_FreeType(lib);
  return g;
}

std::string scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kp-font-integrity-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return (dir / name).string();
}

}  // namespace

TEST_CASE("the shipped fonts are sound for every character the default kit uses") {
  const std::string dir = project_dir() + "/fonts";
  const auto files = font_files_in({dir}, {});
  REQUIRE(files.size() == 6);  // the OFL licence texts are not font files
  std::set<char32_t> chars;
  for (char32_t c = 0x21; c < 0x7F; ++c) chars.insert(c);
  for (char32_t c : {U'é', U'ç', U'«', U'»', U'’', U'…', U'ب', U'ع'}) chars.insert(c);
  for (const auto& f : files) {
    CAPTURE(f);
    CHECK(font_file_problem(f, chars) == "");
  }
}

TEST_CASE("a glyph with no outline is named with its character") {
  const std::string good = project_dir() + "/fonts/NotoSans-Regular.ttf";
  std::string font = read_file(good);
  const unsigned a = glyph_of(good, U'A');
  REQUIRE(a > 0);
  const bool long_offsets = be(font, table_offset(font, "head") + 50, 2) != 0;
  const size_t loca = table_offset(font, "loca");
  // The glyph of "A" ends where it starts: an empty glyph, as a damaged file may have.
  const int n = long_offsets ? 4 : 2;
  const size_t at = loca + static_cast<size_t>(n) * a;
  font.replace(at + static_cast<size_t>(n), static_cast<size_t>(n),
               font.substr(at, static_cast<size_t>(n)));
  const std::string path = scratch("empty-A.ttf");
  std::ofstream(path, std::ios::binary) << font;
  CHECK(font_file_problem(path, {U'B'}) == "");
  CHECK(font_file_problem(path, {U'A', U'B'}) ==
        "the glyph of U+0041 (A) is empty: it would print blank");
  Diagnostics d;
  CHECK_FALSE(check_font_files({good, path}, {U'A'}, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.file == path);
}

TEST_CASE("a file that is not a font, or an empty one, is refused") {
  const std::string text = scratch("notes.ttf"), empty = scratch("empty.otf");
  std::ofstream(text) << "a text file renamed to .ttf";
  std::ofstream{empty};
  CHECK(font_file_problem(text, {U'A'}) == "it is not a TrueType or OpenType font");
  CHECK(font_file_problem(empty, {U'A'}) == "the file is cut short before its table directory");
}
