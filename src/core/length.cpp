// Parsing and formatting of lengths with units.
#include "core/length.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kp {
namespace {

// Largest length accepted anywhere: 5 m covers any paper or banner.
constexpr double kMaxPoints = 5000.0 * kPointsPerMm;

bool parse_number(const std::string& s, size_t* pos, double* out) {
  size_t i = *pos;
  size_t start = i;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  bool digits = false;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, digits = true;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, digits = true;
  }
  if (!digits) return false;
  *out = std::strtod(s.substr(start, i - start).c_str(), nullptr);
  *pos = i;
  return true;
}

bool unit_factor(const std::string& unit, double* factor) {
  if (unit == "mm")
    *factor = kPointsPerMm;
  else if (unit == "cm")
    *factor = 10 * kPointsPerMm;
  else if (unit == "in")
    *factor = kPointsPerInch;
  else if (unit == "pt")
    *factor = 1.0;
  else
    return false;
  return true;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool check_range(double pts, std::string* why) {
  if (!std::isfinite(pts) || pts < 0) {
    *why = "a length cannot be negative";
    return false;
  }
  if (pts > kMaxPoints) {
    *why = "a length cannot exceed 5000mm";
    return false;
  }
  return true;
}

}  // namespace

std::optional<Length> parse_length(const std::string& raw, std::string* why) {
  std::string text = trim(raw);
  size_t pos = 0;
  double value = 0;
  if (!parse_number(text, &pos, &value)) {
    *why = "expected a number followed by a unit (mm, cm, in or pt), e.g. \"3mm\"";
    return std::nullopt;
  }
  std::string unit = trim(text.substr(pos));
  double factor = 0;
  if (unit.empty()) {
    *why = "a length needs a unit: mm, cm, in or pt (e.g. \"3mm\")";
    return std::nullopt;
  }
  if (!unit_factor(unit, &factor)) {
    *why = "unknown unit \"" + unit + "\": use mm, cm, in or pt";
    return std::nullopt;
  }
  if (!check_range(value * factor, why)) return std::nullopt;
  return Length::pt(value * factor);
}

bool parse_size(const std::string& raw, Length* w, Length* h, std::string* why) {
  std::string text = trim(raw);
  size_t pos = 0;
  double a = 0, b = 0;
  const char* form = "expected a size such as \"63x88mm\" (width x height and a unit)";
  if (!parse_number(text, &pos, &a)) return *why = form, false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size() || (text[pos] != 'x' && text[pos] != 'X')) return *why = form, false;
  ++pos;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (!parse_number(text, &pos, &b)) return *why = form, false;
  std::string unit = trim(text.substr(pos));
  double factor = 0;
  if (!unit_factor(unit, &factor)) return *why = form, false;
  if (!check_range(a * factor, why) || !check_range(b * factor, why)) return false;
  if (a <= 0 || b <= 0) return *why = "a size must be larger than zero", false;
  *w = Length::pt(a * factor);
  *h = Length::pt(b * factor);
  return true;
}

std::string format_mm(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", l.millimetres());
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s + " mm";
}

}  // namespace kp
