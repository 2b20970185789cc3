// The backend-neutral page model: a size, page boxes and a flat list of drawing items.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/colour.hpp"
#include "core/geometry.hpp"
#include "text/glyph_run.hpp"

namespace kp {

enum class LineCap { Butt, Round, Square };
enum class LineJoin { Miter, Round, Bevel };

struct Shape {
  std::vector<PathOp> path;
  std::optional<Colour> fill;
  std::optional<Colour> stroke;
  double line_width = 0.25;
  bool registration = false;  // a mark printed on every separation in press output
  std::vector<double> dash;   // dash pattern in points, empty = solid
  // Stroke style and fill rule beyond the defaults (butt caps, mitred joins, nonzero fill).
  LineCap cap = LineCap::Butt;
  LineJoin join = LineJoin::Miter;
  double miter_limit = 10;
  bool even_odd = false;
  bool plain_style() const {
    return cap == LineCap::Butt && join == LineJoin::Miter && miter_limit == 10 && !even_odd;
  }
};

struct Item;
struct ImageAsset;  // model/image_asset.hpp

// An image file (PNG or SVG) drawn to fill `box`; fit_image() keeps its aspect ratio.
struct Image {
  Rect box;
  std::shared_ptr<const ImageAsset> asset;
};

struct Group {
  Transform transform;
  std::optional<Rect> clip;  // in the group's own coordinates
  std::vector<Item> items;
  std::string tag;  // what the group is, for traces ("card profils/meprisant front")
};

// A clickable area: to another page of the document, or to a URI. With `dest`, PDF writers
// link to that named destination (see Page::dests) rather than to page and target_y.
struct Link {
  Rect area;
  int page = -1;  // 0-based target page, or -1
  double target_y = 0;
  std::string uri;
  std::string dest;
};

// A named place on a page that links can point to.
struct NamedDest {
  std::string name;
  double x = 0, y = 0;
};

struct Item {
  std::variant<GlyphRun, Shape, Group, Link, Image> v;
  template <typename T, typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Item>>>
  Item(T&& x) : v(std::forward<T>(x)) {}
};

struct Bookmark {
  std::string title;
  int level = 1;  // 1 = top level
  int page = 0;
  double y = 0;
};

struct Page {
  double width = 0, height = 0;  // MediaBox, points
  std::optional<Rect> bleed_box;
  std::optional<Rect> trim_box;
  std::string label;  // page label shown by viewers, "" for none
  std::vector<Item> items;
  std::vector<NamedDest> dests;
};

struct DocumentInfo {
  std::string title, author, subject, keywords, creator;
  std::string date;  // "YYYY-MM-DDTHH:MM:SSZ", or "" for none
};

// The printing condition a press PDF is made for (its OutputIntent).
struct OutputIntent {
  std::string identifier = "CGATS TR 001";  // SWOP, registered at the ICC
  std::string info = "SWOP (CGATS TR 001), coated stock";
  std::string profile;  // ICC file embedded as DestOutputProfile; "" = name only
};

struct Document {
  DocumentInfo info;
  OutputIntent output_intent;  // used by the press writer only
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;
};

// Receives a document's pages one at a time, in order, as they are laid out, with the
// document's metadata: a writer draws each and lets it go.
using PageSink = std::function<void(const DocumentInfo&, Page&&)>;

// Shape builders.
Shape rect_shape(const Rect& r, std::optional<Colour> fill, std::optional<Colour> stroke = {},
                 double line_width = 0.25);
Shape line_shape(Point a, Point b, const Colour& colour, double line_width);
Shape rounded_rect_shape(const Rect& r, double radius, std::optional<Colour> fill,
                         std::optional<Colour> stroke = {}, double line_width = 0.25);
Shape ellipse_shape(const Rect& r, std::optional<Colour> fill, std::optional<Colour> stroke = {},
                    double line_width = 0.25);
Shape polygon_shape(const std::vector<Point>& pts, std::optional<Colour> fill,
                    std::optional<Colour> stroke = {}, double line_width = 0.25);

// The image `asset` at its aspect ratio, as large as fits in `area` and centred there.
Image fit_image(std::shared_ptr<const ImageAsset> asset, const Rect& area);

// Calls f(run, transform) for every glyph run in the items, with its accumulated transform.
template <typename F>
void for_each_run(const std::vector<Item>& items, const Transform& t, F&& f) {
  for (const auto& it : items) {
    if (auto* r = std::get_if<GlyphRun>(&it.v)) {
      f(*r, t);
    } else if (auto* g = std::get_if<Group>(&it.v)) {
      for_each_run(g->items, t * g->transform, f);
    }
  }
}

}  // namespace kp
