// How a kit is printed: paper, grid, duplex and press settings, each optional (defaults apply).
#pragma once
#include <optional>
#include <string>

#include "core/length.hpp"
#include "model/yaml_reader.hpp"

namespace kp {

// ShortEdge turns the backs 180° so that a cut card's back reads the same way up as with
// LongEdge; ShortEdgeCalendar leaves them upright on the back page, as a calendar reads.
enum class Duplex { LongEdge, ShortEdge, ShortEdgeCalendar, Off };
enum class Orientation { Portrait, Landscape };

// The settings as written in kit.yaml `print:` or given on the command line. Unset fields
// take the other source's value, then the defaults (A4 portrait, best grid, butted,
// long-edge, no back offset; press: 3 mm bleed, no crop marks, SWOP output condition).
struct PrintSettings {
  std::optional<Text> paper;  // preset name or "WxHunit"
  std::optional<Orientation> orientation;
  int cols = 0, rows = 0;  // 0 = as many as fit
  std::optional<Length> gutter;
  std::optional<Duplex> duplex;
  std::optional<Length> back_dx, back_dy;
  std::optional<Length> bleed;                  // press bleed around each card
  std::optional<bool> crop_marks;               // press crop marks
  std::optional<std::string> output_condition;  // OutputConditionIdentifier, e.g. "FOGRA39"
  std::optional<std::string> output_profile;    // ICC profile file of the output condition
  std::optional<std::string> output_info;       // human-readable condition

  // `over` wins where it sets a value.
  PrintSettings merged_with(const PrintSettings& over) const;
};

// Value parsers shared by kit.yaml and the command line; each sets *why on failure.
std::optional<Duplex> parse_duplex(const std::string& text, std::string* why);
std::optional<Orientation> parse_orientation(const std::string& text, std::string* why);
// "3x3" (columns x rows) or "auto" (cols = rows = 0).
bool parse_grid(const std::string& text, int* cols, int* rows, std::string* why);
// "2mm,-1.5mm": the back offset, x then y.
bool parse_offset(const std::string& text, Length* x, Length* y, std::string* why);
std::string duplex_name(Duplex d);
// Whether backs are drawn turned 180° on the back page (short-edge).
bool backs_turned(Duplex d);

}  // namespace kp
