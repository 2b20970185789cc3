// Images in press output: SVGs in solid colours print as CMYK paths; others are refused early.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/page.hpp"

namespace kp {

// The image as shapes the press writer draws (CMYK paths), or false with *why when it cannot
// print in the press PDF: a PNG (pixels in RGB), or an SVG svg_shapes() refuses.
bool press_image_shapes(const Image& image, std::vector<Item>* out, std::string* why);

// Reports a located error (at the kit key naming the file) for each image of the press
// document that cannot print there, once per file, before anything is written.
void check_press_images(const Document& doc, Diagnostics& diags);

// The message for an image the press PDF cannot draw.
std::string press_image_refusal(const Image& image, const std::string& why);

}  // namespace kp
