// glyph_outline: FreeType outlines in em units, y down, for TrueType and CFF fonts alike.
#include "text/glyph_outline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/paths.hpp"
#include "text/reverse_cmap.hpp"

using namespace kp;

namespace {

int count(const std::vector<OutlineOp>& ops, OutlineOp::Kind kind) {
  int n = 0;
  for (const auto& op : ops) n += op.kind == kind;
  return n;
}

// The outline's bounds, in em.
Rect bounds(const std::vector<OutlineOp>& ops) {
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const auto& op : ops)
    for (int i = 0; i < (op.kind == OutlineOp::Kind::Curve ? 3 : 1); ++i) {
      if (op.kind == OutlineOp::Kind::Close) continue;
      x0 = std::min(x0, op.p[i].x), x1 = std::max(x1, op.p[i].x);
      y0 = std::min(y0, op.p[i].y), y1 = std::max(y1, op.p[i].y);
    }
  return {x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

TEST_CASE("a TrueType 'o' is two closed contours of cubic curves above the baseline") {
  const std::string file = project_dir() + "/fonts/NotoSans-Regular.ttf";
  const auto& o = glyph_outline(file, 0, FontCmap::of(file, 0).glyph(U'o'));
  CHECK(count(o, OutlineOp::Kind::Move) == 2);
  CHECK(count(o, OutlineOp::Kind::Close) == 2);
  CHECK(count(o, OutlineOp::Kind::Curve) > 4);
  const Rect b = bounds(o);
  CHECK(b.bottom() == doctest::Approx(0).epsilon(0.02));  // sits on the baseline (y down)
  CHECK(b.h == doctest::Approx(0.55).epsilon(0.1));       // Noto Sans's x-height, about 0.54 em
  CHECK(b.x > 0);
  CHECK(&glyph_outline(file, 0, FontCmap::of(file, 0).glyph(U'o')) == &o);  // cached
}

TEST_CASE("a space has an empty outline") {
  const std::string file = project_dir() + "/fonts/NotoSans-Regular.ttf";
  CHECK(glyph_outline(file, 0, FontCmap::of(file, 0).glyph(U' ')).empty());
}

TEST_CASE("an Arabic joining form, reached by no character, has an outline") {
  const std::string file = project_dir() + "/fonts/NotoNaskhArabic-Regular.ttf";
  const FontCmap& cmap = FontCmap::of(file, 0);
  uint32_t form = 0;  // the first glyph of the font that no character maps to, past .notdef
  for (uint32_t g = 1; g < 2000 && !form; ++g)
    if (!cmap.code_point(g) && !glyph_outline(file, 0, g).empty()) form = g;
  REQUIRE(form != 0);
  CHECK(count(glyph_outline(file, 0, form), OutlineOp::Kind::Move) >= 1);
}

TEST_CASE("a CFF (PostScript-outline) glyph of Noto Sans CJK has an outline") {
  const std::string file = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  if (!std::filesystem::exists(file)) return;  // fonts-noto-cjk: see tests/setup-deps.sh
  const FontCmap& cmap = FontCmap::of(file, 0);
  REQUIRE(cmap.format() == "CFF");
  const auto& ops = glyph_outline(file, 0, cmap.glyph(U'\u65E5'));  // 日
  CHECK(count(ops, OutlineOp::Kind::Move) >= 2);
  const Rect b = bounds(ops);
  CHECK(b.w > 0.5);
  CHECK(b.w < 1.0);
}

TEST_CASE("a file that is not a font is an error naming it") {
  const auto path = std::filesystem::temp_directory_path() / "kp-outline-not-a-font.ttf";
  std::ofstream(path) << "not a font";
  CHECK_THROWS_WITH(glyph_outline(path.string(), 0, 1),
                    doctest::Contains("kp-outline-not-a-font.ttf"));
  std::filesystem::remove(path);
}
