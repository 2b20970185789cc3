// Unit tests for layout/imposition on real kits: every cut line has both its crop marks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/paths.hpp"
#include "layout/cards_document.hpp"
#include "layout/print_setup.hpp"
#include "model/kit_loader.hpp"
#include "text/font_context.hpp"

using namespace kp;

namespace {

const double kEps = 0.01;

// A straight registration mark, as its two end points.
struct Mark {
  Point a, b;
  Rect box() const {
    return Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::fabs(a.x - b.x), std::fabs(a.y - b.y)}
        .outset(0.2);
  }
};

bool overlap(const Rect& p, const Rect& q) {
  return p.x < q.right() && q.x < p.right() && p.y < q.bottom() && q.y < p.bottom();
}

// What a fronts sheet holds: its cards' trim and bleed boxes, its marks and its margin line.
struct FrontSheet {
  std::vector<Rect> trims, bleeds;
  std::vector<Mark> marks;
  std::vector<Rect> label_glyphs;  // each glyph run of the margin line, 6 pt tall
};

FrontSheet read_sheet(const Page& page, const Kit& kit) {
  FrontSheet s;
  for (const auto& it : page.items) {
    if (auto* shape = std::get_if<Shape>(&it.v)) {
      if (shape->registration && shape->path.size() == 2)
        s.marks.push_back({shape->path[0].p[0], shape->path[1].p[0]});
      continue;
    }
    auto* g = std::get_if<Group>(&it.v);
    if (!g) continue;
    if (g->tag == "margin line") {
      for_each_run(g->items, g->transform, [&](const GlyphRun& r, const Transform& t) {
        Point p = t.apply({r.origin.x, r.origin.y - 5}),
              q = t.apply({r.origin.x + r.width(), r.origin.y + 1.6});
        s.label_glyphs.push_back(
            {std::min(p.x, q.x), std::min(p.y, q.y), std::fabs(p.x - q.x), std::fabs(p.y - q.y)});
      });
      continue;
    }
    const std::string deck_id = g->tag.substr(6, g->tag.find('/') - 6);  // "front DECK/CARD"
    auto deck = std::find_if(kit.decks.begin(), kit.decks.end(),
                             [&](const Deck& d) { return d.id == deck_id; });
    REQUIRE_MESSAGE(deck != kit.decks.end(), g->tag);
    const double x = g->transform.e, y = g->transform.f;
    s.trims.push_back({x, y, deck->size.width.points(), deck->size.height.points()});
    s.bleeds.push_back({x + g->clip->x, y + g->clip->y, g->clip->w, g->clip->h});
  }
  return s;
}

// A mark on the cut line x = `x` (vertical) or y = `y` (horizontal), wholly on one side of the
// cards (side < 0: above or left of them, > 0: below or right), starting on the printable
// part of the paper.
bool has_mark(const FrontSheet& s, const SheetOptions& o, bool vertical, double at, int side) {
  double lo = 1e9, hi = -1e9;
  for (const Rect& r : s.trims) {
    lo = std::min(lo, vertical ? r.y : r.x);
    hi = std::max(hi, vertical ? r.bottom() : r.right());
  }
  const double paper = vertical ? o.paper_h : o.paper_w;
  for (const Mark& m : s.marks) {
    const double a = vertical ? m.a.x : m.a.y, b = vertical ? m.b.x : m.b.y;
    if (std::fabs(a - at) > kEps || std::fabs(b - at) > kEps) continue;
    const double from = vertical ? m.a.y : m.a.x, to = vertical ? m.b.y : m.b.x;
    const double inner = side < 0 ? std::max(from, to) : std::min(from, to);
    if (side < 0 ? inner < lo && inner >= o.margin : inner > hi && inner <= paper - o.margin)
      return true;
  }
  return false;
}

void check_kit(const std::string& dir) {
  Diagnostics load;
  auto kit = load_kit(dir, load);
  REQUIRE(kit);
  FontContext fonts{font_dirs_for_kit(dir)};
  for (const char* paper : {"A4", "Letter"}) {
    for (Orientation orientation : {Orientation::Portrait, Orientation::Landscape}) {
      PrintSettings over;
      over.paper = Text{paper, {}};
      over.orientation = orientation;
      over.duplex = Duplex::LongEdge;
      PrintSettings base = kit->print;
      base.cols = base.rows = 0;  // as many as fit: a kit's own grid may not fit the paper
      Diagnostics diags;
      const SheetOptions o = sheet_options(base.merged_with(over), diags);
      Document doc = compose_cards(*kit, fonts, o, diags);
      const std::string what = dir + " on " + paper +
                               (orientation == Orientation::Landscape ? " landscape" : " portrait");
      REQUIRE_MESSAGE(diags.error_count() == 0, what);
      REQUIRE(doc.pages.size() % 2 == 0);
      for (size_t p = 0; p < doc.pages.size(); p += 2) {
        INFO(what << ", sheet " << p / 2 + 1);
        FrontSheet s = read_sheet(doc.pages[p], *kit);
        REQUIRE(!s.trims.empty());
        for (const Rect& r : s.trims) {
          for (double x : {r.x, r.right()}) {
            CHECK_MESSAGE(has_mark(s, o, true, x, -1), "no mark above the cut x = " << x);
            CHECK_MESSAGE(has_mark(s, o, true, x, +1), "no mark below the cut x = " << x);
          }
          for (double y : {r.y, r.bottom()}) {
            CHECK_MESSAGE(has_mark(s, o, false, y, -1), "no mark left of the cut y = " << y);
            CHECK_MESSAGE(has_mark(s, o, false, y, +1), "no mark right of the cut y = " << y);
          }
        }
        // The margin line prints on the printable part, off the marks and the cards' bleed.
        REQUIRE(!s.label_glyphs.empty());
        const Rect printable{o.margin, o.margin, o.paper_w - 2 * o.margin,
                             o.paper_h - 2 * o.margin};
        for (const Rect& g : s.label_glyphs) {
          CHECK(printable.contains(g, kEps));
          for (const Mark& m : s.marks) CHECK_FALSE(overlap(g, m.box()));
          for (const Rect& b : s.bleeds) CHECK_FALSE(overlap(g, b));
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("every cut line has a mark at both ends and the margin line clears them: territoire") {
  check_kit(project_dir() + "/kit/territoire");
}

TEST_CASE("every cut line has a mark at both ends: the default kit and the test kits") {
  check_kit(project_dir() + "/kit/bulle-dg");
  for (const char* kit : {"fields-kit", "other-kit", "csv-kit", "print-kit"})
    check_kit(std::string(KP_TESTS_DIR) + "/cases/" + kit);
}
