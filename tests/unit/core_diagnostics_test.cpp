// Unit tests for core/diagnostics: collection and compiler-style formatting.
#include "core/diagnostics.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("a diagnostic prints file:line:col, the line and a caret under the column") {
  Diagnostic d{Severity::Error, {"kit.yaml", 3, 8, "title: Atelier : x"}, "bad value", "quote it"};
  std::string s = format_diagnostic(d, false);
  CHECK(s.find("kit.yaml:3:8: error: bad value\n") == 0);
  CHECK(s.find("  3 | title: Atelier : x\n") != std::string::npos);
  CHECK(s.find("    |        ^\n") != std::string::npos);
  CHECK(s.find("  hint: quote it") != std::string::npos);
}

TEST_CASE("whole-file diagnostics have no line") {
  Diagnostic d{Severity::Warning, {"kit.yaml", 0, 0, {}}, "empty", ""};
  CHECK(format_diagnostic(d, false) == "kit.yaml: warning: empty\n");
}

TEST_CASE("errors and warnings are counted") {
  Diagnostics ds;
  ds.warning({"a", 1, 1, {}}, "w");
  CHECK_FALSE(ds.has_errors());
  ds.error({"a", 2, 1, {}}, "e");
  CHECK(ds.has_errors());
  CHECK(ds.error_count() == 1);
  CHECK(ds.warning_count() == 1);
}
