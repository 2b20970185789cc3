// Placing card faces on sheets, with crop marks outside the grid and mirrored backs.
#include "layout/imposition.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kp {

bool compute_grid(const SheetOptions& o, double w, double h, Grid* g, std::string* why) {
  const double usable_w = o.paper_w - 2 * (o.margin + o.bleed);
  const double usable_h = o.paper_h - 2 * (o.margin + o.bleed);
  int max_cols = static_cast<int>(std::floor((usable_w + 0.01) / w));
  int max_rows = static_cast<int>(std::floor((usable_h + 0.01) / h));
  g->cols = o.cols > 0 ? o.cols : max_cols;
  g->rows = o.rows > 0 ? o.rows : max_rows;
  if (g->cols < 1 || g->rows < 1 || g->cols > max_cols || g->rows > max_rows) {
    *why = "a card of " + format_mm(Length::pt(w)) + " x " + format_mm(Length::pt(h)) + " needs " +
           format_mm(Length::pt(w * std::max(1, g->cols) + 2 * (o.margin + o.bleed))) + " x " +
           format_mm(Length::pt(h * std::max(1, g->rows) + 2 * (o.margin + o.bleed))) +
           " of paper with the printable margin and bleed, but the sheet is " +
           format_mm(Length::pt(o.paper_w)) + " x " + format_mm(Length::pt(o.paper_h));
    return false;
  }
  g->cell_w = w;
  g->cell_h = h;
  g->x0 = (o.paper_w - g->cols * w) / 2;
  g->y0 = (o.paper_h - g->rows * h) / 2;
  return true;
}

