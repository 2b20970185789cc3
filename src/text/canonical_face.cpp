// The process-wide first cairo face of each font file and options, and scaled fonts over it.
#include "text/canonical_face.hpp"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pangofc-font.h>

#include <map>
#include <mutex>

namespace kp {

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

cairo_scaled_font_t* canonical_scaled_font(cairo_scaled_font_t* font, const std::string& key) {
  cairo_font_face_t* face = cairo_scaled_font_get_font_face(font);
  if (key.empty() || cairo_scaled_font_status(font) != CAIRO_STATUS_SUCCESS)
    return cairo_scaled_font_reference(font);
  static std::mutex mutex;
  static auto* first = new std::map<std::string, cairo_font_face_t*>;  // never released
  cairo_font_face_t* canonical = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto [at, added] = first->emplace(key, face);
    if (added) cairo_font_face_reference(face);
    canonical = at->second;
  }
  if (canonical == face) return cairo_scaled_font_reference(font);
  cairo_matrix_t font_matrix, ctm;
  cairo_scaled_font_get_font_matrix(font, &font_matrix);
  cairo_scaled_font_get_ctm(font, &ctm);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_scaled_font_get_font_options(font, options);
  cairo_scaled_font_t* same = cairo_scaled_font_create(canonical, &font_matrix, &ctm, options);
  cairo_font_options_destroy(options);
  return same;
}

}  // namespace kp
