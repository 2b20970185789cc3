// End-to-end checks of a kit whose decks declare their own fields (tests/cases/fields-kit):
// where each field's text lands on the sheets, copies, markup faces, footnote, landscape.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

const std::string& fields_cards() {
  static const std::string pdf = [] {
    std::string out = temp_dir("fields-kit");
    auto r =
        run(sh_quote(kitpress_binary()) + " build " +
            sh_quote(project_dir() + "/tests/cases/fields-kit") + " -o " + sh_quote(out) + " -q");
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    return out + "/fr/cards.pdf";
  }();
  return pdf;
}

struct Cell {
  double x0, y0, x1, y1;
  bool holds(const Word& w) const {
    return w.x0 >= x0 - 0.5 && w.x1 <= x1 + 0.5 && w.y0 >= y0 - 0.5 && w.y1 <= y1 + 0.5;
  }
};

// The trim rectangle of the card at (col, row) of a grid of w x h cards centred on A4.
Cell a4_cell(double w, double h, int cols, int rows, int col, int row) {
  const double gx = (210 * kMm - cols * w) / 2, gy = (297 * kMm - rows * h) / 2;
  return {gx + col * w, gy + row * h, gx + (col + 1) * w, gy + (row + 1) * h};
}

std::vector<Word> words_in(const PdfPage& p, const Cell& c) {
  std::vector<Word> out;
  for (const auto& w : p.words)
    if (c.holds(w)) out.push_back(w);
  return out;
}

const Word* find(const std::vector<Word>& words, const std::string& text) {
  for (const auto& w : words)
    if (w.text == text) return &w;
  return nullptr;
}

// The text of page `page` (1-based) per font name, from mutool's structured text.
std::map<std::string, std::string> text_by_font(const std::string& pdf, int page) {
  auto r = run("mutool draw -F stext -o - " + sh_quote(pdf) + " " + std::to_string(page) +
               " 2>/dev/null");
  std::map<std::string, std::string> out;
  static const std::regex font("<font name=\"([^\"]+)\""), ch("c=\"([^\"]*)\"");
  std::string current;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, font)) current = m[1];
    if (line.find("<char ") != std::string::npos && std::regex_search(line, m, ch))
      out[current] += m[1].str() == "&quot;" ? "\"" : m[1].str();
    if (line.find("</line>") != std::string::npos && !current.empty()) out[current] += " ";
  }
  return out;
}

}  // namespace

TEST_CASE("fields kit: every field's text is inside its card; the copied card prints twice") {
  auto pages = read_words(fields_cards());
  REQUIRE(pages.size() == 4);  // actors: fronts, backs; actions: fronts, backs
  const double w = 63 * kMm, h = 88 * kMm;
  // Four actor cards (la maire twice) on a 3x3 poker grid.
  const char* fields[][2] = {{"maire", "arbitre"},
                             {"maire", "arbitre"},
                             {"L’agricultrice", "bio"},
                             {"L’association", "jardin"}};
  const char* values[][3] = {{"Apport", "foncier", "terrain"},
                             {"Apport", "foncier", "terrain"},
                             {"Apport", "légumes", "familles"},
                             {"Apport", "bras", "créneau"}};
  for (int i = 0; i < 4; ++i) {
    CAPTURE(i);
    Cell c = a4_cell(w, h, 3, 3, i % 3, i / 3);
    auto in = words_in(pages[0], c);
    CHECK(find(in, fields[i][0]));                                  // name (title)
    CHECK(find(in, fields[i][1]));                                  // role (text)
    for (const char* v : values[i]) CHECK_MESSAGE(find(in, v), v);  // brings, question
    CHECK(find(in, "Question"));
  }
  int maire = 0;
  for (const auto& word : pages[0].words) maire += word.text == "maire" ? 1 : 0;
  CHECK(maire == 2);
  // The badge (duration) in the top-right corner, in the band: its default when a card has none.
  for (int i : {0, 1}) {
    Cell c = a4_cell(w, h, 3, 3, i, 0);
    auto in = words_in(pages[0], c);
    const Word* badge = find(in, "semaines");
    REQUIRE(badge);
    CHECK(badge->x1 > c.x1 - 20 * kMm);
    CHECK(badge->x1 <= c.x1 - 4 * kMm + 0.5);
    CHECK(badge->y1 < c.y0 + 12 * kMm);
  }
  CHECK(find(words_in(pages[0], a4_cell(w, h, 3, 3, 2, 0)), "mois"));  // the default "2 mois"
  CHECK(find(words_in(pages[0], a4_cell(w, h, 3, 3, 0, 1)), "P1"));
}

