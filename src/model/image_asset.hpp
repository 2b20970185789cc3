// Image files of a kit (PNG or SVG): confined to the kit folder, checked and size-capped on load.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "core/diagnostics.hpp"
#include "model/yaml_reader.hpp"

namespace kp {

struct ImageAsset {
  enum class Format { Png, Svg };
  Format format = Format::Png;
  std::string name;              // as written in the kit, relative to the kit folder
  std::string bytes;             // the file's content, decoded again by each renderer
  double width = 0, height = 0;  // intrinsic size: pixels (PNG) or SVG user units
  Location where;                // the kit key that named the file
};
using ImageRef = std::shared_ptr<const ImageAsset>;

struct ImageLimits {
  size_t max_bytes = 4u << 20;   // per file
  int max_side = 8000;           // PNG pixels per side
  double max_pixels = 24e6;      // PNG width × height
  double max_svg_side = 100000;  // SVG user units per side
};

// Reads the image file `relative` (a kit value, located) from `kit_dir`: it must stay inside
// the kit folder, exist, be a PNG or an SVG that decodes, and stay within `limits`. An SVG may
// not hold text (it would be drawn with whatever fonts the machine has) nor refer to other
// files. On any problem, reports a located error naming the file and returns nullptr.
ImageRef read_image_asset(const std::string& kit_dir, const Text& relative, Diagnostics& diags,
                          const ImageLimits& limits = {});

// The format of `bytes` from their first bytes (PNG signature, else an XML/SVG start), or
// false when they are neither.
bool sniff_image_format(const std::string& bytes, ImageAsset::Format* format);

}  // namespace kp
