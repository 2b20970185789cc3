// Images in press output: the libharu writer does not draw them yet, so they are refused early.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/page.hpp"

namespace kp {

// Reports a located error (at the kit key naming the file) for each image the press document
// holds, once per file: a press PDF without its images would be wrong, not merely plainer.
void check_press_images(const Document& doc, Diagnostics& diags);

// The message for an image the press writer meets (when no check ran before it).
std::string press_image_refusal(const Image& image);

}  // namespace kp
