// Merging print settings and parsing their values (duplex, orientation, grid, offset).
#include "model/print_settings.hpp"

#include <cctype>
#include <regex>

namespace kp {

PrintSettings PrintSettings::merged_with(const PrintSettings& o) const {
  PrintSettings m = *this;
  if (o.paper) m.paper = o.paper;
  if (o.orientation) m.orientation = o.orientation;
  if (o.cols > 0 || o.rows > 0) m.cols = o.cols, m.rows = o.rows;
  if (o.gutter) m.gutter = o.gutter;
  if (o.duplex) m.duplex = o.duplex;
  if (o.back_dx) m.back_dx = o.back_dx;
  if (o.back_dy) m.back_dy = o.back_dy;
  if (o.bleed) m.bleed = o.bleed;
  if (o.crop_marks) m.crop_marks = o.crop_marks;
  if (o.output_condition) m.output_condition = o.output_condition;
  if (o.output_profile) m.output_profile = o.output_profile;
  if (o.output_info) m.output_info = o.output_info;
  return m;
}

std::optional<Duplex> parse_duplex(const std::string& text, std::string* why) {
  if (text == "long-edge") return Duplex::LongEdge;
  if (text == "short-edge") return Duplex::ShortEdge;
  if (text == "short-edge-calendar") return Duplex::ShortEdgeCalendar;
  if (text == "off") return Duplex::Off;
  *why =
      "use long-edge (book-like flip), short-edge (calendar-like flip, backs turned 180° so that "
      "they read as with long-edge), short-edge-calendar (calendar-like flip, backs upright) or "
      "off (no backs)";
  return std::nullopt;
}

std::optional<Orientation> parse_orientation(const std::string& text, std::string* why) {
  if (text == "portrait") return Orientation::Portrait;
  if (text == "landscape") return Orientation::Landscape;
  *why = "use portrait or landscape";
  return std::nullopt;
}

bool parse_grid(const std::string& text, int* cols, int* rows, std::string* why) {
  if (text == "auto") {
    *cols = *rows = 0;
    return true;
  }
  static const std::regex re("([1-9][0-9]?)x([1-9][0-9]?)");
  std::smatch m;
  if (!std::regex_match(text, m, re)) {
    *why = "write columns x rows, e.g. \"3x3\", or \"auto\" for as many as fit";
    return false;
  }
  *cols = std::stoi(m[1]);
  *rows = std::stoi(m[2]);
  return true;
}

bool parse_offset(const std::string& text, Length* x, Length* y, std::string* why) {
  auto comma = text.find(',');
  if (comma == std::string::npos) {
    *why =
        "write the x and y offsets separated by a comma, in mm or with units, e.g. "
        "\"1.5,-0.5\" or \"1.5mm,-0.5mm\"";
    return false;
  }
  auto one = [&](std::string s, Length* into) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(0, 1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    bool negative = !s.empty() && s[0] == '-';
    if (negative || (!s.empty() && s[0] == '+')) s.erase(0, 1);
    if (!s.empty() && std::isdigit(static_cast<unsigned char>(s.back()))) s += "mm";
    auto l = parse_length(s, why);
    if (!l) return false;
    *into = negative ? Length::pt(-l->points()) : *l;
    return true;
  };
  return one(text.substr(0, comma), x) && one(text.substr(comma + 1), y);
}

std::string duplex_name(Duplex d) {
  switch (d) {
    case Duplex::LongEdge:
      return "long-edge";
    case Duplex::ShortEdge:
      return "short-edge";
    case Duplex::ShortEdgeCalendar:
      return "short-edge-calendar";
    case Duplex::Off:
      return "off";
  }
  return "";
}

bool backs_turned(Duplex d) {
  return d == Duplex::ShortEdge;
}

}  // namespace kp
