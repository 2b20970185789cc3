// One cairo font face per font file and rendering options in the process, whatever cairo made.
#pragma once
#include <string>

typedef struct _PangoFont PangoFont;
typedef struct _cairo_scaled_font cairo_scaled_font_t;

namespace kp {

// What makes cairo give a font its own face: the file, the face index and the options cairo
// reads from the font's fontconfig pattern (hinting, antialiasing, synthetic bold, variations…).
std::string face_key(PangoFont* font);

// The scaled font to draw `font` with: `font` itself (a new reference) if its face is the first
// one seen for `key`, otherwise a scaled font of that first face with the same size, matrix and
// options. cairo 1.16 searches and extends a font file's list of faces without a lock
// (_cairo_ft_font_face_create), so two threads making their first font of a file at once can
// get a face each, and a PDF embeds a font once per face: the same text would print with one
// embedded font in one run and two in another. The first face of each key is kept for the
// process's life. Thread-safe.
cairo_scaled_font_t* canonical_scaled_font(cairo_scaled_font_t* font, const std::string& key);

}  // namespace kp
