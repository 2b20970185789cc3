// Fitting a text into a box on a page, with diagnostics for shrinking, overflow and missing glyphs.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "text/text_layout.hpp"

namespace kp {

enum class VAlign { Top, Middle, Bottom };

struct TextBox {
  std::string text;
  TextStyle style;
  Rect box;
  double min_size = 7;
  VAlign valign = VAlign::Top;
  std::string subject;  // what holds the text, e.g. card "leviers/confiance"
  std::string field;    // which text, e.g. "body"
  Location where;       // where the text was written
  std::string hint;     // the hint of a does-not-fit error, when not the usual one
};

struct PlacedText {
  bool fits = false;
  double size = 0;    // the size used
  double height = 0;  // the height used
  double first_baseline = 0;
};

// Reports, once each, the characters of `block` that no font can draw, as errors naming
// subject and field.
void report_missing_characters(const TextBlock& block, const Location& where,
                               const std::string& subject, const std::string& field,
                               Diagnostics& diags);

// Lays the text out in the box (shrinking down to min_size), appends its glyph runs to `out`,
// warns when it shrank, and reports an error naming subject, field and overflow when it
// cannot fit, or when a character has no glyph in the fonts.
PlacedText place_text(const FontContext& fonts, const TextBox& t, std::vector<Item>& out,
                      Diagnostics& diags);

}  // namespace kp
