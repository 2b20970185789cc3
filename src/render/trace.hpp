// A text trace of pages (one line per item, positions in mm) for golden tests.
#pragma once
#include <string>

#include "layout/page.hpp"

namespace kp {

// One line per glyph run ("text x y size font 'text'"), shape and group, with absolute
// positions in millimetres to 0.01, so that a diff shows what moved.
std::string trace_page(const Page& page);
std::string trace_document(const Document& doc);

}  // namespace kp
