// Laying out a paragraph with Pango: style, wrapping, hyphenation, shrink-to-fit, glyph runs.
#pragma once
#include <pango/pango.h>

#include <memory>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "text/font_context.hpp"
#include "text/glyph_run.hpp"

namespace kp {

enum class Align { Start, Centre, End, Justify };

struct TextStyle {
  std::string family = "Noto Sans";
  double size = 10;  // points
  bool bold = false;
  bool italic = false;
  Colour colour = Colour::black();
  double line_height = 1.2;   // distance between baselines, as a factor of the size
  double letter_spacing = 0;  // points
  Align align = Align::Start;
  std::string language;  // BCP 47; selects hyphenation and shaping language
  bool hyphenate = true;
  // When the text does not fit even at the minimum size without hyphenation, try with it.
  bool hyphenate_to_fit = true;
  bool markup = false;   // text is Pango markup
  std::string features;  // OpenType features, e.g. "liga 0" (CSS font-feature-settings syntax)
};

// One line of a laid-out paragraph, in points from the paragraph's top.
struct TextLine {
  double top = 0, bottom = 0, baseline = 0;
};

// One laid-out paragraph (owns its PangoLayout).
class TextBlock {
 public:
  TextBlock() = default;
  // `pitch`: the absolute line height given to Pango, in Pango units.
  TextBlock(PangoLayout* layout, double size, int pitch);
  ~TextBlock();
  TextBlock(TextBlock&& o) noexcept;
  TextBlock& operator=(TextBlock&& o) noexcept;
  TextBlock(const TextBlock&) = delete;
  TextBlock& operator=(const TextBlock&) = delete;

  PangoLayout* layout() const { return layout_; }
  double size() const { return size_; }
  double width() const;   // of the ink-free logical extents, points
  double height() const;  // logical height, points
  int line_count() const;
  double first_baseline() const;
  // Every line at an even pitch: Pango makes a line taller where a glyph comes from a font with
  // other ascent and descent (Arabic parentheses from the Latin font, Latin words in Japanese);
  // here each line is as high as the paragraph's own font makes its lines, and its baseline sits
  // where that font puts it. Lines set in one font are exactly where Pango put them.
  std::vector<TextLine> lines() const;
  // A line broke inside a word where no break was allowed (the word is wider than the box).
  bool breaks_inside_word() const;
  // Characters the fonts could not draw (each reported once).
  std::vector<char32_t> missing_characters() const;
  // The glyph runs with the block's top-left corner at `origin`.
  std::vector<GlyphRun> runs(Point origin, const Colour& colour) const;

 private:
  PangoLayout* layout_ = nullptr;
  double size_ = 0;
  int pitch_ = 0;
};

// Lays out `text` in `width` points (<= 0: no wrapping).
TextBlock layout_text(const FontContext& fonts, const std::string& text, const TextStyle& style,
                      double width);

struct FitResult {
  TextBlock block;
  bool fits = false;
  double overflow = 0;  // points of height beyond the box when it does not fit
  bool word_too_wide = false;
  bool hyphenated = false;  // it fitted only once hyphenation was allowed
};

// Lays out text in a width x height box at style.size, shrinking down to min_size when it
// does not fit (binary search to 0.1 pt); if it still does not fit and the style did not
// hyphenate, tries again with hyphenation (unless hyphenate_to_fit is off). Reports the
// overflow at min_size when even that fails.
FitResult fit_text(const FontContext& fonts, const std::string& text, TextStyle style, double width,
                   double height, double min_size);

}  // namespace kp
