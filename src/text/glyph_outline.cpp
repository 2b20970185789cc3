// FreeType outlines in em units, decomposed once per glyph and kept for the process's life.
#include "text/glyph_outline.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace kp {

namespace {

// Collects FreeType's contour callbacks as OutlineOps, scaled from font units to em.
struct Collector {
  std::vector<OutlineOp> ops;
  double scale = 1;
  Point last;
  bool open = false;

  Point at(const FT_Vector* v) const {
    return {static_cast<double>(v->x) * scale, -static_cast<double>(v->y) * scale};
  }
  void add(OutlineOp::Kind kind, Point a, Point b = {}, Point c = {}) {
    OutlineOp op;
    op.kind = kind;
    op.p[0] = a, op.p[1] = b, op.p[2] = c;
    ops.push_back(op);
  }
  void close() {
    if (open) add(OutlineOp::Kind::Close, {});
    open = false;
  }
};

Collector& of(void* user) {
  return *static_cast<Collector*>(user);
}

int move_to(const FT_Vector* to, void* user) {
  Collector& c = of(user);
  c.close();
  c.last = c.at(to);
  c.add(OutlineOp::Kind::Move, c.last);
  c.open = true;
  return 0;
}
int line_to(const FT_Vector* to, void* user) {
  Collector& c = of(user);
  c.last = c.at(to);
  c.add(OutlineOp::Kind::Line, c.last);
  return 0;
}
// A quadratic segment is the cubic with control points 2/3 of the way to the quadratic one.
int conic_to(const FT_Vector* control, const FT_Vector* to, void* user) {
  Collector& c = of(user);
  const Point q = c.at(control), end = c.at(to);
  const Point c1{c.last.x + 2.0 / 3 * (q.x - c.last.x), c.last.y + 2.0 / 3 * (q.y - c.last.y)};
  const Point c2{end.x + 2.0 / 3 * (q.x - end.x), end.y + 2.0 / 3 * (q.y - end.y)};
  c.add(OutlineOp::Kind::Curve, c1, c2, end);
  c.last = end;
  return 0;
}
int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
  Collector& c = of(user);
  c.last = c.at(to);
  c.add(OutlineOp::Kind::Curve, c.at(c1), c.at(c2), c.last);
  return 0;
}

// One open face per font file and index, with the outlines already decomposed.
struct Face {
  FT_Face face = nullptr;
  std::map<uint32_t, std::vector<OutlineOp>> glyphs;
};

struct Cache {
  std::mutex mutex;
  FT_Library lib = nullptr;
  std::map<std::pair<std::string, int>, Face> faces;
  Cache() {
    if (FT_Init_FreeType(&lib) != 0) throw std::runtime_error("cannot start FreeType");
  }
  ~Cache() {
    for (auto& f : faces)
      if (f.second.face) FT_Done_Face(f.second.face);
    FT_Done_FreeType(lib);
  }
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;
};

std::string file_name(const std::string& file) {
  return file.substr(file.find_last_of('/') + 1);
}

}  // namespace

const std::vector<OutlineOp>& glyph_outline(const std::string& file, int face_index, uint32_t id) {
  static Cache cache;
  std::lock_guard<std::mutex> lock(cache.mutex);
  Face& f = cache.faces[{file, face_index}];
  auto it = f.glyphs.find(id);
  if (it != f.glyphs.end()) return it->second;
  if (!f.face && FT_New_Face(cache.lib, file.c_str(), face_index, &f.face) != 0) {
    f.face = nullptr;
    throw std::runtime_error("cannot read the font " + file);
  }
  if (!FT_IS_SCALABLE(f.face))
    throw std::runtime_error("the font " + file_name(file) + " has no outlines to draw");
  if (FT_Load_Glyph(f.face, id, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0 ||
      f.face->glyph->format != FT_GLYPH_FORMAT_OUTLINE)
    throw std::runtime_error("the font " + file_name(file) + " has no outline for glyph " +
                             std::to_string(id));
  Collector c;
  c.scale = 1.0 / f.face->units_per_EM;
  FT_Outline_Funcs funcs{move_to, line_to, conic_to, cubic_to, 0, 0};
  if (FT_Outline_Decompose(&f.face->glyph->outline, &funcs, &c) != 0)
    throw std::runtime_error("the font " + file_name(file) + " has a broken outline for glyph " +
                             std::to_string(id));
  c.close();
  return f.glyphs.emplace(id, std::move(c.ops)).first->second;
}

}  // namespace kp
