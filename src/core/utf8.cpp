// UTF-8 validation, decoding and position conversion.
#include "core/utf8.hpp"

namespace kp {
namespace {

// Length of the sequence starting at s[i] if valid, else 0.
size_t valid_sequence(const std::string& s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  char32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0)
    n = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    n = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    n = 4, cp = c & 0x07, min = 0x10000;
  else
    return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

size_t utf8_first_invalid(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    size_t n = valid_sequence(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string::npos;
}

std::u32string utf8_decode(const std::string& text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = valid_sequence(text, i);
    if (n == 0) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string utf8_encode(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::string utf8_encode(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) out += utf8_encode(c);
  return out;
}

int utf8_count(const std::string& text, size_t byte_end) {
  int n = 0;
  for (size_t i = 0; i < byte_end && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

LineColumn line_column_at(const std::string& text, size_t byte_offset) {
  LineColumn lc;
  if (byte_offset > text.size()) byte_offset = text.size();
  size_t line_start = 0;
  for (size_t i = 0; i < byte_offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  std::string prefix = text.substr(line_start, byte_offset - line_start);
  lc.column = utf8_count(prefix, prefix.size()) + 1;
  size_t end = text.find('\n', line_start);
  lc.line_text =
      text.substr(line_start, end == std::string::npos ? std::string::npos : end - line_start);
  if (!lc.line_text.empty() && lc.line_text.back() == '\r') lc.line_text.pop_back();
  return lc;
}

std::string line_text(const std::string& text, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    start = text.find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

std::string utf8_prefix(const std::string& text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return text.substr(0, i) + "\u2026";
  }
  return text;
}

std::string utf8_expand_tabs(const std::string& line) {
  std::string out;
  for (char c : line) {
    if (c == '\t')
      out += "    ";
    else
      out += c;
  }
  return out;
}

int utf8_display_width(const std::string& line, int col) {
  int width = 0, chars = 0;
  for (size_t i = 0; i < line.size() && chars < col - 1; ++i) {
    auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++chars;
    width += c == '\t' ? 4 : 1;
  }
  return width + (col - 1 - chars > 0 ? col - 1 - chars : 0);
}

}  // namespace kp
