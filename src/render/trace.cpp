// The trace backend: pages as text.
#include "render/trace.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/length.hpp"
#include "model/image_asset.hpp"

namespace kp {

namespace {

std::string mm(double pt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", pt / kPointsPerMm);
  return buf;
}

void trace_items(std::ostringstream& out, const std::vector<Item>& items, const Transform& t,
                 int depth) {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  for (const auto& it : items) {
    if (auto* r = std::get_if<GlyphRun>(&it.v)) {
      Point p = t.apply(r->origin);
      char size[16];
      std::snprintf(size, sizeof size, "%.2f", r->font->size());
      std::string text;
      for (char c : r->text) text += c == '\n' ? ' ' : c;
      out << indent << "text " << mm(p.x) << ' ' << mm(p.y) << ' ' << size << "pt "
          << (r->font->postscript_name().empty() ? "?" : r->font->postscript_name()) << ' '
          << format_hex(r->colour) << " '" << text << "'\n";
    } else if (auto* s = std::get_if<Shape>(&it.v)) {
      double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
      for (const auto& op : s->path) {
        if (op.kind == PathOp::Kind::Close) continue;
        Point p = t.apply(op.p[op.kind == PathOp::Kind::Curve ? 2 : 0]);
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x),
        y1 = std::max(y1, p.y);
      }
      out << indent << (s->registration ? "mark " : "shape ") << mm(x0) << ' ' << mm(y0) << ' '
          << mm(x1) << ' ' << mm(y1);
      if (s->fill) out << " fill " << format_hex(*s->fill);
      if (s->stroke) out << " stroke " << format_hex(*s->stroke);
      out << '\n';
    } else if (auto* g = std::get_if<Group>(&it.v)) {
      Transform inner = t * g->transform;
      out << indent << "group";
      if (!g->tag.empty()) out << " [" << g->tag << "]";
      if (g->clip) {
        Point a = inner.apply({g->clip->x, g->clip->y}),
              b = inner.apply({g->clip->right(), g->clip->bottom()});
        out << " clip " << mm(a.x) << ' ' << mm(a.y) << ' ' << mm(b.x) << ' ' << mm(b.y);
      }
      out << '\n';
      trace_items(out, g->items, inner, depth + 1);
    } else if (auto* l = std::get_if<Link>(&it.v)) {
      Point a = t.apply({l->area.x, l->area.y});
      out << indent << "link " << mm(a.x) << ' ' << mm(a.y) << " -> "
          << (l->page >= 0 ? "page " + std::to_string(l->page + 1) : l->uri) << '\n';
    } else if (auto* im = std::get_if<Image>(&it.v)) {
      Point a = t.apply({im->box.x, im->box.y}), b = t.apply({im->box.right(), im->box.bottom()});
      out << indent << "image " << mm(std::min(a.x, b.x)) << ' ' << mm(std::min(a.y, b.y)) << ' '
          << mm(std::max(a.x, b.x)) << ' ' << mm(std::max(a.y, b.y)) << ' '
          << (im->asset ? (im->asset->format == ImageAsset::Format::Svg ? "svg '" : "png '") +
                              im->asset->name + "'"
                        : std::string("none"))
          << '\n';
    }
  }
}

}  // namespace

std::string trace_page(const Page& page) {
  std::ostringstream out;
  out << "page " << mm(page.width) << " x " << mm(page.height) << " mm";
  if (!page.label.empty()) out << " label '" << page.label << "'";
  out << '\n';
  if (page.bleed_box)
    out << "bleed-box " << mm(page.bleed_box->x) << ' ' << mm(page.bleed_box->y) << ' '
        << mm(page.bleed_box->w) << ' ' << mm(page.bleed_box->h) << '\n';
  if (page.trim_box)
    out << "trim-box " << mm(page.trim_box->x) << ' ' << mm(page.trim_box->y) << ' '
        << mm(page.trim_box->w) << ' ' << mm(page.trim_box->h) << '\n';
  trace_items(out, page.items, Transform(), 1);
  return out.str();
}

std::string trace_document(const Document& doc) {
  std::string out;
  for (const auto& p : doc.pages) out += trace_page(p);
  return out;
}

}  // namespace kp
