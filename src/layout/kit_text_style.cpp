// The text style every page of a kit starts from: the theme's fonts in the kit's language.
#include "layout/kit_text_style.hpp"

namespace kp {

TextStyle kit_text_style(const Kit& kit, double size, bool bold, const Colour& colour) {
  TextStyle t;
  t.family = kit.theme.font;
  t.size = size;
  t.bold = bold;
  t.colour = colour;
  t.language = kit.language;
  return t;
}

}  // namespace kp
