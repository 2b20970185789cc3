// N-up imposition of card faces on sheets: grid, outer bleed, crop marks, duplex backs.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/length.hpp"
#include "layout/page.hpp"
#include "model/print_settings.hpp"

namespace kp {

struct SheetOptions {
  double paper_w = Length::mm(210).points(), paper_h = Length::mm(297).points();
  double margin = Length::mm(5).points();  // unprintable margin of office printers
  double bleed = Length::mm(2).points();   // art beyond the grid's outer cuts
  double gutter = 0;                       // between cards; 0 = butted (shared cuts)
  double mark_offset = Length::mm(2).points();
  double mark_max = Length::mm(5).points();
  double mark_min = Length::mm(2).points();
  double mark_width = 0.25;
  int cols = 0, rows = 0;  // 0 = as many as fit
  Duplex duplex = Duplex::LongEdge;
  double back_dx = 0, back_dy = 0;  // shift of back pages, for printers that drift
  bool deck_per_sheet = false;
  bool packs = false;  // compose_cards: the cards group by group, each pack after a cover slip
};

// One card to place: its faces in card coordinates (0,0 = top-left trim corner).
struct CardSlot {
  Group front, back;
  double w = 0, h = 0;
  std::string deck_id, deck_name;
};

struct Grid {
  int cols = 0, rows = 0;
  double x0 = 0, y0 = 0;  // top-left of the trim grid
  double cell_w = 0, cell_h = 0;
  double gutter = 0;
  int per_sheet() const { return cols * rows; }
  double pitch_x() const { return cell_w + gutter; }
  double pitch_y() const { return cell_h + gutter; }
  double width() const { return cols * cell_w + (cols - 1) * gutter; }
  double height() const { return rows * cell_h + (rows - 1) * gutter; }
  // Top-left trim corner of the card in column `col`, row `row`.
  Point cell(int col, int row) const { return {x0 + col * pitch_x(), y0 + row * pitch_y()}; }
};

// Where the back of the card at (col, row) lands on the back page, before the back offset:
// the front's position mirrored for the duplex flip (PRINT.md: mirror positions, not art).
// Short-edge backs are also turned 180° in their place (short-edge-calendar ones are not).
struct BackPlace {
  int col = 0, row = 0;
};
BackPlace back_place(const Grid& g, Duplex duplex, bool landscape, int col, int row);

// The grid for cards of w x h on the sheet. Returns false and sets *why when not one fits.
bool compute_grid(const SheetOptions& o, double w, double h, Grid* grid, std::string* why);

// Words printed in the sheet margin, from the kit.
struct SheetWords {
  // Kit::word("sheet"), ("fronts"), ("backs"), ("print-at-100") and the kit's title.
  std::string kit_title, sheet, fronts, backs, print_at_100;
  std::string list_comma = ", ";  // between the deck names (the language's own)
};

// Lays out the margin line of a sheet (kit, decks, sheet n/N, side, print-at-100 note): its
// items with the baseline start at (0, 0), and its width in points.
using SheetLabeller = std::function<std::vector<Item>(const std::string& text, double* width)>;

// The cards of one deck, as the imposer plans sheets for them before any face is laid out.
struct DeckCards {
  std::string id;
  double w = 0, h = 0;  // card size, points
  size_t slots = 0;     // places on the sheets: every copy of every card
};

// Imposes decks on sheets one sheet at a time, so that only the faces of the sheet being
// filled are held: fronts page, then its backs page placed for the duplex mode. Decks share
// sheets unless deck_per_sheet. The sheets are planned from the decks' sizes and slot counts
// first (each page's margin line names the sheet count); a deck whose cards fit on no paper is
// an error (reported by finish(), after the faces' own messages) and its slots are dropped.
class CardImposer {
 public:
  using Pages = std::function<void(Page&&)>;
  CardImposer(const std::vector<DeckCards>& decks, const SheetOptions& o, const SheetWords& words,
              const SheetLabeller& label, const Location& where, Pages pages);
  // The next slot of deck `deck`, in the decks' order; a sheet filled goes to `pages`.
  void add(size_t deck, CardSlot&& slot);
  // Emits the last sheet and reports the decks that did not fit.
  void finish(Diagnostics& diags);

 private:
  struct Sheet {
    Grid grid;
    size_t slots = 0;
  };
  void emit(const Sheet& sheet, int number);
  SheetOptions o_;
  SheetWords words_;
  SheetLabeller label_;
  Pages pages_;
  Location where_;
  Diagnostics errors_;
  bool refused_ = false;      // a sheet had no room for its margin line: said once
  std::vector<bool> placed_;  // per deck: whether its cards fit on the paper
  std::vector<Sheet> sheets_;
  size_t sheet_ = 0;               // the sheet being filled
  std::vector<CardSlot> filling_;  // its slots so far
};

// Imposes decks (each a list of slots; cards of one size per deck) on sheets, all at once.
std::vector<Page> impose_cards(const std::vector<std::vector<CardSlot>>& decks,
                               const SheetOptions& o, const SheetWords& words,
                               const SheetLabeller& label, Diagnostics& diags,
                               const Location& where);

}  // namespace kp