TEST_CASE("fields kit: the footnote prints at the bottom of its card") {
  auto pages = read_words(fields_cards());
  REQUIRE(pages.size() == 4);
  Cell c = a4_cell(63 * kMm, 88 * kMm, 3, 3, 2, 0);
  const auto in_cell = words_in(pages[0], c);  // alive while `note` points into it
  const Word* note = find(in_cell, "circuits");
  REQUIRE(note);
  CHECK(note->y0 > c.y0 + 0.75 * (c.y1 - c.y0));
  CHECK(note->y1 < c.y1 - 4 * kMm);
}

TEST_CASE("fields kit: **bold** and *italic* print in bold and italic faces, without asterisks") {
  auto fonts = text_by_font(fields_cards(), 1);
  bool bold = false, italic = false;
  for (const auto& [font, text] : fonts) {
    CAPTURE(font);
    CHECK(text.find('*') == std::string::npos);
    if (font.find("Bold") != std::string::npos && text.find("arbitre") != std::string::npos)
      bold = true;
    if (font.find("Italic") != std::string::npos &&
        text.find("vingt hectares") != std::string::npos)
      italic = true;
    if (font.find("Regular") != std::string::npos) CHECK(text.find("arbitre") == std::string::npos);
  }
  CHECK(bold);
  CHECK(italic);
  auto pages = read_words(fields_cards());
  // The explicit line break: the two sentences of the association's role on two lines.
  const Word* a = nullptr;
  const Word* b = nullptr;
  for (const auto& w : pages[0].words) {
    if (w.text == "partagé.") a = &w;
    if (w.text == "réunit") b = &w;
  }
  REQUIRE(a);
  REQUIRE(b);
  CHECK(b->cy() > a->cy() + 8);  // a line lower, at 10pt × 1.25
}

TEST_CASE("fields kit: the landscape tarot deck and its backs with a hint, mirrored for duplex") {
  auto pages = read_words(fields_cards());
  REQUIRE(pages.size() == 4);
  const double w = 120 * kMm, h = 70 * kMm;
  // 120x70 mm on A4 portrait: one column of four.
  for (int i = 0; i < 2; ++i) {
    Cell c = a4_cell(w, h, 1, 4, 0, i);
    auto in = words_in(pages[2], c);
    CHECK(find(in, i == 0 ? "Composter" : "atelier"));
    const Word* badge = find(in, "semaines");
    REQUIRE(badge);
    CHECK(badge->x1 > c.x1 - 30 * kMm);  // bottom-right corner
    CHECK(badge->y0 > c.y1 - 20 * kMm);
    // Long-edge duplex on one column: a back stays in its row.
    auto back = words_in(pages[3], c);
    CHECK(find(back, i == 0 ? "quartier." : "local."));
    CHECK_FALSE(find(back, i == 0 ? "Composter" : "atelier"));
  }
}

TEST_CASE("fields kit: a card's own back lands behind its front for long-edge duplex") {
  auto pages = read_words(fields_cards());
  REQUIRE(pages.size() == 4);
  const double w = 63 * kMm, h = 88 * kMm;
  // La maire is at columns 0 and 1 of the first row: its backs at columns 2 and 1.
  for (int col = 0; col < 3; ++col) {
    CAPTURE(col);
    auto in = words_in(pages[1], a4_cell(w, h, 3, 3, col, 0));
    CHECK(bool(find(in, "élections")) == (col != 0));
    CHECK_FALSE(find(in, "maire"));  // the back shows the back fields only
  }
}

TEST_CASE("fields kit: the press PDF draws the same fields, markup faces and own backs") {
  std::string out = temp_dir("fields-kit-press");
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/fields-kit") + " --press -o " +
               sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto pages = read_words(out + "/fr/cards-press.pdf");
  REQUIRE(pages.size() == 10);  // 5 designs (copies are a quantity for the shop), front + back
  CHECK(pages[0].text().find("Apport") != std::string::npos);
  CHECK(pages[0].text().find("6 semaines") != std::string::npos);
  CHECK(pages[1].text().find("élections") != std::string::npos);  // la maire's own back
  CHECK(pages[1].text().find("maire") == std::string::npos);
  bool italic = false;
  for (const auto& f : read_fonts(out + "/fr/cards-press.pdf"))
    italic = italic || f.name.find("Italic") != std::string::npos;
  CHECK(italic);
}
