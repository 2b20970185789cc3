// Glyph outlines from FreeType, for a writer that draws text as filled paths (the press PDF).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace kp {

// One step of an outline in em units (1 = the font size), y pointing down as on the page.
using OutlineOp = PathOp;

// The unhinted outline of glyph `id` of a font file's face: TrueType (quadratic curves turned
// into cubic ones) and CFF alike, contours closed. Empty for a blank glyph (a space). Cached
// per font face and glyph, thread-safe. Throws std::runtime_error naming the file when the face
// cannot be read, has no outlines, or lacks the glyph.
const std::vector<OutlineOp>& glyph_outline(const std::string& file, int face_index, uint32_t id);

}  // namespace kp
