// Glyph ↔ character maps from FreeType, and the check that a run needs no shaping to redraw.
#include "text/reverse_cmap.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_FONT_FORMATS_H
#include <glib.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/utf8.hpp"

namespace kp {

const FontCmap& FontCmap::of(const std::string& file, int face_index) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, int>, std::unique_ptr<FontCmap>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[{file, face_index}];
  if (slot) return *slot;
  slot = std::make_unique<FontCmap>();
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&lib) != 0) throw std::runtime_error("cannot start FreeType");
  if (FT_New_Face(lib, file.c_str(), face_index, &face) == 0) {
    if (const char* format = FT_Get_Font_Format(face)) slot->format_ = format;
    if (!FT_IS_SCALABLE(face)) slot->format_ = "bitmap";  // e.g. colour emoji: no outlines
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) == 0) {
      FT_UInt g = 0;
      for (FT_ULong c = FT_Get_First_Char(face, &g); g != 0; c = FT_Get_Next_Char(face, c, &g)) {
        slot->to_glyph_[static_cast<char32_t>(c)] = g;
        if (c <= 0xFFFF && !slot->to_char_.count(g)) slot->to_char_[g] = static_cast<char32_t>(c);
      }
    }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(lib);
  return *slot;
}

uint32_t FontCmap::glyph(char32_t c) const {
  auto it = to_glyph_.find(c);
  return it == to_glyph_.end() ? 0 : it->second;
}

char32_t FontCmap::code_point(uint32_t glyph) const {
  auto it = to_char_.find(glyph);
  return it == to_char_.end() ? 0 : it->second;
}

namespace {

// Scripts whose text needs shaping (joining, reordering, conjuncts) to be drawn correctly.
const char* complex_script(char32_t c) {
  switch (g_unichar_get_script(static_cast<gunichar>(c))) {
    case G_UNICODE_SCRIPT_ARABIC:
      return "Arabic";
    case G_UNICODE_SCRIPT_HEBREW:
      return "Hebrew";
    case G_UNICODE_SCRIPT_SYRIAC:
      return "Syriac";
    case G_UNICODE_SCRIPT_THAANA:
      return "Thaana";
    case G_UNICODE_SCRIPT_NKO:
      return "N'Ko";
    case G_UNICODE_SCRIPT_DEVANAGARI:
      return "Devanagari";
    case G_UNICODE_SCRIPT_BENGALI:
      return "Bengali";
    case G_UNICODE_SCRIPT_GURMUKHI:
      return "Gurmukhi";
    case G_UNICODE_SCRIPT_GUJARATI:
      return "Gujarati";
    case G_UNICODE_SCRIPT_ORIYA:
      return "Oriya";
    case G_UNICODE_SCRIPT_TAMIL:
      return "Tamil";
    case G_UNICODE_SCRIPT_TELUGU:
      return "Telugu";
    case G_UNICODE_SCRIPT_KANNADA:
      return "Kannada";
    case G_UNICODE_SCRIPT_MALAYALAM:
      return "Malayalam";
    case G_UNICODE_SCRIPT_SINHALA:
      return "Sinhala";
    case G_UNICODE_SCRIPT_THAI:
      return "Thai";
    case G_UNICODE_SCRIPT_LAO:
      return "Lao";
    case G_UNICODE_SCRIPT_TIBETAN:
      return "Tibetan";
    case G_UNICODE_SCRIPT_MYANMAR:
      return "Myanmar";
    case G_UNICODE_SCRIPT_KHMER:
      return "Khmer";
    case G_UNICODE_SCRIPT_MONGOLIAN:
      return "Mongolian";
    default:
      return nullptr;
  }
}

}  // namespace

bool press_code_points(const GlyphRun& run, std::vector<char32_t>* out, std::string* why) {
  out->clear();
  for (char32_t c : utf8_decode(run.text)) {
    if (const char* script = complex_script(c)) {
      *why = std::string(script) + " text needs shaping (\"" + run.text + "\")";
      return false;
    }
  }
  if (run.backward) {
    *why = "right-to-left text needs shaping (\"" + run.text + "\")";
    return false;
  }
  const FontCmap& cmap = FontCmap::of(run.font->file(), run.font->face_index());
  if (cmap.format() != "TrueType") {
    const std::string& file = run.font->file();
    const std::string name = file.substr(file.find_last_of('/') + 1);
    const std::string& format = cmap.format();
    const std::string has = format.empty()       ? "could not be read"
                            : format == "bitmap" ? "has bitmap glyphs, no outlines"
                            : format == "CFF"    ? "has PostScript (CFF) outlines"
                                                 : "has \"" + format + "\" outlines";
    *why = "its font " + name + " " + has + ", and libharu embeds TrueType outlines only (\"" +
           run.text + "\")";
    return false;
  }
  size_t at = 0, g = 0;
  for (const auto& cl : run.clusters) {
    std::u32string chars = utf8_decode(run.text.substr(at, static_cast<size_t>(cl.bytes)));
    at += static_cast<size_t>(cl.bytes);
    for (int k = 0; k < cl.glyphs && g < run.glyphs.size(); ++k, ++g) {
      uint32_t id = run.glyphs[g].id;
      char32_t pick = 0;
      // The cluster's own character for this glyph when the cmap agrees, so that copied text
      // matches the source; else any of its characters; else the glyph's own character.
      if (chars.size() == static_cast<size_t>(cl.glyphs) &&
          cmap.glyph(chars[static_cast<size_t>(k)]) == id)
        pick = chars[static_cast<size_t>(k)];
      for (char32_t c : chars)
        if (!pick && c <= 0xFFFF && cmap.glyph(c) == id) pick = c;
      if (!pick) pick = cmap.code_point(id);
      if (!pick) {
        *why = "a glyph of \"" +
               run.text.substr(at - static_cast<size_t>(cl.bytes), static_cast<size_t>(cl.bytes)) +
               "\" (a ligature or contextual form) has no character in the font";
        return false;
      }
      out->push_back(pick);
    }
  }
  for (; g < run.glyphs.size(); ++g) {
    char32_t pick = cmap.code_point(run.glyphs[g].id);
    if (!pick) {
      *why = "a glyph of \"" + run.text + "\" has no character in the font";
      return false;
    }
    out->push_back(pick);
  }
  return true;
}

}  // namespace kp
