// FontHandle: what a renderer needs to know of a Pango font (file, face, size, synthesis).
#include "text/glyph_run.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include <map>
#include <mutex>

namespace kp {

FontHandle::FontHandle(PangoFont* font) : font_(font) {
  g_object_ref(font_);
  // Pango makes a font's cairo font on first use, without a lock: made here, in the thread that
  // laid the text out; renderers on other threads only use the handle's.
  if (PANGO_IS_CAIRO_FONT(font_))
    if (cairo_scaled_font_t* own = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font_)))
      cairo_ = std::make_unique<CanonicalFont>(own, face_key(font_));
  PangoFontDescription* desc = pango_font_describe(font_);
  size_ = pango_font_description_get_size(desc) / double(PANGO_SCALE);
  pango_font_description_free(desc);
  if (PANGO_IS_FC_FONT(font_)) {
    FcPattern* pat = nullptr;
    g_object_get(font_, "pattern", &pat, nullptr);  // borrowed: the font owns it
    if (pat) {
      FcChar8* s = nullptr;
      if (FcPatternGetString(pat, FC_FILE, 0, &s) == FcResultMatch)
        file_ = reinterpret_cast<char*>(s);
      if (FcPatternGetString(pat, FC_POSTSCRIPT_NAME, 0, &s) == FcResultMatch)
        ps_ = reinterpret_cast<char*>(s);
      FcPatternGetInteger(pat, FC_INDEX, 0, &index_);
      FcBool b = FcFalse;
      if (FcPatternGetBool(pat, FC_EMBOLDEN, 0, &b) == FcResultMatch) embolden_ = b;
      FcMatrix* m = nullptr;
      if (FcPatternGetMatrix(pat, FC_MATRIX, 0, &m) == FcResultMatch && m) oblique_ = m->xy != 0;
    }
  }
}

FontHandle::~FontHandle() {
  cairo_.reset();  // before the font it was made from
  g_object_unref(font_);
}

std::shared_ptr<FontHandle> font_handle(PangoFont* font) {
  static std::mutex mutex;
  static std::map<PangoFont*, std::weak_ptr<FontHandle>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  // A live handle holds a reference to its font, so its pointer cannot have been reused.
  auto& slot = cache[font];
  if (auto handle = slot.lock()) return handle;
  auto handle = std::make_shared<FontHandle>(font);
  slot = handle;
  return handle;
}

double GlyphRun::width() const {
  if (glyphs.empty()) return 0;
  return glyphs.back().x + glyphs.back().advance - glyphs.front().x;
}

}  // namespace kp
