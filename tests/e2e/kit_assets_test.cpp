// End-to-end checks of a kit's assets: SVG icons on decks and cards (vector paths in the office
// and press PDFs), a deck of 50 cards from a CSV file, and the second example kit.
#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

std::string build(const std::string& name, const std::string& kit, const std::string& args = "") {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/" + kit) +
               " -o " + sh_quote(out) + " " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  CHECK_MESSAGE(r.out.find("warning") == std::string::npos, r.out);
  return out;
}

// How many images `pdfimages -list` finds (its two header lines left out).
int raster_images(const std::string& pdf) {
  auto r = run("pdfimages -list " + sh_quote(pdf) + " | tail -n +3 | wc -l");
  REQUIRE(r.exit_code == 0);
  return std::stoi(r.out);
}

// The PDF's uncompressed content.
std::string content(const std::string& pdf) {
  auto r = run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) + " -");
  REQUIRE(r.exit_code == 0);
  return r.out;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

const Word* find_word(const PdfPage& page, const std::string& text, size_t nth = 0) {
  for (const auto& w : page.words)
    if (w.text == text && nth-- == 0) return &w;
  return nullptr;
}

}  // namespace

TEST_CASE("SVG icons of a deck and a card print as vector paths, the title beside the icon") {
  const std::string out = build("assets-fields", "tests/cases/fields-kit", "--press -q");
  const std::string pdf = out + "/fr/cards.pdf";
  CHECK(raster_images(pdf) == 0);  // no pixels: the icons are paths
  const std::string c = content(pdf);
  // The key of the mayor's card, stroked in its own red (#C8102E), on both copies of the card.
  CHECK(count(c, "0.784314 0.0627451 0.180392 RG") == 2);
  // The deck icon's orange person (#E07B2B) in each card's band and on each back.
  CHECK(count(c, "0.878431 0.482353 0.168627 rg") >= 8);
  // The press PDF draws them too, as CMYK paths: no image, no RGB colour.
  const std::string press = out + "/fr/cards-press.pdf";
  CHECK(raster_images(press) == 0);
  const std::string p = content(press);
  CHECK(p.find(" rg\n") == std::string::npos);
  CHECK(p.find(" RG\n") == std::string::npos);
  // The mayor's title starts after its icon; the body below starts at the card's margin.
  auto pages = read_words(pdf);
  REQUIRE(!pages.empty());
  const Word* la = find_word(pages[0], "La");
  const Word* elle = find_word(pages[0], "Elle");
  REQUIRE(la);
  REQUIRE(elle);
  CHECK(elle->y0 > la->y1);
  CHECK(la->x0 - elle->x0 > 20);  // the icon is 13 × 1.6 pt wide, then a 2 mm gap
  CHECK(la->x0 - elle->x0 < 32);
}

TEST_CASE("a deck of 50 cards from a CSV file builds, with quoted cells and copies") {
  const std::string out = build("assets-csv", "tests/cases/csv-kit", "-q");
  auto pages = read_words(out + "/fr/cards.pdf");
  std::string all;
  for (size_t i = 0; i < pages.size(); i += 2) all += pages[i].text() + " ";  // fronts
  for (int n = 1; n <= 50; ++n) {
    char title[32];
    std::snprintf(title, sizeof title, "Contact %02d", n);
    CAPTURE(title);
    CHECK(count(all, title) == (n == 3 ? 2u : 1u));  // row 3 has copies: 2
  }
  // 51 cards, 9 a sheet: 6 sheets of fronts and backs.
  CHECK(pages.size() == 12);
  CHECK(all.find("Agricultrice, maraîchère bio") != std::string::npos);  // a quoted comma
  CHECK(all.find("Technicien « eau et") != std::string::npos);           // doubled quotes, as « »
  CHECK(all.find("la voirie et les marchés") != std::string::npos);      // a line break
  CHECK(all.find("\"\"") == std::string::npos);
}

TEST_CASE("the second example kit prints in French and German, office and press") {
  const std::string out = build("assets-territoire", "kit/territoire", "--lang all --press -q");
  for (const char* lang : {"fr", "de"}) {
    CAPTURE(lang);
    const std::string pdf = out + "/" + lang + "/cards.pdf";
    CHECK(raster_images(pdf) == 0);
    auto pages = read_words(pdf);
    // Acteurs (5 cards with the copy), Actions (3 landscape), Ressources (5 from the CSV).
    REQUIRE(pages.size() == 6);
    std::string text;
    for (const auto& p : pages) text += p.text() + " ";
    if (std::string(lang) == "de") {
      CHECK(text.find("Bürgermeisterin") != std::string::npos);
      CHECK(text.find("Häcksler") != std::string::npos);  // from the CSV, translated
      CHECK(text.find("Maire") == std::string::npos);
    } else {
      CHECK(text.find("Broyeur de végétaux") != std::string::npos);
    }
    CHECK(read_info(out + "/" + lang + "/cards-press.pdf")["Pages"] != "");
  }
}
