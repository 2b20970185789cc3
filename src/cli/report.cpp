// Diagnostics on standard error.
#include "cli/report.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace kp {

bool stderr_colour() {
  const char* no = std::getenv("NO_COLOR");
  return isatty(2) && !(no && *no);
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
