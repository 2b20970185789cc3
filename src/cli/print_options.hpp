// The command-line print options shared by `build`, `check` and `calibrate` (override kit.yaml).
#pragma once
#include <string>

#include "core/diagnostics.hpp"
#include "model/print_settings.hpp"

namespace CLI {
class App;
}

namespace kp {

// The options as typed; resolve() checks them with the parsers kit.yaml uses.
struct PrintOptionText {
  std::string paper, orientation, grid, gutter, duplex, back_offset, bleed;
  bool crop_marks = false;
};

void add_print_options(CLI::App* cmd, PrintOptionText& t, bool press_options);
// The settings given on the command line; errors go to diags, located at the option.
PrintSettings resolve_print_options(const PrintOptionText& t, Diagnostics& diags);

}  // namespace kp
