// A length with its unit made explicit: parsed from "63mm", "2.5in", "9pt", stored in points.
#pragma once
#include <optional>
#include <string>

namespace kp {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kPointsPerInch = 72.0;

class Length {
 public:
  constexpr Length() = default;
  static constexpr Length pt(double v) { return Length(v); }
  static constexpr Length mm(double v) { return Length(v * kPointsPerMm); }
  static constexpr Length in(double v) { return Length(v * kPointsPerInch); }
  constexpr double points() const { return pt_; }
  constexpr double millimetres() const { return pt_ / kPointsPerMm; }
  constexpr Length operator+(Length o) const { return Length(pt_ + o.pt_); }
  constexpr Length operator-(Length o) const { return Length(pt_ - o.pt_); }
  constexpr Length operator*(double k) const { return Length(pt_ * k); }
  constexpr bool operator<(Length o) const { return pt_ < o.pt_; }
  constexpr bool operator==(Length o) const { return pt_ == o.pt_; }

 private:
  constexpr explicit Length(double p) : pt_(p) {}
  double pt_ = 0;
};

// Parses "<number><unit>" with unit mm, cm, in, pt. On failure returns nullopt and sets *why.
std::optional<Length> parse_length(const std::string& text, std::string* why);

// Parses "<w>x<h><unit>" such as "63x88mm" into two lengths.
bool parse_size(const std::string& text, Length* w, Length* h, std::string* why);

// Formats a length in millimetres with at most two decimals ("3.5 mm").
std::string format_mm(Length l);

}  // namespace kp
