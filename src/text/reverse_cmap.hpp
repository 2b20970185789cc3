// From glyph back to character: what a renderer that cannot shape (libharu) needs to draw a run.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/glyph_run.hpp"

namespace kp {

// A font face's cmap both ways (Unicode, from FreeType), loaded once per file and face.
class FontCmap {
 public:
  static const FontCmap& of(const std::string& file, int face_index);
  uint32_t glyph(char32_t c) const;           // 0 when the font has no glyph for c
  char32_t code_point(uint32_t glyph) const;  // the lowest BMP character of glyph, or 0
  // FreeType's name of the font's format: "TrueType", "CFF" (OpenType with PostScript
  // outlines), "Type 1"..., "bitmap" for a font without outlines (empty when the file could
  // not be read).
  const std::string& format() const { return format_; }

 private:
  std::unordered_map<char32_t, uint32_t> to_glyph_;
  std::unordered_map<uint32_t, char32_t> to_char_;
  std::string format_;
};

// The character to draw each glyph of `run` with, through the font's own cmap, so that the
// glyph lands exactly where Pango put it and copies as its text. Returns false and says why
// when the run cannot be reproduced that way: right-to-left or complex script (needs shaping),
// a font libharu cannot embed (it embeds TrueType outlines only), or a glyph that no character
// reaches (a ligature or contextual form).
bool press_code_points(const GlyphRun& run, std::vector<char32_t>* out, std::string* why);

}  // namespace kp
