// The cairo face in use for each font file and options, and scaled fonts over it.
#include "text/canonical_face.hpp"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pangofc-font.h>

#include <map>
#include <mutex>
#include <utility>

namespace kp {

namespace {

// The face in use for each key, and how many CanonicalFonts of the key live.
struct InUse {
  cairo_font_face_t* face = nullptr;  // one reference, released with the key's last font
  size_t fonts = 0;
};

std::mutex& faces_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::map<std::string, InUse>& faces_in_use() {
  static auto* faces = new std::map<std::string, InUse>;  // fonts may outlive static objects
  return *faces;
}

}  // namespace

std::string face_key(PangoFont* font) {
  if (!PANGO_IS_FC_FONT(font)) return {};
  FcPattern* pattern = nullptr;
  g_object_get(font, "pattern", &pattern, nullptr);  // borrowed: the font owns it
  if (!pattern) return {};
  // The objects cairo 1.16's cairo_ft_font_face_create_for_pattern reads (the file and index
  // for its unscaled font, the rest in _get_pattern_ft_options): fonts that differ in none of
  // them share a face in cairo when no thread races.
  FcObjectSet* objects =
      FcObjectSetBuild(FC_FILE, FC_INDEX, FC_ANTIALIAS, FC_RGBA, FC_HINTING, FC_HINT_STYLE,
                       FC_AUTOHINT, FC_VERTICAL_LAYOUT, FC_EMBOLDEN, FC_EMBEDDED_BITMAP,
                       FC_LCD_FILTER, FC_FONT_VARIATIONS, static_cast<char*>(nullptr));
  FcPattern* kept = FcPatternFilter(pattern, objects);
  FcChar8* name = FcNameUnparse(kept);
  std::string key = name ? reinterpret_cast<const char*>(name) : "";
  FcStrFree(name);
  FcPatternDestroy(kept);
  FcObjectSetDestroy(objects);
  return key;
}

CanonicalFont::CanonicalFont(cairo_scaled_font_t* font, std::string key) : key_(std::move(key)) {
  if (key_.empty() || cairo_scaled_font_status(font) != CAIRO_STATUS_SUCCESS) {
    key_.clear();
    scaled_ = cairo_scaled_font_reference(font);
    return;
  }
  cairo_font_face_t* face = cairo_scaled_font_get_font_face(font);
  cairo_font_face_t* in_use = nullptr;
  {
    std::lock_guard<std::mutex> lock(faces_mutex());
    InUse& entry = faces_in_use()[key_];
    if (!entry.face) entry.face = cairo_font_face_reference(face);
    ++entry.fonts;
    in_use = entry.face;
  }
  if (in_use == face) {
    scaled_ = cairo_scaled_font_reference(font);
    return;
  }
  cairo_matrix_t font_matrix, ctm;
  cairo_scaled_font_get_font_matrix(font, &font_matrix);
  cairo_scaled_font_get_ctm(font, &ctm);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_scaled_font_get_font_options(font, options);
  scaled_ = cairo_scaled_font_create(in_use, &font_matrix, &ctm, options);
  cairo_font_options_destroy(options);
}

CanonicalFont::~CanonicalFont() {
  cairo_scaled_font_destroy(scaled_);
  if (key_.empty()) return;
  cairo_font_face_t* released = nullptr;
  {
    std::lock_guard<std::mutex> lock(faces_mutex());
    auto it = faces_in_use().find(key_);
    if (it != faces_in_use().end() && --it->second.fonts == 0) {
      released = it->second.face;
      faces_in_use().erase(it);
    }
  }
  if (released) cairo_font_face_destroy(released);
}

}  // namespace kp
