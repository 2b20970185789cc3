// Drawing an image item (PNG through cairo, SVG through librsvg as vector paths) onto cairo.
#pragma once
#include <cairo.h>

#include "layout/page.hpp"

namespace kp {

// Draws the image to fill its box. An SVG becomes paths (no raster) on vector surfaces;
// a PNG is embedded once per document however often it is drawn. Throws std::runtime_error
// naming the file if it no longer decodes (it was checked when the kit was loaded).
void draw_image(cairo_t* cr, const Image& image);

}  // namespace kp
