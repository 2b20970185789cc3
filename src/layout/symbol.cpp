// Deck symbol geometry.
#include "layout/symbol.hpp"

#include <cmath>

namespace kp {

Shape symbol_shape(Symbol s, Point c, double size, const Colour& fill) {
  const double r = size / 2;
  switch (s) {
    case Symbol::Circle:
      return ellipse_shape({c.x - r, c.y - r, size, size}, fill);
    case Symbol::Square:
      return rect_shape({c.x - r * 0.88, c.y - r * 0.88, size * 0.88, size * 0.88}, fill);
    case Symbol::Triangle: {
      double h = size * std::sqrt(3.0) / 2;
      return polygon_shape({{c.x, c.y - h / 2 - r * 0.08},
                            {c.x + r, c.y + h / 2 - r * 0.08},
                            {c.x - r, c.y + h / 2 - r * 0.08}},
                           fill);
    }
    case Symbol::Diamond:
      return polygon_shape({{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}}, fill);
    case Symbol::Hexagon: {
      std::vector<Point> pts;
      for (int i = 0; i < 6; ++i) {
        double a = M_PI / 3 * i;
        pts.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
      }
      return polygon_shape(pts, fill);
    }
  }
  return ellipse_shape({c.x - r, c.y - r, size, size}, fill);
}

}  // namespace kp
