// Points, rectangles and affine transforms in PDF points (y grows downward, as in cairo).
#pragma once

namespace kp {

struct Point {
  double x = 0, y = 0;
};

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  Rect inset(double d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
  Rect outset(double d) const { return inset(-d); }
  bool contains(const Rect& o, double eps = 1e-6) const {
    return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps &&
           o.bottom() <= bottom() + eps;
  }
};

// x' = a*x + c*y + e ; y' = b*x + d*y + f (cairo_matrix_t order).
struct Transform {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  static Transform translate(double x, double y) { return {1, 0, 0, 1, x, y}; }
  static Transform scale(double sx, double sy) { return {sx, 0, 0, sy, 0, 0}; }
  // this applied after `inner`.
  Transform operator*(const Transform& in) const {
    return {a * in.a + c * in.b, b * in.a + d * in.b,     a * in.c + c * in.d,
            b * in.c + d * in.d, a * in.e + c * in.f + e, b * in.e + d * in.f + f};
  }
  Point apply(Point p) const { return {a * p.x + c * p.y + e, b * p.x + d * p.y + f}; }
  bool is_identity() const { return a == 1 && b == 0 && c == 0 && d == 1 && e == 0 && f == 0; }
};

// One step of a path: Move and Line use p[0]; Curve is a cubic Bézier (p[0], p[1] control
// points, p[2] the end).
struct PathOp {
  enum class Kind { Move, Line, Curve, Close };
  Kind kind = Kind::Move;
  Point p[3];
};

}  // namespace kp
