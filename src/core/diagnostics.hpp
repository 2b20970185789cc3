// Diagnostics as data: severity, file:line:column, message and hint; collected, then printed.
#pragma once
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kp {

struct Location {
  std::string file;     // path as the user gave it
  int line = 0;         // 1-based; 0 = the whole file
  int column = 0;       // 1-based, in characters
  std::string excerpt;  // the source line, for the caret display (may be empty)
};

enum class Severity { Warning, Error };

// A text that does not fit its box, as data for the fit report (`check --lang all`).
struct Overflow {
  std::string subject;  // e.g. card "leviers/confiance"
  std::string field;    // e.g. "body"
  double points = 0;    // height beyond the box at the minimum size
  bool word_too_wide = false;
};

// Diagnostic::kind of a character that no font draws.
inline constexpr const char* kMissingGlyph = "missing-glyph";

struct Diagnostic {
  Severity severity = Severity::Error;
  Location where;
  std::string message;
  std::string hint;                                 // how to fix it (may be empty)
  std::optional<Overflow> overflow = std::nullopt;  // set for texts that do not fit
  // What kind of problem it is, for problems a later stage may find again ("missing-glyph"):
  // an earlier report of the same kind makes them follow-ups, left out. Empty for most.
  std::string kind = {};
};

// Thrown when a problem stops the current step; the caller adds it to a Diagnostics list.
class KitError : public std::runtime_error {
 public:
  explicit KitError(Diagnostic d) : std::runtime_error(d.message), diag_(std::move(d)) {}
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

class Diagnostics {
 public:
  void error(Location where, std::string message, std::string hint = {});
  void warning(Location where, std::string message, std::string hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  void append(const Diagnostics& other);
  // Appends the problems of `other` except those of `kind` when this list has one already:
  // they are the same problem found again by a later stage.
  void append_new(const Diagnostics& other, const std::string& kind);
  bool has_kind(const std::string& kind) const;

 private:
  std::vector<Diagnostic> items_;
};

// The source line as echoed under a diagnostic: at most about `max_chars` characters around
// the 1-based `column` ("…" where cut), tabs as four spaces, control characters as "U+XXXX"
// (never raw). `caret` gets the display column of `column` in it (0-based).
std::string echo_line(const std::string& line, int column, int* caret, size_t max_chars = 200);

// Formats one diagnostic like a compiler: "file:line:col: error: message", the source line
// with a caret under the column, then "  hint: ...". `colour` adds ANSI colours.
std::string format_diagnostic(const Diagnostic& d, bool colour);
void print_diagnostics(std::ostream& out, const Diagnostics& diags, bool colour);

}  // namespace kp
