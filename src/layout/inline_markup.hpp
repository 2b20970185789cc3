// Inline **bold** and *italic* (the guide's and the cards' markup) to Pango markup.
#pragma once
#include <string>

namespace kp {

// Inline **bold** and *italic* to Pango markup, escaped, with the language's typography and
// (when `hyphenate`) soft hyphens at libhyphen's break points. Line breaks are kept.
std::string inline_markup(const std::string& marked, const std::string& language, bool hyphenate);

}  // namespace kp
