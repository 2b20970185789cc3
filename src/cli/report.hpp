// Printing diagnostics on standard error, with colour on a terminal unless NO_COLOR is set.
#pragma once
#include "core/diagnostics.hpp"

namespace kp {

bool stderr_colour();
// Prints every diagnostic (warnings only unless quiet) and, with errors, a count line.
void report(const Diagnostics& d, bool quiet);
// Prints the diagnostics alone (no warnings when quiet).
void print_items(const Diagnostics& d, bool quiet);

}  // namespace kp
