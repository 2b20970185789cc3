// Colours with an RGB value for screen and office output and a CMYK value for press output.
#pragma once
#include <optional>
#include <string>

namespace kp {

struct Colour {
  double r = 0, g = 0, b = 0;         // 0..1, sRGB
  double c = 0, m = 0, y = 0, k = 1;  // 0..1, press separations
  bool cmyk_derived = false;          // CMYK computed from RGB (no value given): not compared
  bool operator==(const Colour& o) const {
    return r == o.r && g == o.g && b == o.b && c == o.c && m == o.m && y == o.y && k == o.k;
  }
  bool operator!=(const Colour& o) const { return !(*this == o); }

  static Colour black() { return rgb_cmyk(0, 0, 0, 0, 0, 0, 1); }
  static Colour white() { return rgb_cmyk(1, 1, 1, 0, 0, 0, 0); }
  // A neutral grey: `level` 0 = black .. 1 = white; K only in press output.
  static Colour grey(double level) { return rgb_cmyk(level, level, level, 0, 0, 0, 1 - level); }
  static Colour rgb_cmyk(double r, double g, double b, double c, double m, double y, double k) {
    Colour col;
    col.r = r, col.g = g, col.b = b, col.c = c, col.m = m, col.y = y, col.k = k;
    return col;
  }
  // An sRGB colour (0..1 each) with its CMYK derived naively (K from the darkest channel).
  static Colour from_rgb(double r, double g, double b);
  // Mixes this colour with white: amount 0 = unchanged, 1 = white (a tint).
  Colour tint(double amount) const;
};

// "#RRGGBB" → colour; its CMYK is derived (naively) from RGB.
std::optional<Colour> parse_rgb_hex(const std::string& text, std::string* why);
// "C M Y K" in percent (0-100 each), e.g. "0 0 0 100".
bool parse_cmyk(const std::string& text, Colour* into, std::string* why);

// WCAG 2 relative luminance and contrast ratio (1..21).
double relative_luminance(const Colour& c);
double contrast_ratio(const Colour& a, const Colour& b);

std::string format_hex(const Colour& c);

}  // namespace kp
