// cairo drawing of glyph runs, shapes, groups, links and images.
#include "render/cairo_draw.hpp"

#include <cairo.h>

#include <cstdio>
#include <string>

#include "render/image_draw.hpp"

namespace kp {

namespace {

void set_colour(cairo_t* cr, const Colour& c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

void path(cairo_t* cr, const std::vector<PathOp>& ops) {
  cairo_new_path(cr);
  for (const auto& op : ops) {
    switch (op.kind) {
      case PathOp::Kind::Move:
        cairo_move_to(cr, op.p[0].x, op.p[0].y);
        break;
      case PathOp::Kind::Line:
        cairo_line_to(cr, op.p[0].x, op.p[0].y);
        break;
      case PathOp::Kind::Curve:
        cairo_curve_to(cr, op.p[0].x, op.p[0].y, op.p[1].x, op.p[1].y, op.p[2].x, op.p[2].y);
        break;
      case PathOp::Kind::Close:
        cairo_close_path(cr);
        break;
    }
  }
}

void set_style(cairo_t* cr, const Shape& s) {
  cairo_set_fill_rule(cr, s.even_odd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
  cairo_set_line_cap(cr, s.cap == LineCap::Round    ? CAIRO_LINE_CAP_ROUND
                         : s.cap == LineCap::Square ? CAIRO_LINE_CAP_SQUARE
                                                    : CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join(cr, s.join == LineJoin::Round   ? CAIRO_LINE_JOIN_ROUND
                          : s.join == LineJoin::Bevel ? CAIRO_LINE_JOIN_BEVEL
                                                      : CAIRO_LINE_JOIN_MITER);
  cairo_set_miter_limit(cr, s.miter_limit);
}

void draw_shape(cairo_t* cr, const Shape& s) {
  // A shape with its own style keeps it to itself (and plain shapes draw as they always did).
  const bool styled = !s.plain_style();
  if (styled) {
    cairo_save(cr);
    set_style(cr, s);
  }
  path(cr, s.path);
  if (s.fill) {
    set_colour(cr, *s.fill);
    if (s.stroke)
      cairo_fill_preserve(cr);
    else
      cairo_fill(cr);
  }
  if (s.stroke) {
    set_colour(cr, *s.stroke);
    cairo_set_line_width(cr, s.line_width);
    cairo_set_dash(cr, s.dash.empty() ? nullptr : s.dash.data(), static_cast<int>(s.dash.size()),
                   0);
    cairo_stroke(cr);
  }
  if (styled) cairo_restore(cr);
}

std::string escape_quotes(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '\'' ? std::string("\\'") : std::string(1, c);
  return out;
}

void draw_link(cairo_t* cr, const Link& l) {
  char attrs[256];
  if (!l.dest.empty()) {
    // A named destination: cairo 1.16 drops page= links to pages not yet written.
    std::snprintf(attrs, sizeof attrs, "rect=[%.3f %.3f %.3f %.3f] dest='%s'", l.area.x, l.area.y,
                  l.area.w, l.area.h, escape_quotes(l.dest).c_str());
  } else if (l.page >= 0) {
    std::snprintf(attrs, sizeof attrs, "rect=[%.3f %.3f %.3f %.3f] page=%d pos=[0 %.3f]", l.area.x,
                  l.area.y, l.area.w, l.area.h, l.page + 1, l.target_y);
  } else {
    std::snprintf(attrs, sizeof attrs, "rect=[%.3f %.3f %.3f %.3f] uri='%s'", l.area.x, l.area.y,
                  l.area.w, l.area.h, escape_quotes(l.uri).c_str());
  }
  cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs);
  cairo_tag_end(cr, CAIRO_TAG_LINK);
}

}  // namespace

void draw_glyph_run(cairo_t* cr, const GlyphRun& run) {
  if (run.glyphs.empty()) return;
  cairo_set_scaled_font(cr, run.font->scaled_font());
  set_colour(cr, run.colour);
  std::vector<cairo_glyph_t> glyphs(run.glyphs.size());
  for (size_t i = 0; i < glyphs.size(); ++i) {
    glyphs[i].index = run.glyphs[i].id;
    glyphs[i].x = run.origin.x + run.glyphs[i].x;
    glyphs[i].y = run.origin.y + run.glyphs[i].y;
  }
  int bytes = 0, count = 0;
  std::vector<cairo_text_cluster_t> clusters(run.clusters.size());
  for (size_t i = 0; i < clusters.size(); ++i) {
    clusters[i].num_bytes = run.clusters[i].bytes;
    clusters[i].num_glyphs = run.clusters[i].glyphs;
    bytes += run.clusters[i].bytes;
    count += run.clusters[i].glyphs;
  }
  if (bytes == static_cast<int>(run.text.size()) && count == static_cast<int>(glyphs.size())) {
    cairo_show_text_glyphs(
        cr, run.text.data(), static_cast<int>(run.text.size()), glyphs.data(),
        static_cast<int>(glyphs.size()), clusters.data(), static_cast<int>(clusters.size()),
        run.backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0));
  } else {
    cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
  }
}

void draw_items(cairo_t* cr, const std::vector<Item>& items, bool tags) {
  for (const auto& it : items) {
    if (auto* r = std::get_if<GlyphRun>(&it.v)) {
      draw_glyph_run(cr, *r);
    } else if (auto* s = std::get_if<Shape>(&it.v)) {
      draw_shape(cr, *s);
    } else if (auto* g = std::get_if<Group>(&it.v)) {
      cairo_save(cr);
      cairo_matrix_t m = {g->transform.a, g->transform.b, g->transform.c,
                          g->transform.d, g->transform.e, g->transform.f};
      cairo_transform(cr, &m);
      if (g->clip) {
        cairo_rectangle(cr, g->clip->x, g->clip->y, g->clip->w, g->clip->h);
        cairo_clip(cr);
      }
      draw_items(cr, g->items, tags);
      cairo_restore(cr);
    } else if (auto* l = std::get_if<Link>(&it.v)) {
      if (tags) draw_link(cr, *l);
    } else if (auto* im = std::get_if<Image>(&it.v)) {
      draw_image(cr, *im);
    }
  }
}

}  // namespace kp
