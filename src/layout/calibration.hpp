// The duplex calibration sheet: millimetre scales on the front, pointer lines on the back.
#pragma once
#include <string>

#include "layout/imposition.hpp"
#include "layout/page.hpp"
#include "text/font_context.hpp"

namespace kp {

struct CalibrationWords {
  std::string front, back, help;  // Kit::word("fronts"), ("backs"), ("calibrate-help")
};

// One sheet (front and back) for the paper, orientation and duplex mode of `o`, with its
// current back offset applied to the back. Labels under the scales read the correction
// directly for that duplex mode: pass it as --back-offset X,Y (added to the one in use).
Document compose_calibration(const SheetOptions& o, const FontContext& fonts,
                             const std::string& family, const CalibrationWords& words);

}  // namespace kp
