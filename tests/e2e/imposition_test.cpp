// End-to-end checks of imposed sheets: card positions for each paper, orientation and duplex mode.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

struct Sheet {
  double w, h;    // paper, mm
  double cw, ch;  // card, mm
  int cols, rows;
  double gutter = 0;  // mm
  // Centre of the card cell (col, row), points.
  double cx(int c) const {
    return ((w - (cols * cw + (cols - 1) * gutter)) / 2 + c * (cw + gutter) + cw / 2) * kMm;
  }
  double cy(int r) const {
    return ((h - (rows * ch + (rows - 1) * gutter)) / 2 + r * (ch + gutter) + ch / 2) * kMm;
  }
};

std::vector<PdfPage> build(const std::string& name, const std::string& args,
                           const std::string& kit = "") {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(kit.empty() ? project_dir() + "/kit/bulle-dg" : kit) + " -o " +
               sh_quote(out) + " -q " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return read_words(out + "/fr/cards.pdf");
}

// The cell (col, row) holding the centre of the first word `text` on the page, or (-1, -1).
std::pair<int, int> cell_of(const PdfPage& p, const Sheet& s, const std::string& text) {
  for (const auto& w : p.words) {
    if (w.text != text) continue;
    for (int c = 0; c < s.cols; ++c)
      for (int r = 0; r < s.rows; ++r)
        if (std::fabs(w.cx() - s.cx(c)) < s.cw * kMm / 2 &&
            std::fabs(w.cy() - s.cy(r)) < s.ch * kMm / 2)
          return {c, r};
  }
  return {-1, -1};
}

// Every cell holding the word `text` on the page.
std::set<std::pair<int, int>> cells_of(const PdfPage& p, const Sheet& s, const std::string& text) {
  std::set<std::pair<int, int>> cells;
  for (const auto& w : p.words) {
    if (w.text != text) continue;
    for (int c = 0; c < s.cols; ++c)
      for (int r = 0; r < s.rows; ++r)
        if (std::fabs(w.cx() - s.cx(c)) < s.cw * kMm / 2 &&
            std::fabs(w.cy() - s.cy(r)) < s.ch * kMm / 2)
          cells.insert({c, r});
  }
  return cells;
}

// The three "profils" cards fill the first row's first cells; their backs ("Profils de DG")
// sit where the flip puts them.
void check_backs(const std::vector<PdfPage>& pages, const Sheet& s,
                 std::set<std::pair<int, int>> want) {
  REQUIRE(pages.size() >= 2);
  CHECK(cells_of(pages[0], s, "PROFILS") == std::set<std::pair<int, int>>{{0, 0}, {1, 0}, {2, 0}});
  CHECK(cells_of(pages[1], s, "Profils") == want);
}

}  // namespace

TEST_CASE("Letter 9-up, short-edge: rows reverse, columns stay") {
  Sheet s{215.9, 279.4, 63, 88, 3, 3};
  auto pages = build("letter-short", "--paper Letter --duplex short-edge");
  REQUIRE(pages.size() == 6);
  CHECK(std::fabs(pages[0].width - 612) < 0.01);
  CHECK(std::fabs(pages[0].height - 792) < 0.01);
  check_backs(pages, s, {{0, 2}, {1, 2}, {2, 2}});
}

TEST_CASE("A4 landscape poker 4 x 2: long-edge reverses rows, short-edge columns") {
  Sheet s{297, 210, 63, 88, 4, 2};
  auto longe = build("land-long", "--orientation landscape");
  CHECK(std::fabs(longe[0].width - 297 * kMm) < 0.01);
  check_backs(longe, s, {{0, 1}, {1, 1}, {2, 1}});
  check_backs(build("land-short", "--orientation landscape --duplex short-edge"), s,
              {{3, 0}, {2, 0}, {1, 0}});
}

TEST_CASE("A4 landscape tarot cards, 4 x 1") {
  std::string kit = temp_dir("tarot") + "/kit";
  auto r = run("cp -r " + sh_quote(project_dir() + "/kit/bulle-dg") + " " + sh_quote(kit) +
               " && sed -i 's/^size: poker/size: tarot/' " + sh_quote(kit) + "/decks/*.yaml");
  REQUIRE(r.exit_code == 0);
  Sheet s{297, 210, 70, 120, 4, 1};
  auto pages = build("tarot-out", "--orientation landscape", kit);
  CHECK(pages.size() == 10);  // 20 cards, 4 a sheet, fronts and backs
  check_backs(pages, s, {{0, 0}, {1, 0}, {2, 0}});
  CHECK(cell_of(pages[0], s, "1/3") == std::make_pair(0, 0));
  CHECK(cell_of(pages[0], s, "1/7") == std::make_pair(3, 0));
}

TEST_CASE("duplex off: fronts only; gutter and back offset move cards") {
  CHECK(build("off", "--duplex off").size() == 3);
  Sheet g{210, 297, 63, 88, 2, 3, 6};
  auto gut = build("gutter", "--gutter 6mm");
  REQUIRE(gut.size() == 8);  // 20 cards, 6 a sheet: 4 sheets
  CHECK(cells_of(gut[0], g, "PROFILS") == std::set<std::pair<int, int>>{{0, 0}, {1, 0}, {0, 1}});
  CHECK(cells_of(gut[1], g, "Profils") == std::set<std::pair<int, int>>{{1, 0}, {0, 0}, {1, 1}});
  auto plain = build("no-offset", "");
  auto moved = build("offset", "--back-offset 2,-1");
  auto pos = [](const PdfPage& p) {
    for (const auto& w : p.words)
      if (w.text == "Profils") return std::make_pair(w.x0, w.y0);
    return std::make_pair(0.0, 0.0);
  };
  CHECK(pos(moved[1]).first - pos(plain[1]).first == doctest::Approx(2 * kMm).epsilon(0.001));
  CHECK(pos(moved[1]).second - pos(plain[1]).second == doctest::Approx(-1 * kMm).epsilon(0.001));
  CHECK(pos(moved[0]) == pos(plain[0]));
}

TEST_CASE("cards that do not fit: a clear error, nothing written") {
  std::string out = temp_dir("nofit");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out) + " --grid 3x4");
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(
      r.out.find("do not fit on the paper: 3 x 4 cards of 63 mm x 88 mm need") != std::string::npos,
      r.out);
}

TEST_CASE("calibrate: one duplex sheet with scales") {
  std::string out = temp_dir("calibrate") + "/cal.pdf";
  auto r =
      run(sh_quote(kitpress_binary()) + " calibrate " + sh_quote(project_dir() + "/kit/bulle-dg") +
          " -o " + sh_quote(out) + " --paper Letter --duplex short-edge");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto pages = read_words(out);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].text().find("+4") != std::string::npos);
  CHECK(pages[0].text().find("short-edge, backs turned 180°, portrait") != std::string::npos);
}
