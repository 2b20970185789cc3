// Images in press output: SVGs as CMYK paths, opaque PNGs as CMYK pixels; others refused early.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/page.hpp"

namespace kp {

// The image as shapes the press writer draws (CMYK paths), or false with *why when it cannot
// print in the press PDF as paths: a PNG, or an SVG svg_shapes() refuses.
bool press_image_shapes(const Image& image, std::vector<Item>* out, std::string* why);

// A PNG's pixels as 8-bit DeviceCMYK samples (4 bytes a pixel, rows top down, each RGB
// turned into CMYK as kit colours are), or false with *why for a PNG with transparent or
// translucent pixels (the press PDF has no transparency).
struct CmykPixels {
  int width = 0, height = 0;
  std::string samples;
};
bool press_png_pixels(const Image& image, CmykPixels* out, std::string* why);

// Whether the press PDF can print the image (an SVG as paths, an opaque PNG as CMYK pixels).
bool press_can_print(const Image& image, std::string* why);

// Reports a located error (at the kit key naming the file) for each image of the press
// document that cannot print there, once per file, before anything is written.
void check_press_images(const Document& doc, Diagnostics& diags);

// The message for an image the press PDF cannot draw.
std::string press_image_refusal(const Image& image, const std::string& why);

}  // namespace kp
