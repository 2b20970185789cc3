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

TEST_CASE("the echoed line is capped around the column, control characters shown as U+XXXX") {
  int caret = 0;
  const std::string long_line = std::string(5000, 'a') + "X" + std::string(5000, 'b');
  const std::string shown = echo_line(long_line, 5001, &caret);
  CHECK(shown.size() < 220 + 6);
  CHECK(shown.rfind("\u2026", 0) == 0);
  CHECK(shown.substr(shown.size() - 3) == "\u2026");
  CHECK(shown.substr(static_cast<size_t>(caret) + 2, 1) == "X");  // "…" is 3 bytes, 1 column
  CHECK(echo_line("a\x07"
                  "b",
                  3, &caret) == "aU+0007b");
  CHECK(caret == 7);
  CHECK(echo_line("\tx", 2, &caret) == "    x");
  CHECK(caret == 4);
  Diagnostic d{Severity::Error, Location{"k.yaml", 1, 2, "a\x01"}, "bad \x01 here", "fix\nit"};
  const std::string text = format_diagnostic(d, false);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find("bad U+0001 here") != std::string::npos);
  CHECK(text.find("fix\nit") != std::string::npos);
}
