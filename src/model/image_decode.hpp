// Decoding image bytes with cairo (PNG) and librsvg (SVG), shared by the checks and renderers.
#pragma once
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <string>

namespace kp {

// A new cairo image surface of the PNG `bytes`; check cairo_surface_status(), then destroy it.
cairo_surface_t* decode_png(const std::string& bytes);

// A new librsvg handle of the SVG `bytes` at 72 dpi (absolute units become points), with no
// base file (so it loads no other file); nullptr with `why` set on error. Unref it.
RsvgHandle* open_svg(const std::string& bytes, std::string* why);

}  // namespace kp
