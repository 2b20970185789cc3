// Turning an SVG into shapes: rsvg renders into a cairo script surface; the script is read back.
#include "render/svg_shapes.hpp"

#include <cairo-script.h>

#include <cmath>
#include <cstdlib>
#include <optional>

#include "model/image_asset.hpp"
#include "model/image_decode.hpp"

namespace kp {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The cairo script of the SVG drawn into `box`.
bool record_script(const Image& im, std::string* script, std::string* why) {
  RsvgHandle* h = open_svg(im.asset->bytes, why);
  if (!h) return false;
  cairo_device_t* dev = cairo_script_create_for_stream(append, script);
  cairo_surface_t* s = cairo_script_surface_create(dev, CAIRO_CONTENT_COLOR_ALPHA,
                                                   im.box.right() + 1, im.box.bottom() + 1);
  cairo_t* cr = cairo_create(s);
  const RsvgRectangle viewport{im.box.x, im.box.y, im.box.w, im.box.h};
  GError* err = nullptr;
  const bool ok = rsvg_handle_render_document(h, cr, &viewport, &err);
  if (!ok) {
    *why = err ? err->message : "unknown error";
    if (err) g_error_free(err);
  }
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  cairo_device_finish(dev);
  cairo_device_destroy(dev);
  g_object_unref(h);
  return ok;
}

// One value on the script's operand stack.
struct Value {
  enum class Kind { Number, Array, Name, Colour, Other } kind = Kind::Other;
  double number = 0;
  std::vector<double> array;
  std::string name;
  double rgba[4] = {0, 0, 0, 1};
};

struct State {
  Transform ctm;  // only the stroke pen depends on it: paths are recorded in device space
  std::optional<Colour> source;
  double line_width = 2, miter_limit = 10;
  LineCap cap = LineCap::Butt;
  LineJoin join = LineJoin::Miter;
  bool even_odd = false;
  std::vector<double> dash;
  std::optional<Rect> clip;
};

class Reader {
 public:
  Reader(const std::string& script, std::vector<Item>* out) : s_(script), out_(out) {}

  bool run(std::string* why) {
    std::string tok;
    while (next(tok)) {
      if (!op(tok)) {
        *why = why_;
        return false;
      }
    }
    return true;
  }

 private:
  const std::string& s_;
  size_t i_ = 0;
  std::vector<Item>* out_;
  std::vector<Value> stack_;
  std::vector<State> saved_;
  State st_;
  std::vector<PathOp> path_;
  Point current_{};
  std::string why_;

