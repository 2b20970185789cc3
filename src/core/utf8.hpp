// UTF-8 helpers: validation, decoding, and byte offsets turned into character columns.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace kp {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos if the text is valid.
size_t utf8_first_invalid(const std::string& text);

// Decodes valid UTF-8 into code points (invalid bytes become U+FFFD).
std::u32string utf8_decode(const std::string& text);
std::string utf8_encode(char32_t cp);
std::string utf8_encode(const std::u32string& text);

// Number of code points in text[0, byte_end).
int utf8_count(const std::string& text, size_t byte_end);

// Line (1-based), column (1-based, characters) and the line's text for a byte offset.
struct LineColumn {
  int line = 1;
  int column = 1;
  std::string line_text;
};
LineColumn line_column_at(const std::string& text, size_t byte_offset);
// The text of a 1-based line.
std::string line_text(const std::string& text, int line);

// The first `max_chars` characters of valid UTF-8 text, with "…" when it was longer.
std::string utf8_prefix(const std::string& text, size_t max_chars);

// Tabs become four spaces, so that a caret under a column lines up.
std::string utf8_expand_tabs(const std::string& line);
// Display columns before the 1-based character column `col` (tabs count 4).
int utf8_display_width(const std::string& line, int col);

}  // namespace kp
