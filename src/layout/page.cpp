// Shape builders for the page model.
#include "layout/page.hpp"

#include <algorithm>

#include "model/image_asset.hpp"

namespace kp {

namespace {
PathOp op(PathOp::Kind k, Point a = {}, Point b = {}, Point c = {}) {
  PathOp o;
  o.kind = k;
  o.p[0] = a, o.p[1] = b, o.p[2] = c;
  return o;
}
Shape make(std::vector<PathOp> path, std::optional<Colour> fill, std::optional<Colour> stroke,
           double w) {
  Shape s;
  s.path = std::move(path);
  s.fill = fill;
  s.stroke = stroke;
  s.line_width = w;
  return s;
}
}  // namespace

Shape rect_shape(const Rect& r, std::optional<Colour> fill, std::optional<Colour> stroke,
                 double w) {
  return polygon_shape({{r.x, r.y}, {r.right(), r.y}, {r.right(), r.bottom()}, {r.x, r.bottom()}},
                       fill, stroke, w);
}

Shape line_shape(Point a, Point b, const Colour& colour, double w) {
  return make({op(PathOp::Kind::Move, a), op(PathOp::Kind::Line, b)}, std::nullopt, colour, w);
}

Shape polygon_shape(const std::vector<Point>& pts, std::optional<Colour> fill,
                    std::optional<Colour> stroke, double w) {
  std::vector<PathOp> path;
  for (size_t i = 0; i < pts.size(); ++i)
    path.push_back(op(i == 0 ? PathOp::Kind::Move : PathOp::Kind::Line, pts[i]));
  path.push_back(op(PathOp::Kind::Close));
  return make(std::move(path), fill, stroke, w);
}

Shape rounded_rect_shape(const Rect& r, double rad, std::optional<Colour> fill,
                         std::optional<Colour> stroke, double w) {
  if (rad <= 0) return rect_shape(r, fill, stroke, w);
  const double k = 0.5522847498 * rad;
  double x0 = r.x, y0 = r.y, x1 = r.right(), y1 = r.bottom();
  std::vector<PathOp> p = {
      op(PathOp::Kind::Move, {x0 + rad, y0}),
      op(PathOp::Kind::Line, {x1 - rad, y0}),
      op(PathOp::Kind::Curve, {x1 - rad + k, y0}, {x1, y0 + rad - k}, {x1, y0 + rad}),
      op(PathOp::Kind::Line, {x1, y1 - rad}),
      op(PathOp::Kind::Curve, {x1, y1 - rad + k}, {x1 - rad + k, y1}, {x1 - rad, y1}),
      op(PathOp::Kind::Line, {x0 + rad, y1}),
      op(PathOp::Kind::Curve, {x0 + rad - k, y1}, {x0, y1 - rad + k}, {x0, y1 - rad}),
      op(PathOp::Kind::Line, {x0, y0 + rad}),
      op(PathOp::Kind::Curve, {x0, y0 + rad - k}, {x0 + rad - k, y0}, {x0 + rad, y0}),
      op(PathOp::Kind::Close)};
  return make(std::move(p), fill, stroke, w);
}

Shape ellipse_shape(const Rect& r, std::optional<Colour> fill, std::optional<Colour> stroke,
                    double w) {
  const double k = 0.5522847498;
  double cx = r.x + r.w / 2, cy = r.y + r.h / 2, rx = r.w / 2, ry = r.h / 2;
  std::vector<PathOp> p = {
      op(PathOp::Kind::Move, {cx + rx, cy}),
      op(PathOp::Kind::Curve, {cx + rx, cy + k * ry}, {cx + k * rx, cy + ry}, {cx, cy + ry}),
      op(PathOp::Kind::Curve, {cx - k * rx, cy + ry}, {cx - rx, cy + k * ry}, {cx - rx, cy}),
      op(PathOp::Kind::Curve, {cx - rx, cy - k * ry}, {cx - k * rx, cy - ry}, {cx, cy - ry}),
      op(PathOp::Kind::Curve, {cx + k * rx, cy - ry}, {cx + rx, cy - k * ry}, {cx + rx, cy}),
      op(PathOp::Kind::Close)};
  return make(std::move(p), fill, stroke, w);
}

Image fit_image(std::shared_ptr<const ImageAsset> asset, const Rect& area) {
  Image im;
  const double scale = std::min(area.w / asset->width, area.h / asset->height);
  const double w = asset->width * scale, h = asset->height * scale;
  im.box = {area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h};
  im.asset = std::move(asset);
  return im;
}

}  // namespace kp
