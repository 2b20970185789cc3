// Colour parsing, tints and WCAG contrast.
#include "core/colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace kp {

Colour Colour::tint(double amount) const {
  auto mix = [&](double v, double to) { return v + (to - v) * amount; };
  return rgb_cmyk(mix(r, 1), mix(g, 1), mix(b, 1), mix(c, 0), mix(m, 0), mix(y, 0), mix(k, 0));
}

std::optional<Colour> parse_rgb_hex(const std::string& text, std::string* why) {
  if (text.size() != 7 || text[0] != '#' || !std::all_of(text.begin() + 1, text.end(), [](char ch) {
        return std::isxdigit(static_cast<unsigned char>(ch));
      })) {
    *why = "expected a colour as \"#RRGGBB\" (six hexadecimal digits), e.g. \"#0060A0\"";
    return std::nullopt;
  }
  unsigned v = static_cast<unsigned>(std::stoul(text.substr(1), nullptr, 16));
  return Colour::from_rgb(((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0,
                          (v & 0xFF) / 255.0);
}

Colour Colour::from_rgb(double r, double g, double b) {
  Colour c;
  c.r = r, c.g = g, c.b = b;
  double k = 1 - std::max({c.r, c.g, c.b});
  if (k >= 1) {
    c.c = c.m = c.y = 0;
  } else {
    c.c = (1 - c.r - k) / (1 - k);
    c.m = (1 - c.g - k) / (1 - k);
    c.y = (1 - c.b - k) / (1 - k);
  }
  c.k = k;
  c.cmyk_derived = true;
  return c;
}

bool parse_cmyk(const std::string& text, Colour* into, std::string* why) {
  std::istringstream in(text);
  double v[4];
  for (double& x : v) {
    if (!(in >> x)) {
      *why = "expected four percentages \"C M Y K\", e.g. \"100 45 0 15\"";
      return false;
    }
    if (x < 0 || x > 100) {
      *why = "each CMYK value is a percentage from 0 to 100";
      return false;
    }
  }
  std::string rest;
  if (in >> rest) {
    *why = "expected exactly four percentages \"C M Y K\", e.g. \"100 45 0 15\"";
    return false;
  }
  into->c = v[0] / 100, into->m = v[1] / 100, into->y = v[2] / 100, into->k = v[3] / 100;
  into->cmyk_derived = false;
  return true;
}

double relative_luminance(const Colour& c) {
  auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double contrast_ratio(const Colour& a, const Colour& b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::string format_hex(const Colour& c) {
  char buf[8];
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
  return buf;
}

}  // namespace kp
