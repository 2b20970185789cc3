// Diagnostics on standard error.
#include "cli/report.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/app.hpp"

namespace kp {

bool stderr_colour() {
  const char* no = std::getenv("NO_COLOR");
  return isatty(2) && !(no && *no);
}

bool has_option_errors(const Diagnostics& d) {
  for (const auto& item : d.items())
    if (item.severity == Severity::Error && item.where.file.rfind("--", 0) == 0) return true;
  return false;
}

int error_exit_code(const Diagnostics& d) {
  return has_option_errors(d) ? kExitUsage : kExitKitError;
}

void print_items(const Diagnostics& d, bool quiet) {
  bool colour = stderr_colour();
  for (const auto& item : d.items()) {
    if (quiet && item.severity == Severity::Warning) continue;
    std::cerr << format_diagnostic(item, colour);
  }
}

void report(const Diagnostics& d, bool quiet) {
  print_items(d, quiet);
  if (d.error_count() > 0) {
    std::cerr << d.error_count() << (d.error_count() == 1 ? " error" : " errors");
    if (d.warning_count() > 0)
      std::cerr << ", " << d.warning_count() << (d.warning_count() == 1 ? " warning" : " warnings");
    std::cerr << "; nothing was written\n";
  }
}

}  // namespace kp
