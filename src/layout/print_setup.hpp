// Turning print settings (kit.yaml `print:` merged with the command line) into layout options.
#pragma once
#include <string>

#include "core/diagnostics.hpp"
#include "layout/imposition.hpp"
#include "model/print_settings.hpp"

namespace kp {

// The ICC profile used when the kit names none: the CMYK SWOP profile Ghostscript ships
// (Debian package libgs-common), if installed.
std::string default_cmyk_profile();

struct PressOptions {
  double bleed = Length::mm(3).points();
  bool crop_marks = false;
  double mark_length = Length::mm(5).points();
  double mark_width = 0.25;
  OutputIntent output;
};

// Office sheets: paper (preset or size, turned for the orientation), grid, gutter, duplex and
// back offset. Errors (unknown paper) go to diags.
SheetOptions sheet_options(const PrintSettings& s, Diagnostics& diags);
PressOptions press_options(const PrintSettings& s);

}  // namespace kp