  bool next(std::string& tok) {
    tok.clear();
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '%') {  // a comment, to the line end
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (std::isspace(static_cast<unsigned char>(c))) {
        ++i_;
      } else {
        break;
      }
    }
    if (i_ >= s_.size()) return false;
    if (s_[i_] == '[' || s_[i_] == ']') {
      tok = s_.substr(i_++, 1);
      return true;
    }
    if (s_[i_] == '(' || s_[i_] == '<' || s_[i_] == '{') {  // strings, data, procedures
      if (s_.compare(i_, 2, "<<") == 0 || s_.compare(i_, 2, ">>") == 0) {
        tok = s_.substr(i_, 2);
        i_ += 2;
        return true;
      }
      tok = s_.substr(i_, 1);
      ++i_;
      return true;
    }
    while (i_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i_])) && s_[i_] != '[' &&
           s_[i_] != ']')
      tok += s_[i_++];
    return true;
  }

  bool refuse(const std::string& what) {
    why_ = "it uses " + what + ", which the press PDF cannot print as solid CMYK paths";
    return false;
  }

  bool pop_number(double* v) {
    if (stack_.empty() || stack_.back().kind != Value::Kind::Number) {
      why_ = "its drawing could not be read back (a number expected)";
      return false;
    }
    *v = stack_.back().number;
    stack_.pop_back();
    return true;
  }
  bool pop_numbers(int n, double* v) {
    for (int k = n - 1; k >= 0; --k)
      if (!pop_number(&v[k])) return false;
    return true;
  }
  bool pop_kind(Value::Kind kind, Value* v) {
    if (stack_.empty() || stack_.back().kind != kind) {
      why_ = "its drawing could not be read back";
      return false;
    }
    *v = stack_.back();
    stack_.pop_back();
    return true;
  }

  void push_colour(double r, double g, double b, double a) {
    Value v;
    v.kind = Value::Kind::Colour;
    v.rgba[0] = r, v.rgba[1] = g, v.rgba[2] = b, v.rgba[3] = a;
    stack_.push_back(v);
  }

  void path_op(PathOp::Kind kind, std::initializer_list<Point> pts) {
    PathOp o;
    o.kind = kind;
    int k = 0;
    for (Point p : pts) o.p[k++] = p;
    path_.push_back(o);
    if (kind != PathOp::Kind::Close) current_ = o.p[k - 1];
  }

  // The rectangle the current path outlines, if it is one (axis-aligned).
  std::optional<Rect> path_rect() const {
    std::vector<Point> pts;
    for (const auto& o : path_) {
      if (o.kind == PathOp::Kind::Curve) return std::nullopt;
      if (o.kind != PathOp::Kind::Close) pts.push_back(o.p[0]);
    }
    if (pts.size() < 4) return std::nullopt;
    double x0 = pts[0].x, x1 = x0, y0 = pts[0].y, y1 = y0;
    for (Point p : pts)
      x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y),
      y1 = std::max(y1, p.y);
    for (Point p : pts)
      if ((p.x != x0 && p.x != x1) || (p.y != y0 && p.y != y1)) return std::nullopt;
    return Rect{x0, y0, x1 - x0, y1 - y0};
  }

  // Where the next shape goes: the page items, or the group of the current clip.
  std::vector<Item>& target() {
    if (!st_.clip) return *out_;
    const Group* last = out_->empty() ? nullptr : std::get_if<Group>(&out_->back().v);
    const Rect& c = *st_.clip;
    if (!last || last->clip->x != c.x || last->clip->y != c.y || last->clip->w != c.w ||
        last->clip->h != c.h) {
      Group g;
      g.clip = st_.clip;
      g.tag = "svg clip";
      out_->emplace_back(std::move(g));
    }
    return std::get<Group>(out_->back().v).items;
  }

  bool paint_path(bool stroke, bool preserve) {
    if (!st_.source) return refuse("a pattern, gradient or image fill");
    Shape sh;
    sh.path = path_;
    sh.even_odd = st_.even_odd;
    if (stroke) {
      const double scale = std::sqrt(std::fabs(st_.ctm.a * st_.ctm.d - st_.ctm.b * st_.ctm.c));
      sh.stroke = st_.source;
      sh.line_width = st_.line_width * scale;
      for (double d : st_.dash) sh.dash.push_back(d * scale);
      sh.cap = st_.cap;
      sh.join = st_.join;
      sh.miter_limit = st_.miter_limit;
      sh.even_odd = false;
    } else {
      sh.fill = st_.source;
    }
    if (!sh.path.empty()) target().emplace_back(std::move(sh));
    if (!preserve) path_.clear();
    return true;
  }

  bool set_matrix(bool multiply) {
    Value m;
    if (!pop_kind(Value::Kind::Array, &m) || m.array.size() != 6) {
      why_ = "its drawing could not be read back (a matrix expected)";
      return false;
    }
    Transform t{m.array[0], m.array[1], m.array[2], m.array[3], m.array[4], m.array[5]};
    st_.ctm = multiply ? st_.ctm * t : t;
    return true;
  }

  bool op(const std::string& t) {
    const char c0 = t[0];
    if (std::isdigit(static_cast<unsigned char>(c0)) || c0 == '-' || c0 == '.' || c0 == '+') {
      Value v;
      v.kind = Value::Kind::Number;
      v.number = std::strtod(t.c_str(), nullptr);
      stack_.push_back(v);
      return true;
    }
    if (t == "[") {
      Value v;
      v.kind = Value::Kind::Other;
      v.name = "[";
      stack_.push_back(v);
      return true;
    }
    if (t == "]") {
      Value arr;
      arr.kind = Value::Kind::Array;
      while (!stack_.empty() &&
             !(stack_.back().kind == Value::Kind::Other && stack_.back().name == "[")) {
        if (stack_.back().kind != Value::Kind::Number) return refuse("a non-numeric array");
        arr.array.insert(arr.array.begin(), stack_.back().number);
        stack_.pop_back();
      }
      if (stack_.empty()) return refuse("an unbalanced array");
      stack_.back() = arr;
      return true;
    }
    if (c0 == '/') {
      Value v;
      v.kind = Value::Kind::Name;
      v.name = t.substr(t.compare(0, 2, "//") == 0 ? 2 : 1);
      stack_.push_back(v);
      return true;
    }
    if (t == "<<") {  // the surface's description: skipped whole
      std::string tok;
      while (next(tok) && tok != ">>") {
      }
      stack_.push_back(Value{});
      return true;
    }
    if (t == "surface" || t == "context") return true;  // the drawing's own surface
    if (t == "(" || t == "<" || t == "{") return refuse("text or embedded data");
    double v[6];
    if (t == "n") {
      path_.clear();
      return true;
    }
    if (t == "m" || t == "l") {
      if (!pop_numbers(2, v)) return false;
      path_op(t == "m" ? PathOp::Kind::Move : PathOp::Kind::Line, {{v[0], v[1]}});
      return true;
    }
    if (t == "c") {
      if (!pop_numbers(6, v)) return false;
      path_op(PathOp::Kind::Curve, {{v[0], v[1]}, {v[2], v[3]}, {v[4], v[5]}});
      return true;
    }
    if (t == "h") {
      path_op(PathOp::Kind::Close, {});
      return true;
    }
    if (t == "rectangle") {
      if (!pop_numbers(4, v)) return false;
      path_op(PathOp::Kind::Move, {{v[0], v[1]}});
      path_op(PathOp::Kind::Line, {{v[0] + v[2], v[1]}});
      path_op(PathOp::Kind::Line, {{v[0] + v[2], v[1] + v[3]}});
      path_op(PathOp::Kind::Line, {{v[0], v[1] + v[3]}});
      path_op(PathOp::Kind::Close, {});
      return true;
    }
    if (t == "fill" || t == "fill+") return paint_path(false, t == "fill+");
    if (t == "stroke" || t == "stroke+") return paint_path(true, t == "stroke+");
    if (t == "rgb" || t == "rgba") {
      if (!pop_numbers(t == "rgb" ? 3 : 4, v)) return false;
      push_colour(v[0], v[1], v[2], t == "rgb" ? 1 : v[3]);
      return true;
    }
    if (t == "g" || t == "a") {  // grey, or black with an alpha
      if (!pop_numbers(1, v)) return false;
      if (t == "g")
        push_colour(v[0], v[0], v[0], 1);
      else
        push_colour(0, 0, 0, v[0]);
      return true;
    }
    if (t == "set-source") {
      if (stack_.empty() || stack_.back().kind != Value::Kind::Colour)
        return refuse("a gradient, a pattern or an image");
      const Value col = stack_.back();
      stack_.pop_back();
      if (col.rgba[3] < 1) return refuse("transparency (opacity below 1)");
      st_.source = Colour::from_rgb(col.rgba[0], col.rgba[1], col.rgba[2]);
      return true;
    }
    if (t == "scale" || t == "translate") {
      if (!pop_numbers(2, v)) return false;
      st_.ctm = st_.ctm *
                (t == "scale" ? Transform::scale(v[0], v[1]) : Transform::translate(v[0], v[1]));
      return true;
    }
    if (t == "identity") {
      Value m;
      m.kind = Value::Kind::Array;
      m.array = {1, 0, 0, 1, 0, 0};
      stack_.push_back(m);
      return true;
    }
    if (t == "set-matrix" || t == "transform") return set_matrix(t == "transform");
    if (t == "set-line-width" || t == "set-miter-limit" || t == "set-tolerance") {
      if (!pop_numbers(1, v)) return false;
      if (t == "set-line-width") st_.line_width = v[0];
      if (t == "set-miter-limit") st_.miter_limit = v[0];
      return true;
    }
    if (t == "set-line-cap" || t == "set-line-join" || t == "set-fill-rule" ||
        t == "set-antialias" || t == "set-operator") {
      Value n;
      if (!pop_kind(Value::Kind::Name, &n)) return false;
      if (t == "set-line-cap")
        st_.cap = n.name == "LINE_CAP_ROUND"    ? LineCap::Round
                  : n.name == "LINE_CAP_SQUARE" ? LineCap::Square
                                                : LineCap::Butt;
      if (t == "set-line-join")
        st_.join = n.name == "LINE_JOIN_ROUND"   ? LineJoin::Round
                   : n.name == "LINE_JOIN_BEVEL" ? LineJoin::Bevel
                                                 : LineJoin::Miter;
      if (t == "set-fill-rule") st_.even_odd = n.name == "EVEN_ODD";
      if (t == "set-operator" && n.name != "OVER") return refuse("a blend mode");
      return true;
    }
    if (t == "set-dash") {
      Value d;
      if (!pop_numbers(1, v) || !pop_kind(Value::Kind::Array, &d)) return false;
      if (v[0] != 0) return refuse("a dash offset");
      st_.dash = d.array;
      return true;
    }
    if (t == "save") {
      saved_.push_back(st_);
      return true;
    }
    if (t == "restore") {
      if (saved_.empty()) return refuse("an unbalanced restore");
      st_ = saved_.back();
      saved_.pop_back();
      return true;
    }
    if (t == "clip" || t == "clip+") {
      std::optional<Rect> r = path_rect();
      if (!r) return refuse("a clip path that is not a rectangle");
      if (st_.clip) {
        const double x0 = std::max(r->x, st_.clip->x), y0 = std::max(r->y, st_.clip->y);
        const double x1 = std::min(r->right(), st_.clip->right()),
                     y1 = std::min(r->bottom(), st_.clip->bottom());
        r = Rect{x0, y0, std::max(0.0, x1 - x0), std::max(0.0, y1 - y0)};
      }
      st_.clip = r;
      if (t == "clip") path_.clear();
      return true;
    }
    if (t == "reset-clip") {
      st_.clip.reset();
      return true;
    }
    if (t == "pop") {
      if (!stack_.empty()) stack_.pop_back();
      return true;
    }
    if (t == "similar" || t == "push-group" || t == "pop-group" || t == "mask")
      return refuse("group opacity or a mask");
    if (t == "linear" || t == "radial" || t == "mesh") return refuse("a gradient");
    if (t == "paint" || t == "image" || t == "pattern") return refuse("an embedded image");
    return refuse("a drawing operation (\"" + t + "\")");
  }
};

}  // namespace

bool svg_shapes(const Image& image, std::vector<Item>* out, std::string* why) {
  std::string script;
  if (!image.asset || image.asset->format != ImageAsset::Format::Svg) {
    *why = "it is not an SVG image";
    return false;
  }
  if (!record_script(image, &script, why)) return false;
  return Reader(script, out).run(why);
}

}  // namespace kp
