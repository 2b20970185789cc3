// Writing a Document as a press PDF through libharu: DeviceCMYK only, page boxes, OutputIntent.
#pragma once
#include <string>

#include "layout/page.hpp"

namespace kp {

// Writes atomically to `path`: every colour as DeviceCMYK (registration marks on all four
// plates), text glyph by glyph at the layout's positions with embedded fonts (or, for text
// libharu cannot show: shaped scripts, CFF fonts, glyphs no character reaches, as the
// glyphs' filled outlines), BleedBox and
// TrimBox from the pages, an OutputIntent (/GTS_PDFX) for doc.output_intent, Info with
// Title, dates and Trapped, and a trailer /ID derived from the content (deterministic).
// Throws std::runtime_error naming the file on any libharu error or a glyph without outline.
void write_press_pdf(const Document& doc, const std::string& path);

}  // namespace kp
