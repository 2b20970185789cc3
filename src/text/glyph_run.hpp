// A run of positioned glyphs in one font: the text part of the page model, shaped by Pango.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/geometry.hpp"
#include "text/canonical_face.hpp"

typedef struct _PangoFont PangoFont;

namespace kp {

// A font face at a size, shared by the runs that use it (keeps a PangoFont reference).
class FontHandle {
 public:
  explicit FontHandle(PangoFont* font);  // takes a new reference
  ~FontHandle();
  FontHandle(const FontHandle&) = delete;
  FontHandle& operator=(const FontHandle&) = delete;
  PangoFont* pango() const { return font_; }
  // What cairo draws the font with: one face per font file and options in the process (see
  // CanonicalFont), so that a PDF embeds each font once.
  cairo_scaled_font_t* scaled_font() const { return cairo_ ? cairo_->scaled_font() : nullptr; }
  const std::string& file() const { return file_; }           // the font file
  int face_index() const { return index_; }                   // index within the file
  const std::string& postscript_name() const { return ps_; }  // e.g. NotoSans-Bold
  double size() const { return size_; }                       // in points
  bool synthetic_bold() const { return embolden_; }
  bool synthetic_oblique() const { return oblique_; }

 private:
  PangoFont* font_;
  std::unique_ptr<CanonicalFont> cairo_;
  std::string file_, ps_;
  int index_ = 0;
  double size_ = 0;
  bool embolden_ = false, oblique_ = false;
};

// The shared handle of a Pango font: runs in the same font share one handle (thread-safe).
std::shared_ptr<FontHandle> font_handle(PangoFont* font);

struct Glyph {
  uint32_t id = 0;
  double x = 0, y = 0;  // pen position relative to the run's origin (baseline)
  double advance = 0;
};

// Maps bytes of `text` to glyphs, for copy-and-paste and ToUnicode in PDFs.
struct Cluster {
  int bytes = 0;
  int glyphs = 0;
};

struct GlyphRun {
  std::shared_ptr<FontHandle> font;
  Colour colour;
  Point origin;  // baseline start
  std::string text;
  std::vector<Glyph> glyphs;
  std::vector<Cluster> clusters;
  bool backward = false;  // clusters run right to left (RTL text)
  double width() const;
};

}  // namespace kp
