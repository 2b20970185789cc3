// End-to-end checks of the duplex modes' back art: short-edge turns backs 180° in their place,
// short-edge-calendar and long-edge leave them upright; the calibration sheet says which.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

// The fields kit's first sheet: poker cards 3 x 3, butted, centred on A4 portrait.
const double kCardW = 63 * kMm, kCardH = 88 * kMm;
const double kGridX = (210 * kMm - 3 * kCardW) / 2, kGridY = (297 * kMm - 3 * kCardH) / 2;

std::string build(const std::string& duplex) {
  std::string out = temp_dir("duplex-" + duplex);
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/fields-kit") + " -o " + sh_quote(out) +
               " -q --duplex " + duplex);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/fr/cards.pdf";
}

// The grid cell (col, row) holding a point, or (-1, -1) outside the grid.
std::pair<int, int> cell_at(Origin p) {
  const int col = static_cast<int>(std::floor((p.x - kGridX) / kCardW));
  const int row = static_cast<int>(std::floor((p.y - kGridY) / kCardH));
  if (col < 0 || col > 2 || row < 0 || row > 2) return {-1, -1};
  return {col, row};
}

bool upright(const TextSpan& s) {
  return s.a > 0 && std::fabs(s.a - s.d) < 1e-3 && std::fabs(s.b) < 1e-3 && std::fabs(s.c) < 1e-3;
}
bool turned_180(const TextSpan& s) {
  return s.a < 0 && std::fabs(s.a - s.d) < 1e-3 && std::fabs(s.b) < 1e-3 && std::fabs(s.c) < 1e-3;
}

// The cells where La maire's own back ("… aux élections dans un an.") lands on page 2, and
// whether every span of text on the cards of that page passes `pred`; the margin line,
// outside the grid, stays upright.
struct Backs {
  std::set<std::pair<int, int>> maire;
  int cards_spans = 0, cards_ok = 0, margin_spans = 0, margin_upright = 0;
};
template <typename Pred>
Backs read_backs(const std::string& pdf, Pred pred) {
  auto pages = read_text_spans(pdf);
  REQUIRE(pages.size() >= 2);
  Backs b;
  for (const auto& s : pages[0]) CHECK_MESSAGE(upright(s), "a front is not upright: " << s.text);
  for (const auto& s : pages[1]) {
    if (s.origins.empty()) continue;
    auto cell = cell_at(s.centre());
    if (cell.first < 0) {
      ++b.margin_spans;
      b.margin_upright += upright(s);
      continue;
    }
    ++b.cards_spans;
    b.cards_ok += pred(s);
    if (s.text.find("élections") != std::string::npos) b.maire.insert(cell);
  }
  return b;
}

// Builds with `duplex` and checks where La maire's backs land and how every back is drawn.
template <typename Pred>
void check_mode(const std::string& duplex, Pred pred, std::set<std::pair<int, int>> maire) {
  Backs b = read_backs(build(duplex), pred);
  CHECK(b.maire == maire);
  CHECK(b.cards_spans >= 7);  // every card on the sheet has text on its back
  CHECK(b.cards_ok == b.cards_spans);
  CHECK(b.margin_spans > 0);
  CHECK(b.margin_upright == b.margin_spans);
}

}  // namespace

// La maire is at columns 0 and 1 of the first row: a short-edge flip reverses the rows, a
// long-edge one the columns.
TEST_CASE("short-edge: backs turned 180° (a = d = -size) in the rows the flip reverses") {
  check_mode("short-edge", turned_180, {{0, 2}, {1, 2}});
}

TEST_CASE("short-edge-calendar: the same places, backs upright") {
  check_mode("short-edge-calendar", upright, {{0, 2}, {1, 2}});
}

TEST_CASE("long-edge: columns reverse, backs upright") {
  check_mode("long-edge", upright, {{2, 0}, {1, 0}});
}

TEST_CASE("calibrate: the sheet names the short-edge mode and shows its backs' way up") {
  auto calibrate = [](const std::string& duplex) {
    std::string out = temp_dir("calibrate-" + duplex) + "/cal.pdf";
    auto r = run(sh_quote(kitpress_binary()) + " calibrate " +
                 sh_quote(project_dir() + "/tests/cases/fields-kit") + " -o " + sh_quote(out) +
                 " --duplex " + duplex);
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    return out;
  };
  // The back's line on how to tell the modes apart, as drawn.
  auto mode_line = [](const std::string& pdf, std::string* text) {
    auto pages = read_text_spans(pdf);
    REQUIRE(pages.size() == 2);
    std::vector<TextSpan> line;
    for (const auto& s : pages[1])
      if (s.text.find(" over ") != std::string::npos || s.text.find(" reads ") != std::string::npos)
        line.push_back(s);
    *text = "";
    for (const auto& s : line) *text += s.text;
    return line;
  };
  std::string text;
  std::string turned = calibrate("short-edge");
  CHECK(read_words(turned)[0].text().find("short-edge, backs turned 180°, portrait") !=
        std::string::npos);
  auto line = mode_line(turned, &text);
  REQUIRE(!line.empty());
  CHECK_MESSAGE(text.find("book") != std::string::npos, text);
  for (const auto& s : line) CHECK(turned_180(s));
  std::string calendar = calibrate("short-edge-calendar");
  CHECK(read_words(calendar)[0].text().find("short-edge-calendar, backs upright, portrait") !=
        std::string::npos);
  line = mode_line(calendar, &text);
  REQUIRE(!line.empty());
  CHECK_MESSAGE(text.find("like a calendar") != std::string::npos, text);
  for (const auto& s : line) CHECK(upright(s));
  // Long-edge needs no telling apart: its sheet is as before, with no such line.
  CHECK(mode_line(calibrate("long-edge"), &text).empty());
}
