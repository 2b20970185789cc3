// Placing card faces on sheets, with crop marks outside the grid and mirrored backs.
#include "layout/imposition.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace kp {

bool compute_grid(const SheetOptions& o, double w, double h, Grid* g, std::string* why) {
  const double usable_w = o.paper_w - 2 * (o.margin + o.bleed);
  const double usable_h = o.paper_h - 2 * (o.margin + o.bleed);
  int max_cols = static_cast<int>(std::floor((usable_w + o.gutter + 0.01) / (w + o.gutter)));
  int max_rows = static_cast<int>(std::floor((usable_h + o.gutter + 0.01) / (h + o.gutter)));
  g->cols = o.cols > 0 ? o.cols : max_cols;
  g->rows = o.rows > 0 ? o.rows : max_rows;
  g->cell_w = w;
  g->cell_h = h;
  g->gutter = o.gutter;
  if (g->cols < 1 || g->rows < 1 || g->cols > max_cols || g->rows > max_rows) {
    Grid need = *g;
    need.cols = std::max(1, g->cols);
    need.rows = std::max(1, g->rows);
    *why = std::to_string(need.cols) + " x " + std::to_string(need.rows) + " cards of " +
           format_mm(Length::pt(w)) + " x " + format_mm(Length::pt(h)) +
           (o.gutter > 0 ? " with a gutter of " + format_mm(Length::pt(o.gutter)) : "") + " need " +
           format_mm(Length::pt(need.width() + 2 * (o.margin + o.bleed))) + " x " +
           format_mm(Length::pt(need.height() + 2 * (o.margin + o.bleed))) +
           " of paper with the printable margin (" + format_mm(Length::pt(o.margin)) +
           ") and bleed (" + format_mm(Length::pt(o.bleed)) + "), but the sheet is " +
           format_mm(Length::pt(o.paper_w)) + " x " + format_mm(Length::pt(o.paper_h));
    return false;
  }
  g->x0 = (o.paper_w - g->width()) / 2;
  g->y0 = (o.paper_h - g->height()) / 2;
  return true;
}

BackPlace back_place(const Grid& g, Duplex duplex, bool landscape, int col, int row) {
  if (duplex == Duplex::Off) return {col, row};
  // Long-edge on a portrait sheet flips around the vertical axis: columns reverse. Short-edge
  // flips around the horizontal axis: rows reverse. A landscape sheet swaps the two.
  const bool mirror_x = (duplex == Duplex::LongEdge) != landscape;
  return mirror_x ? BackPlace{g.cols - 1 - col, row} : BackPlace{col, g.rows - 1 - row};
}

