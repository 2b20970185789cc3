// Print options on the command line: --paper, --landscape, --grid, --gutter, --duplex, ...
#include "cli/print_options.hpp"

#include <CLI/CLI.hpp>

namespace kp {

void add_print_options(CLI::App* cmd, PrintOptionText& t, bool press_options) {
  const char* group = "Printing (override the kit's print: settings)";
  cmd->add_option("--paper", t.paper, "paper: A4, Letter, A3, ... or a size such as 210x297mm")
      ->group(group);
  cmd->add_option("--orientation", t.orientation, "portrait or landscape")->group(group);
  cmd->add_option("--grid", t.grid, "cards per sheet as COLUMNSxROWS, e.g. 3x3, or auto")
      ->group(group);
  cmd->add_option("--gutter", t.gutter, "space between cards, e.g. 6mm (default: butted)")
      ->group(group);
  cmd->add_option("--duplex", t.duplex,
                  "long-edge (default, book-like flip), short-edge (calendar-like flip, backs "
                  "turned 180° so that a cut card's back reads as with long-edge), "
                  "short-edge-calendar (calendar-like flip, backs upright) or off")
      ->group(group);
  cmd->add_option("--back-offset", t.back_offset,
                  "shift of the back pages X,Y in mm, e.g. 1.5,-0.5 (read it off `kitpress "
                  "calibrate`)")
      ->group(group);
  if (press_options) {
    cmd->add_option("--bleed", t.bleed, "press bleed around each card (default 3mm)")->group(group);
    cmd->add_flag("--crop-marks", t.crop_marks, "press: crop marks outside the bleed")
        ->group(group);
  }
}

PrintSettings resolve_print_options(const PrintOptionText& t, Diagnostics& diags) {
  PrintSettings s;
  auto at = [](const char* option) { return Location{option, 0, 0, {}}; };
  auto bad = [&](const char* option, const std::string& value, const std::string& why) {
    diags.error(at(option), std::string(option) + " \"" + value + "\" is not valid", why);
  };
  std::string why;
  if (!t.paper.empty()) s.paper = Text{t.paper, at("--paper")};
  if (!t.orientation.empty() && !(s.orientation = parse_orientation(t.orientation, &why)))
    bad("--orientation", t.orientation, why);
  if (!t.grid.empty() && !parse_grid(t.grid, &s.cols, &s.rows, &why)) bad("--grid", t.grid, why);
  if (!t.gutter.empty()) {
    if (auto l = parse_length(t.gutter, &why))
      s.gutter = *l;
    else
      bad("--gutter", t.gutter, why);
  }
  if (!t.duplex.empty() && !(s.duplex = parse_duplex(t.duplex, &why)))
    bad("--duplex", t.duplex, why);
  if (!t.back_offset.empty()) {
    Length x, y;
    if (parse_offset(t.back_offset, &x, &y, &why))
      s.back_dx = x, s.back_dy = y;
    else
      bad("--back-offset", t.back_offset, why);
  }
  if (!t.bleed.empty()) {
    if (auto l = parse_length(t.bleed, &why))
      s.bleed = *l;
    else
      bad("--bleed", t.bleed, why);
  }
  if (t.crop_marks) s.crop_marks = true;
  return s;
}

}  // namespace kp
