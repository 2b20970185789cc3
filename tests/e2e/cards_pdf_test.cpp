// End-to-end checks of out/<lang>/cards.pdf for the default kit, read back with poppler and qpdf.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

// Builds the default kit once into a temporary folder; returns the cards PDF path.
const std::string& default_cards() {
  static const std::string pdf = [] {
    std::string out = temp_dir("default-kit");
    auto r = run(sh_quote(kitpress_binary()) + " build " +
                 sh_quote(project_dir() + "/kit/bulle-dg") + " -o " + sh_quote(out) + " -q");
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    return out + "/fr/cards.pdf";
  }();
  return pdf;
}

// The trim rectangles of a 3x3 poker grid centred on A4 (points, top-left origin).
struct Cell {
  double x0, y0, x1, y1;
};
Cell a4_poker_cell(int col, int row) {
  const double w = 63 * kMm, h = 88 * kMm;
  const double gx = (210 * kMm - 3 * w) / 2, gy = (297 * kMm - 3 * h) / 2;
  return {gx + col * w, gy + row * h, gx + (col + 1) * w, gy + (row + 1) * h};
}

bool inside(const Word& w, const Cell& c, double inset) {
  return w.x0 >= c.x0 + inset - 0.5 && w.x1 <= c.x1 - inset + 0.5 && w.y0 >= c.y0 + inset - 1.5 &&
         w.y1 <= c.y1 - inset + 1.5;
}

}  // namespace

TEST_CASE("cards.pdf: 20 cards on 3 sheets, fronts then duplex backs") {
  auto info = read_info(default_cards());
  CHECK(info["Pages"] == "6");
  CHECK(info["Title"] == "Dans la bulle de votre DG");
  CHECK(info["Author"] == "Charlotte Rieuf, Noémie Quéré");
  CHECK(info["Creator"].rfind("kitpress ", 0) == 0);
  auto pages = read_words(default_cards());
  REQUIRE(pages.size() == 6);
  for (const auto& p : pages) {
    CHECK(std::fabs(p.width - 210 * kMm) < 0.01);
    CHECK(std::fabs(p.height - 297 * kMm) < 0.01);
  }
}

TEST_CASE("cards.pdf: every card's text is present and inside its card, clear of the safe zone") {
  auto pages = read_words(default_cards());
  REQUIRE(pages.size() == 6);
  // Front pages 0, 2, 4: each word belongs to exactly one of the 9 cells, 4 mm inside it,
  // except the sheet's margin line.
  int cards_seen = 0;
  for (int p : {0, 2, 4}) {
    std::set<int> used;
    for (const auto& w : pages[p].words) {
      if (w.y0 > 285 * kMm) continue;  // margin line below the grid
      int hits = 0;
      for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
          if (inside(w, a4_poker_cell(c, r), 4 * kMm - 1)) {
            ++hits;
            used.insert(r * 3 + c);
          }
      CHECK_MESSAGE(hits == 1,
                    "word '" << w.text << "' on page " << p + 1 << " at " << w.x0 << "," << w.y0);
    }
    cards_seen += static_cast<int>(used.size());
  }
  CHECK(cards_seen == 20);
  std::string all = pages[0].text() + " " + pages[2].text() + " " + pages[4].text();
  for (const char* s : {"méprisant", "L’apprenti", "peureux", "rayonner", "cofinancements", "Pas",
                        "concrets", "1/3", "7/7", "10/10", "Clichés", "Leviers"}) {
    CHECK_MESSAGE(all.find(s) != std::string::npos, std::string(s));
  }
}

TEST_CASE("cards.pdf: backs are mirrored for long-edge duplex") {
  auto pages = read_words(default_cards());
  REQUIRE(pages.size() == 6);
  // Sheet 3 holds cards 19 and 20 (leviers) in row 1, columns 1 and 2; their backs must be
  // in columns 3 and 2 of the back page (0-based: 2 and 1).
  const auto& back = pages[5];
  std::set<int> cols;
  for (const auto& w : back.words) {
    if (w.text != "Leviers") continue;
    for (int c = 0; c < 3; ++c)
      if (inside(w, a4_poker_cell(c, 0), 0)) cols.insert(c);
  }
  CHECK(cols == std::set<int>{1, 2});
  // Sheet 1: first card (profils, column 1) has its back in column 3.
  bool found = false;
  for (const auto& w : pages[1].words)
    if (w.text == "Profils" && inside(w, a4_poker_cell(2, 0), 0)) found = true;
  CHECK(found);
}

TEST_CASE("cards.pdf: fonts embedded and subset; qpdf finds no problem") {
  auto fonts = read_fonts(default_cards());
  REQUIRE(!fonts.empty());
  for (const auto& f : fonts) {
    CHECK_MESSAGE(f.embedded, f.name);
    CHECK_MESSAGE(f.subset, f.name);
    CHECK_MESSAGE(f.name.find("NotoSans") != std::string::npos, f.name);
  }
  auto q = run("qpdf --check " + sh_quote(default_cards()));
  CHECK_MESSAGE(q.exit_code == 0, q.out);
}

TEST_CASE(
    "every output is byte-identical when built twice, on every core or on one (PDFs, press PDF, "
    "PNG proofs)") {
  auto build = [](const std::string& name, const std::string& extra) {
    std::string out = temp_dir(name);
    auto r = run("cd / && " + sh_quote(kitpress_binary()) + " build " +
                 sh_quote(project_dir() + "/kit/bulle-dg") + " -o " + sh_quote(out) +
                 " -q --png --press" + extra);
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    return out;
  };
  std::string a = build("determinism", ""), b = build("determinism2", " -j 1");
  auto diff = run("diff -r " + sh_quote(a) + " " + sh_quote(b));
  CHECK_MESSAGE(diff.exit_code == 0, diff.out);
  auto files = run("find " + sh_quote(a) + " -type f | wc -l");
  CHECK(std::stoi(files.out) >= 4);  // cards, press, stickers and the proofs at least
  auto cmp = run("cmp " + sh_quote(a + "/fr/cards.pdf") + " " + sh_quote(default_cards()));
  CHECK_MESSAGE(cmp.exit_code == 0, cmp.out);
}

TEST_CASE("the calibration sheet is byte-identical when made twice, and carries the kit's date") {
  // It carried the wall clock as its creation date (cairo's default) before.
  auto calibrate = [](const std::string& name) {
    std::string out = temp_dir(name) + "/cal.pdf";
    auto r = run("env -u SOURCE_DATE_EPOCH " + sh_quote(kitpress_binary()) + " calibrate " +
                 sh_quote(project_dir() + "/tests/cases/fields-kit") + " -o " + sh_quote(out));
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    return out;
  };
  std::string a = calibrate("calibrate-once");
  run("sleep 1.1");  // the PDF dates count seconds
  std::string b = calibrate("calibrate-twice");
  auto cmp = run("cmp " + sh_quote(a) + " " + sh_quote(b));
  CHECK_MESSAGE(cmp.exit_code == 0, cmp.out);
  auto info = run("pdfinfo -isodates " + sh_quote(a));
  CHECK_MESSAGE(info.out.find("2026-02-10T00:00:00") != std::string::npos, info.out);
}