namespace {

constexpr double kLabelAscent = 5, kLabelDescent = 1.6;  // of the 6 pt margin line, points
const double kClear = Length::mm(0.5).points();          // between the line and anything else

Item place(Group&& face, Point at, double w, double h, double bl, double br, double bt, double bb) {
  Group g;
  g.transform = Transform::translate(at.x, at.y);
  g.clip = Rect{-bl, -bt, w + bl + br, h + bt + bb};
  g.tag = face.tag;
  g.items.emplace_back(std::move(face));
  return Item(std::move(g));
}

// The face of a w x h card turned 180° about its centre, in the same card coordinates.
Group turned(Group face, double w, double h) {
  Group g;
  g.transform = {-1, 0, 0, -1, w, h};
  g.tag = face.tag;
  g.items.emplace_back(std::move(face));
  return g;
}

constexpr double kSeamOverlap = 0.3;  // points

// The bleed kept on each side of the card at (col, row): the full bleed on the grid's outer
// edges; inside, half the gutter at most; butted (shared cuts), a hair of overlap with the
// neighbour, so that abutting backgrounds show no anti-aliasing seam on screen (far below
// cutting tolerance).
void bleeds(const Grid& g, const SheetOptions& o, int col, int row, double* l, double* r, double* t,
            double* b) {
  const double inner = g.gutter > 0 ? std::min(o.bleed, g.gutter / 2) : kSeamOverlap;
  *l = col == 0 ? o.bleed : inner;
  *r = col == g.cols - 1 ? o.bleed : inner;
  *t = row == 0 ? o.bleed : inner;
  *b = row == g.rows - 1 ? o.bleed : inner;
}

// The length of the crop marks on each side of the grid.
struct MarkLengths {
  double top = 0, bottom = 0, left = 0, right = 0;
};

double mark_offset(const SheetOptions& o) {
  return std::max(o.mark_offset, o.bleed);  // marks stay outside the bleed
}

double mark_length(const SheetOptions& o, double room) {
  return std::clamp(room - mark_offset(o) - o.margin, o.mark_min, o.mark_max);
}

// Marks outside the grid, one per cut line at both its ends: shared lines when butted, both
// card edges with a gutter. Registration colour in press output.
void crop_marks(Page& page, const Grid& g, const SheetOptions& o, const MarkLengths& len) {
  const double gx1 = g.x0 + g.width(), gy1 = g.y0 + g.height(), off = mark_offset(o);
  auto mark = [&](Point a, Point b) {
    Shape s = line_shape(a, b, Colour::black(), o.mark_width);
    s.registration = true;
    page.items.emplace_back(std::move(s));
  };
  std::vector<double> xs, ys;
  for (int c = 0; c < g.cols; ++c) {
    xs.push_back(g.cell(c, 0).x);
    xs.push_back(g.cell(c, 0).x + g.cell_w);
  }
  for (int r = 0; r < g.rows; ++r) {
    ys.push_back(g.cell(0, r).y);
    ys.push_back(g.cell(0, r).y + g.cell_h);
  }
  auto unique = [](std::vector<double>& v) {
    v.erase(
        std::unique(v.begin(), v.end(), [](double a, double b) { return std::fabs(a - b) < 0.01; }),
        v.end());
  };
  unique(xs);
  unique(ys);
  for (double x : xs) {
    mark({x, g.y0 - off}, {x, g.y0 - off - len.top});
    mark({x, gy1 + off}, {x, gy1 + off + len.bottom});
  }
  for (double y : ys) {
    mark({g.x0 - off, y}, {g.x0 - off - len.left, y});
    mark({gx1 + off, y}, {gx1 + off + len.right, y});
  }
}

// The room a margin line takes across its baseline, with the gap that keeps it off the marks.
double label_room() {
  return kLabelAscent + kLabelDescent + kClear;
}

// Puts the margin line where it clears the art and keeps every crop mark: outside the marks
// of the first edge with room for it (bottom, left, right, top; the side ones reading
// upwards), else of the first edge where the marks, shortened to no less than mark_min, leave
// that room. Returns the marks' lengths, or nothing when no edge has the room.
std::optional<MarkLengths> place_label(Page& page, const Grid& g, const SheetOptions& o,
                                       std::vector<Item> line, double width) {
  const double gx1 = g.x0 + g.width(), gy1 = g.y0 + g.height(), off = mark_offset(o);
  const double lx = mark_length(o, g.x0), ly = mark_length(o, g.y0);
  MarkLengths len{ly, ly, lx, lx};
  enum class Edge { Bottom, Left, Right, Top };
  struct Side {
    Edge edge;
    double room;   // from the cut line to the printable margin
    double along;  // the printable length of the edge
    double* mark;
  };
  const double across = page.width - 2 * o.margin, down = page.height - 2 * o.margin;
  Side sides[] = {{Edge::Bottom, page.height - o.margin - gy1, across, &len.bottom},
                  {Edge::Left, g.x0 - o.margin, down, &len.left},
                  {Edge::Right, page.width - o.margin - gx1, down, &len.right},
                  {Edge::Top, g.y0 - o.margin, across, &len.top}};
  const Side* chosen = nullptr;
  for (bool shorten : {false, true}) {
    for (const Side& s : sides) {
      const double mark_room = s.room - off - label_room();
      if (chosen || width > s.along || mark_room < (shorten ? o.mark_min : *s.mark)) continue;
      *s.mark = std::min(*s.mark, mark_room);
      chosen = &s;
    }
  }
  if (!chosen) return std::nullopt;
  Group label;
  label.tag = "margin line";
  label.items = std::move(line);
  const double clear = off + *chosen->mark + kClear;  // from the cut line to the line's glyphs
  switch (chosen->edge) {
    case Edge::Bottom:  // on the printable margin, as far from the marks as it can be
      label.transform =
          Transform::translate((page.width - width) / 2, page.height - o.margin - kLabelDescent);
      break;
    case Edge::Top:
      label.transform =
          Transform::translate((page.width - width) / 2, g.y0 - clear - kLabelDescent);
      break;
    case Edge::Left:
      label.transform = {0, -1, 1, 0, g.x0 - clear - kLabelDescent, (page.height + width) / 2};
      break;
    case Edge::Right:
      label.transform = {0, -1, 1, 0, gx1 + clear + kLabelAscent, (page.height + width) / 2};
      break;
  }
  page.items.emplace_back(std::move(label));
  return len;
}

std::string join_names(const std::vector<CardSlot>& slots, const std::string& comma) {
  std::vector<std::string> names;
  for (const auto& s : slots)
    if (std::find(names.begin(), names.end(), s.deck_name) == names.end())
      names.push_back(s.deck_name);
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : comma) + n;
  return out;
}

}  // namespace

