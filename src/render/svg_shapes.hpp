// An SVG image as page-model shapes, for the press PDF: librsvg draws it, cairo records the
// drawing as a script, and the script's paths become Shapes with CMYK colours.
#pragma once
#include <string>
#include <vector>

#include "layout/page.hpp"

namespace kp {

// The SVG `image` as items in its box's coordinates: filled and stroked paths in solid
// colours (CMYK derived from RGB as for kit colours), inside groups for rectangular clips.
// Returns false and sets *why for what shapes cannot show: gradients, patterns, transparency,
// masks, filters, embedded raster images, clips that are not rectangles.
bool svg_shapes(const Image& image, std::vector<Item>* out, std::string* why);

}  // namespace kp
