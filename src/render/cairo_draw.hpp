// Drawing page items onto any cairo context (the shared core of the PDF, PNG and SVG outputs).
#pragma once
#include <cairo.h>

#include <vector>

#include "layout/page.hpp"

namespace kp {

// Draws items in order. Links are turned into PDF link tags when `tags` is true.
void draw_items(cairo_t* cr, const std::vector<Item>& items, bool tags);
void draw_glyph_run(cairo_t* cr, const GlyphRun& run);

}  // namespace kp