CardImposer::CardImposer(const std::vector<DeckCards>& decks, const SheetOptions& o,
                         const SheetWords& words, const SheetLabeller& label, const Location& where,
                         Pages pages)
    : o_(o),
      words_(words),
      label_(label),
      pages_(std::move(pages)),
      where_(where),
      placed_(decks.size()) {
  // Sheets: runs of slots of one card size; a new deck starts a new sheet if asked.
  for (size_t d = 0; d < decks.size(); ++d) {
    const DeckCards& deck = decks[d];
    if (deck.slots == 0) continue;
    Grid grid;
    std::string why;
    if (!compute_grid(o, deck.w, deck.h, &grid, &why)) {
      errors_.error(where, "the cards of deck \"" + deck.id + "\" do not fit on the paper: " + why,
                    "choose a larger paper, the other orientation, a smaller card size, fewer "
                    "columns and rows, or a smaller gutter");
      continue;
    }
    placed_[d] = true;
    for (size_t i = 0; i < deck.slots; ++i) {
      bool fresh = sheets_.empty() ||
                   static_cast<int>(sheets_.back().slots) >= sheets_.back().grid.per_sheet() ||
                   sheets_.back().grid.cell_w != grid.cell_w ||
                   sheets_.back().grid.cell_h != grid.cell_h || (o.deck_per_sheet && i == 0);
      if (fresh) sheets_.push_back({grid, 0});
      ++sheets_.back().slots;
    }
  }
}

void CardImposer::add(size_t deck, CardSlot&& slot) {
  if (deck >= placed_.size() || !placed_[deck] || sheet_ >= sheets_.size()) return;
  filling_.push_back(std::move(slot));
  if (filling_.size() < sheets_[sheet_].slots) return;
  emit(sheets_[sheet_], static_cast<int>(sheet_) + 1);
  filling_.clear();
  ++sheet_;
}

void CardImposer::finish(Diagnostics& diags) {
  if (!filling_.empty() && sheet_ < sheets_.size())
    emit(sheets_[sheet_], static_cast<int>(sheet_) + 1);
  filling_.clear();
  diags.append(errors_);
  errors_ = {};
}

void CardImposer::emit(const Sheet& sheet, int number) {
  const Grid& g = sheet.grid;
  const bool landscape = o_.paper_w > o_.paper_h;
  const int n = static_cast<int>(sheets_.size());
  std::string base = words_.kit_title + " · " + join_names(filling_, words_.list_comma) + " · " +
                     words_.sheet + " " + std::to_string(number) + "/" + std::to_string(n);
  Page front;
  front.width = o_.paper_w;
  front.height = o_.paper_h;
  front.label = std::to_string(number) + " " + words_.fronts;
  Page back = front;
  back.label = std::to_string(number) + " " + words_.backs;
  for (size_t i = 0; i < filling_.size(); ++i) {
    CardSlot& slot = filling_[i];
    int col = static_cast<int>(i) % g.cols, row = static_cast<int>(i) / g.cols;
    double bl, br, bt, bb;
    bleeds(g, o_, col, row, &bl, &br, &bt, &bb);
    Point at = g.cell(col, row);
    front.items.push_back(place(std::move(slot.front), at, slot.w, slot.h, bl, br, bt, bb));
    if (o_.duplex == Duplex::Off) continue;
    BackPlace bp = back_place(g, o_.duplex, landscape, col, row);
    bleeds(g, o_, bp.col, bp.row, &bl, &br, &bt, &bb);
    Point bat = g.cell(bp.col, bp.row);
    back.items.push_back(
        place(backs_turned(o_.duplex) ? turned(std::move(slot.back), slot.w, slot.h)
                                      : std::move(slot.back),
              {bat.x + o_.back_dx, bat.y + o_.back_dy}, slot.w, slot.h, bl, br, bt, bb));
  }
  double width = 0;
  auto line = label_(base + " · " + words_.fronts + " · " + words_.print_at_100, &width);
  auto marks = place_label(front, g, o_, std::move(line), width);
  if (!marks) {
    if (!refused_)
      errors_.error(
          where_,
          "sheet " + std::to_string(number) + " has no room for its margin line (\"" +
              words_.print_at_100 + "\") outside its crop marks: on every side the cards " +
              "leave less than " +
              format_mm(Length::pt(o_.margin + mark_offset(o_) + o_.mark_min + label_room())) +
              " between their cuts and the paper's edge",
          "choose a larger paper, the other orientation, or fewer columns or rows "
          "(print: grid)");
    refused_ = true;  // said once
    return;
  }
  crop_marks(front, g, o_, *marks);
  pages_(std::move(front));
  if (o_.duplex != Duplex::Off) {
    line = label_(base + " · " + words_.backs, &width);
    place_label(back, g, o_, std::move(line), width);
    pages_(std::move(back));
  }
}

std::vector<Page> impose_cards(const std::vector<std::vector<CardSlot>>& decks,
                               const SheetOptions& o, const SheetWords& words,
                               const SheetLabeller& label, Diagnostics& diags,
                               const Location& where) {
  std::vector<DeckCards> plan;
  for (const auto& deck : decks)
    plan.push_back({deck.empty() ? "" : deck.front().deck_id, deck.empty() ? 0 : deck.front().w,
                    deck.empty() ? 0 : deck.front().h, deck.size()});
  std::vector<Page> pages;
  CardImposer imposer(plan, o, words, label, where,
                      [&](Page&& p) { pages.push_back(std::move(p)); });
  for (size_t d = 0; d < decks.size(); ++d)
    for (const auto& slot : decks[d]) imposer.add(d, CardSlot(slot));
  imposer.finish(diags);
  return pages;
}

}  // namespace kp
