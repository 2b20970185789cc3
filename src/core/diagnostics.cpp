// Collecting and formatting diagnostics.
#include "core/diagnostics.hpp"

#include <algorithm>
#include <cstdio>
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

namespace {

bool is_control(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

std::string code_of(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// A message with its control characters shown as U+XXXX; line breaks (in hints) stay.
std::string printable(const std::string& text) {
  std::string out;
  for (char32_t c : utf8_decode(text))
    out += is_control(c) && c != '\n' ? code_of(c) : utf8_encode(c);
  return out;
}

}  // namespace

std::string echo_line(const std::string& line, int column, int* caret, size_t max_chars) {
  const std::u32string chars = utf8_decode(line);
  const size_t col = static_cast<size_t>(std::max(1, column) - 1);
  size_t begin = 0, end = chars.size();
  if (chars.size() > max_chars) {
    begin = std::min(col > max_chars / 2 ? col - max_chars / 2 : 0, chars.size() - max_chars);
    end = begin + max_chars;
  }
  std::string out = begin > 0 ? "\u2026" : "";
  int width = begin > 0 ? 1 : 0;
  *caret = -1;
  for (size_t i = begin; i < end; ++i) {
    if (i == col) *caret = width;
    const char32_t c = chars[i];
    std::string shown = c == '\t' ? "    " : is_control(c) ? code_of(c) : utf8_encode(c);
    width += c == '\t' ? 4 : is_control(c) ? static_cast<int>(shown.size()) : 1;
    out += shown;
  }
  if (*caret < 0) *caret = width;
  if (end < chars.size()) out += "\u2026";
  return out;
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
  out << bold << printable(d.message) << reset << '\n';
  if (d.where.line > 0 && !d.where.excerpt.empty()) {
    int caret = 0;
    const std::string shown = echo_line(d.where.excerpt, d.where.column, &caret);
    out << "  " << d.where.line << " | " << shown << '\n';
    std::string gutter(std::to_string(d.where.line).size(), ' ');
    out << "  " << gutter << " | " << std::string(static_cast<size_t>(caret), ' ') << green << '^'
        << reset << '\n';
  }
  if (!d.hint.empty()) out << "  " << cyan << "hint: " << reset << printable(d.hint) << '\n';
  return out.str();
}

void print_diagnostics(std::ostream& out, const Diagnostics& diags, bool colour) {
  for (const auto& d : diags.items()) out << format_diagnostic(d, colour);
}

}  // namespace kp
