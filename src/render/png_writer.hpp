// Writing one page as a PNG proof through cairo.
#pragma once
#include <string>

#include "layout/page.hpp"

namespace kp {

// Renders `page` at `dpi` on white and writes it atomically to `path`.
void write_png(const Page& page, double dpi, const std::string& path);
// The same PNG, in memory (for the studio page).
std::string png_bytes(const Page& page, double dpi);

}  // namespace kp