namespace {

constexpr double kSeamOverlap = 0.3;  // points

Item place(const Group& face, double x, double y, double w, double h, double bl, double br,
           double bt, double bb) {
  Group g;
  g.transform = Transform::translate(x, y);
  g.clip = Rect{-bl, -bt, w + bl + br, h + bt + bb};
  g.tag = face.tag;
  g.items.emplace_back(face);
  return Item(std::move(g));
}

void crop_marks(Page& page, const Grid& g, const SheetOptions& o) {
  const double gx1 = g.x0 + g.cols * g.cell_w, gy1 = g.y0 + g.rows * g.cell_h;
  auto length = [&](double room) {
    return std::clamp(room - o.mark_offset - o.margin, o.mark_min, o.mark_max);
  };
  const double lx = length(g.x0), ly = length(g.y0);
  const Colour black = Colour::black();
  auto mark = [&](Point a, Point b) {
    Shape s = line_shape(a, b, black, o.mark_width);
    s.registration = true;
    page.items.emplace_back(std::move(s));
  };
  for (int c = 0; c <= g.cols; ++c) {
    double x = g.x0 + c * g.cell_w;
    mark({x, g.y0 - o.mark_offset}, {x, g.y0 - o.mark_offset - ly});
    mark({x, gy1 + o.mark_offset}, {x, gy1 + o.mark_offset + ly});
  }
  for (int r = 0; r <= g.rows; ++r) {
    double y = g.y0 + r * g.cell_h;
    mark({g.x0 - o.mark_offset, y}, {g.x0 - o.mark_offset - lx, y});
    mark({gx1 + o.mark_offset, y}, {gx1 + o.mark_offset + lx, y});
  }
}

std::string join_names(const std::vector<const CardSlot*>& slots) {
  std::vector<std::string> names;
  for (const auto* s : slots)
    if (std::find(names.begin(), names.end(), s->deck_name) == names.end())
      names.push_back(s->deck_name);
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

std::vector<Page> impose_cards(const std::vector<std::vector<CardSlot>>& decks,
                               const SheetOptions& o, const SheetWords& words,
                               const SheetLabeller& label, Diagnostics& diags,
                               const Location& where) {
  // Sheets: runs of slots of one card size; a new deck starts a new sheet if asked.
  struct Sheet {
    std::vector<const CardSlot*> slots;
    Grid grid;
  };
  std::vector<Sheet> sheets;
  for (const auto& deck : decks) {
    if (deck.empty()) continue;
    Grid grid;
    std::string why;
    if (!compute_grid(o, deck.front().w, deck.front().h, &grid, &why)) {
      diags.error(
          where,
          "the cards of deck \"" + deck.front().deck_id + "\" do not fit on the paper: " + why,
          "choose a larger paper, a smaller card size, or fewer columns and rows");
      continue;
    }
    for (const auto& slot : deck) {
      bool fresh = sheets.empty() ||
                   static_cast<int>(sheets.back().slots.size()) >= sheets.back().grid.per_sheet() ||
                   sheets.back().grid.cell_w != grid.cell_w ||
                   sheets.back().grid.cell_h != grid.cell_h ||
                   (o.deck_per_sheet && &slot == &deck.front());
      if (fresh) sheets.push_back({{}, grid});
      sheets.back().slots.push_back(&slot);
    }
  }
  std::vector<Page> pages;
  const int n = static_cast<int>(sheets.size());
  for (int s = 0; s < n; ++s) {
    const Sheet& sheet = sheets[static_cast<size_t>(s)];
    const Grid& g = sheet.grid;
    std::string base = words.kit_title + " · " + join_names(sheet.slots) + " · " + words.sheet +
                       " " + std::to_string(s + 1) + "/" + std::to_string(n);
    Page front;
    front.width = o.paper_w;
    front.height = o.paper_h;
    front.label = std::to_string(s + 1) + " " + words.fronts;
    Page back = front;
    back.label = std::to_string(s + 1) + " " + words.backs;
    for (size_t i = 0; i < sheet.slots.size(); ++i) {
      const CardSlot& slot = *sheet.slots[i];
      int col = static_cast<int>(i) % g.cols, row = static_cast<int>(i) / g.cols;
      double x = g.x0 + col * g.cell_w, y = g.y0 + row * g.cell_h;
      // Outer edges get the bleed; inner edges overlap the neighbour by a hair, so that
      // abutting backgrounds show no anti-aliasing seam on screen (far below cutting tolerance).
      auto outer = [&](int c, int r, double* l, double* rr, double* t, double* b) {
        *l = c == 0 ? o.bleed : kSeamOverlap;
        *rr = c == g.cols - 1 ? o.bleed : kSeamOverlap;
        *t = r == 0 ? o.bleed : kSeamOverlap;
        *b = r == g.rows - 1 ? o.bleed : kSeamOverlap;
      };
      double bl, br, bt, bb;
      outer(col, row, &bl, &br, &bt, &bb);
      front.items.push_back(place(slot.front, x, y, slot.w, slot.h, bl, br, bt, bb));
      if (o.duplex == Duplex::Off) continue;
      const bool landscape = o.paper_w > o.paper_h;
      const bool mirror_x = (o.duplex == Duplex::LongEdge) != landscape;
      int bcol = mirror_x ? g.cols - 1 - col : col;
      int brow = mirror_x ? row : g.rows - 1 - row;
      double bx = mirror_x ? o.paper_w - x - slot.w : x;
      double by = mirror_x ? y : o.paper_h - y - slot.h;
      outer(bcol, brow, &bl, &br, &bt, &bb);
      back.items.push_back(
          place(slot.back, bx + o.back_dx, by + o.back_dy, slot.w, slot.h, bl, br, bt, bb));
    }
    crop_marks(front, g, o);
    const double baseline = o.paper_h - o.margin - 1.0;
    label(front, base + " · " + words.fronts + " · " + words.print_at_100, baseline);
    pages.push_back(std::move(front));
    if (o.duplex != Duplex::Off) {
      label(back, base + " · " + words.backs, baseline);
      pages.push_back(std::move(back));
    }
  }
  return pages;
}

}  // namespace kp
