// A damaged kit font (cut in half, or its glyph table cut short) is refused before layout:
// exit 1, the font file named, nothing rendered, the previous output untouched.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

std::string shipped_font() {
  return read_text_file(project_dir() + "/fonts/NotoSans-Regular.ttf");
}

uint32_t be32(const std::string& b, size_t at) {
  return (uint32_t{static_cast<unsigned char>(b[at])} << 24) |
         (uint32_t{static_cast<unsigned char>(b[at + 1])} << 16) |
         (uint32_t{static_cast<unsigned char>(b[at + 2])} << 8) |
         uint32_t{static_cast<unsigned char>(b[at + 3])};
}

// The shipped font with the length of its 'glyf' table cut to a tenth in the table directory:
// FreeType then reads most glyphs as empty (cards printed blank).
std::string cut_glyf(std::string font) {
  const size_t tables =
      (size_t{static_cast<unsigned char>(font[4])} << 8) | static_cast<unsigned char>(font[5]);
  for (size_t i = 0; i < tables; ++i) {
    const size_t rec = 12 + 16 * i;
    if (font.compare(rec, 4, "glyf") != 0) continue;
    const uint32_t cut = be32(font, rec + 12) / 10;
    for (int k = 0; k < 4; ++k)
      font[rec + 12 + static_cast<size_t>(k)] = static_cast<char>((cut >> (24 - 8 * k)) & 0xFF);
    return font;
  }
  FAIL("no glyf table in the shipped font");
  return font;
}

// A copy of the other kit whose fonts/ folder holds `font` as NotoSans-Regular.ttf; builds it
// over a previous output and checks that the build is refused, naming the file.
void expect_refused(const std::string& name, const std::string& font, const std::string& why) {
  std::string kit = temp_dir("damaged-font-" + name);
  fs::copy(project_dir() + "/tests/cases/other-kit", kit, fs::copy_options::recursive);
  fs::create_directories(kit + "/fonts");
  std::ofstream(kit + "/fonts/NotoSans-Regular.ttf", std::ios::binary) << font;
  std::string out = temp_dir("damaged-font-out-" + name);
  fs::create_directories(out + "/en");
  std::ofstream(out + "/en/cards.pdf") << "previous build";
  auto r = run("NO_COLOR=1 " + sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " -o " +
               sh_quote(out) + " --png");
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(
      r.out.find(kit + "/fonts/NotoSans-Regular.ttf: error: the font file is damaged: " + why) !=
          std::string::npos,
      r.out);
  CHECK(read_text_file(out + "/en/cards.pdf") == "previous build");
  size_t files = 0;
  for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator();
       ++it)
    files += it->is_regular_file() ? 1 : 0;
  CHECK(files == 1);
}

}  // namespace

TEST_CASE("a kit font cut in half is refused, naming the file") {
  const std::string font = shipped_font();
  REQUIRE(font.size() > 1000);
  expect_refused("half", font.substr(0, font.size() / 2), "the table '");
}

TEST_CASE("a kit font whose glyph table is cut short is refused, naming the file") {
  expect_refused("glyf", cut_glyf(shipped_font()), "the glyph table 'glyf' holds");
}

TEST_CASE("a kit font that is not a font at all is refused") {
  expect_refused("text", "this is not a font, only a text file in its place\n",
                 "it is not a TrueType or OpenType font");
}
