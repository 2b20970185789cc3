// Collecting and formatting diagnostics.
#include "core/diagnostics.hpp"

#include <algorithm>
#include <sstream>

#include "core/utf8.hpp"

namespace kp {

void Diagnostics::error(Location where, std::string message, std::string hint) {
  items_.push_back({Severity::Error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(Location where, std::string message, std::string hint) {
  items_.push_back({Severity::Warning, std::move(where), std::move(message), std::move(hint)});
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::Error;
  }));
}

size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_kind(const std::string& kind) const {
  return std::any_of(items_.begin(), items_.end(),
                     [&](const Diagnostic& d) { return d.kind == kind; });
}

void Diagnostics::append_new(const Diagnostics& other, const std::string& kind) {
  const bool known = has_kind(kind);
  for (const auto& d : other.items_)
    if (!known || d.kind != kind) items_.push_back(d);
}

std::string format_diagnostic(const Diagnostic& d, bool colour) {
  const char* bold = colour ? "\033[1m" : "";
  const char* red = colour ? "\033[1;31m" : "";
  const char* yellow = colour ? "\033[1;35m" : "";
  const char* green = colour ? "\033[1;32m" : "";
  const char* cyan = colour ? "\033[36m" : "";
  const char* reset = colour ? "\033[0m" : "";
  std::ostringstream out;
  out << bold << d.where.file;
  if (d.where.line > 0) out << ':' << d.where.line << ':' << std::max(1, d.where.column);
  out << ": " << reset;
  if (d.severity == Severity::Error) {
    out << red << "error: " << reset;
  } else {
    out << yellow << "warning: " << reset;
  }
  out << bold << d.message << reset << '\n';
  if (d.where.line > 0 && !d.where.excerpt.empty()) {
    std::string shown = utf8_expand_tabs(d.where.excerpt);
    out << "  " << d.where.line << " | " << shown << '\n';
    std::string gutter(std::to_string(d.where.line).size(), ' ');
    int col = std::max(1, d.where.column);
    out << "  " << gutter << " | "
        << std::string(static_cast<size_t>(utf8_display_width(d.where.excerpt, col)), ' ') << green
        << '^' << reset << '\n';
  }
  if (!d.hint.empty()) out << "  " << cyan << "hint: " << reset << d.hint << '\n';
  return out.str();
}

void print_diagnostics(std::ostream& out, const Diagnostics& diags, bool colour) {
  for (const auto& d : diags.items()) out << format_diagnostic(d, colour);
}

}  // namespace kp
