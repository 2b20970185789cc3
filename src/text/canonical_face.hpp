// One cairo font face per font file and rendering options in the process, whatever cairo made.
#pragma once
#include <string>

typedef struct _PangoFont PangoFont;
typedef struct _cairo_scaled_font cairo_scaled_font_t;

namespace kp {

// What makes cairo give a font its own face: the file, the face index and the options cairo
// reads from the font's fontconfig pattern (hinting, antialiasing, synthetic bold, variations…).
std::string face_key(PangoFont* font);

// The scaled font to draw a font with: the font itself if its face is the one in use for its
// key, otherwise a scaled font of that face with the same size, matrix and options. A key's face
// is the first face seen for it, kept while any CanonicalFont of the key lives. cairo 1.16
// searches and extends a font file's list of faces without a lock (_cairo_ft_font_face_create),
// so two threads making their first font of a file at once can get a face each, and a PDF
// embeds a font once per face: the same text would print with one embedded font in one run and
// two in another. Thread-safe.
class CanonicalFont {
 public:
  CanonicalFont(cairo_scaled_font_t* font, std::string key);  // takes a new reference
  ~CanonicalFont();
  CanonicalFont(const CanonicalFont&) = delete;
  CanonicalFont& operator=(const CanonicalFont&) = delete;
  cairo_scaled_font_t* scaled_font() const { return scaled_; }

 private:
  std::string key_;  // empty: not a fontconfig font, drawn as it is
  cairo_scaled_font_t* scaled_ = nullptr;
};

}  // namespace kp
