// Printing diagnostics on standard error, with colour on a terminal unless NO_COLOR is set.
#pragma once
#include "core/diagnostics.hpp"

namespace kp {

bool stderr_colour();
// Prints every diagnostic (warnings only unless quiet) and, with errors, a count line.
void report(const Diagnostics& d, bool quiet);
// Whether an error is about a command-line option's value (located at "--paper", ...): the
// command line is wrong (exit code 2), not the kit.
bool has_option_errors(const Diagnostics& d);
// kExitUsage when an option's value is wrong, else kExitKitError.
int error_exit_code(const Diagnostics& d);
// Prints the diagnostics alone (no warnings when quiet).
void print_items(const Diagnostics& d, bool quiet);

}  // namespace kp
