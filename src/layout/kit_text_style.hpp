// The text style every page of a kit starts from: the theme's fonts in the kit's language.
#pragma once
#include "model/kit.hpp"
#include "text/text_layout.hpp"

namespace kp {

// The theme font (the language's own families in front), the kit's language for shaping and
// hyphenation, and the size, weight and colour given; the rest as TextStyle's defaults.
TextStyle kit_text_style(const Kit& kit, double size, bool bold, const Colour& colour);

}  // namespace kp
