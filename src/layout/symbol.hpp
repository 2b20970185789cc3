// Deck symbols (circle, square, triangle, diamond, hexagon) drawn as shapes.
#pragma once
#include "layout/page.hpp"
#include "model/kit.hpp"

namespace kp {

// The symbol centred at `c`, fitting a square of side `size`.
Shape symbol_shape(Symbol s, Point c, double size, const Colour& fill);

}  // namespace kp
