// End-to-end checks of stickers.pdf on real label stock: sheet counts and where each text landed.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <regex>
#include <set>
#include <vector>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

struct Product {
  const char* name;
  int cols, rows;
  double left, top, pitch_x, pitch_y, w, h;  // mm
  int sheets, last;                          // for 12 participants x 13 qualities
  bool round;
};

// The figures of PRINT.md, independent of kit/stock/labels.yaml.
const Product kProducts[] = {
    {"Avery L7160", 3, 7, 7.20, 15.15, 66.04, 38.10, 63.5, 38.1, 8, 9, false},
    {"Avery L7651", 5, 13, 4.67, 10.90, 40.64, 21.17, 38.1, 21.17, 3, 26, false},
    {"Herma 4686", 4, 6, 16, 13.5, 46, 46, 40, 40, 7, 12, true},
    {"Avery 5160", 3, 10, 4.78, 12.70, 69.85, 25.40, 66.68, 25.4, 6, 6, false},
};

// A gLabels template's geometry, read from its XML here (not through kitpress's reader).
double xml_mm(const std::string& v) {
  double x = std::stod(v);
  if (v.find("mm") != std::string::npos) return x;
  if (v.find("cm") != std::string::npos) return x * 10;
  if (v.find("in") != std::string::npos) return x * 25.4;
  return x / kMm;  // points
}

std::string xml_attr(const std::string& element, const std::string& name) {
  std::smatch m;
  if (!std::regex_search(element, m, std::regex("\\b" + name + "=\"([^\"]*)\""))) return "";
  return m[1];
}

Product from_glabels(const char* brand, const char* part, const char* name) {
  Product p{name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, true};
  for (const auto& e : std::filesystem::directory_iterator("/usr/share/libglabels-3.0/templates")) {
    std::string xml = read_text_file(e.path().string());
    size_t at = xml.find("<Template brand=\"" + std::string(brand) + "\" part=\"" + part + "\"");
    if (at == std::string::npos) continue;
    std::string t = xml.substr(at, xml.find("</Template>", at) - at);
    auto element = [&t](const char* tag) {
      size_t b = t.find(tag);
      return b == std::string::npos ? std::string() : t.substr(b, t.find('>', b) - b);
    };
    const std::string label = element("<Label-round"), layout = element("<Layout");
    p.w = p.h = 2 * xml_mm(xml_attr(label, "radius"));
    p.cols = std::stoi(xml_attr(layout, "nx"));
    p.rows = std::stoi(xml_attr(layout, "ny"));
    p.left = xml_mm(xml_attr(layout, "x0"));
    p.top = xml_mm(xml_attr(layout, "y0"));
    p.pitch_x = xml_mm(xml_attr(layout, "dx"));
    p.pitch_y = xml_mm(xml_attr(layout, "dy"));
    const int per = p.cols * p.rows;
    p.sheets = (156 + per - 1) / per;
    p.last = 156 - (p.sheets - 1) * per;
  }
  REQUIRE_MESSAGE(p.cols > 0, "gLabels' " << name << " (is glabels-data installed?)");
  return p;
}

// The stock products, and two that only gLabels' database lists (rounds, on A4 and Letter).
std::vector<Product> products() {
  std::vector<Product> all(std::begin(kProducts), std::end(kProducts));
  all.push_back(from_glabels("Rayfilm", "4040K", "Rayfilm 4040K"));
  all.push_back(from_glabels("Avery", "5194", "Avery 5194"));
  return all;
}

std::string build(const std::string& product, const std::string& extra = "") {
  std::string out = temp_dir("stickers-" + product.substr(product.size() - 4));
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out) + " -q --participants 12 --labels " + sh_quote(product) +
               " " + extra);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/fr/stickers.pdf";
}

bool is_caption(const std::string& w) {
  return w == "Le" || w == "DG" || w == "idéal" || w == "serait…";
}

}  // namespace

// Why the centre of pdftotext's word boxes measures the centring honestly: a word box spans
// the font's ascent above the baseline to its descent below (the font descriptor's metrics,
// not the ink), and kitpress centres the text's line boxes, each also ascent + descent of the
// same font, the line-height adjustment split equally above and below. So for one line the
// word box and the line box share their centre, and for several lines the union of the word
// boxes (first line's top to last line's bottom) shares the block's centre. Measured: within
// 0.001 mm on every product below; a misplaced baseline or an uncentred block shows at once.
TEST_CASE(
    "stickers: 156 for 12 participants, on the right number of sheets, each centred on its label") {
  for (const Product& p : products()) {
    std::string name = p.name;
    CAPTURE(name);
    auto pages = read_words(build(p.name));
    REQUIRE(static_cast<int>(pages.size()) == p.sheets);
    int stickers = 0;
    double worst = 0;
    for (size_t s = 0; s < pages.size(); ++s) {
      int on_sheet = 0;
      for (int i = 0; i < p.cols * p.rows; ++i) {
        double x0 = (p.left + (i % p.cols) * p.pitch_x) * kMm,
               y0 = (p.top + (i / p.cols) * p.pitch_y) * kMm;
        double x1 = x0 + p.w * kMm, y1 = y0 + p.h * kMm;
        double bx0 = 1e9, by0 = 1e9, bx1 = -1e9, by1 = -1e9;
        for (const auto& w : pages[s].words) {
          if (w.cx() < x0 || w.cx() > x1 || w.cy() < y0 || w.cy() > y1) continue;
          // Nothing crosses the label's edge.
          CHECK(w.x0 >= x0);
          CHECK(w.x1 <= x1);
          CHECK(w.y0 >= y0);
          CHECK(w.y1 <= y1);
          if (p.round) {  // and for a round label, nothing crosses the circle
            const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, r = p.w * kMm / 2;
            for (double x : {w.x0, w.x1})
              for (double y : {w.y0, w.y1}) CHECK(std::hypot(x - cx, y - cy) <= r);
          }
          if (is_caption(w.text)) continue;
          bx0 = std::min(bx0, w.x0), by0 = std::min(by0, w.y0), bx1 = std::max(bx1, w.x1),
          by1 = std::max(by1, w.y1);
        }
        if (bx1 < bx0) continue;  // an empty label
        ++on_sheet;
        double dx = ((bx0 + bx1) / 2 - (x0 + x1) / 2) / kMm,
               dy = ((by0 + by1) / 2 - (y0 + y1) / 2) / kMm;
        worst = std::max(worst, std::hypot(dx, dy));
      }
      if (s + 1 == pages.size()) CHECK(on_sheet == p.last);
      stickers += on_sheet;
    }
    CHECK(stickers == 156);
    MESSAGE(name << ": worst text centre offset " << worst << " mm");
    CHECK(worst <= 0.1);
  }
}

TEST_CASE(
    "stickers: --start skips the used labels of the first sheet; --outlines draws the labels") {
  auto pages = read_words(build("L7160", "--start 5"));
  REQUIRE(pages.size() == 8);  // 4 + 156 = 160 labels = 7 sheets and 13
  double first_y = 1e9, first_x = 1e9;
  for (const auto& w : pages[0].words)
    if (!is_caption(w.text) && w.cy() < first_y - 1) first_y = w.cy(), first_x = w.cx();
  // Label 5 is the middle of the second row.
  CHECK(std::fabs(first_x / kMm - (7.20 + 66.04 + 63.5 / 2)) < 0.2);
  CHECK(std::fabs(first_y / kMm - (15.15 + 38.1 + 38.1 / 2)) < 0.2);
}

TEST_CASE("stickers: an unknown product gets a suggestion") {
  // A bad --labels value is a bad command line (exit code 2), not a kit error.
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(temp_dir("stickers-bad")) + " --labels L7610");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("unknown label product \"L7610\" (did you mean") != std::string::npos);
}

TEST_CASE("labels: search by shape and size, gLabels' products beside kitpress's, paper units") {
  const std::string bin = sh_quote(kitpress_binary());
  auto rounds = run(bin + " labels --shape round --size 40mm");
  REQUIRE(rounds.exit_code == 0);
  CHECK_MESSAGE(rounds.out.find("\nHerma 4686             A4       round 40 mm                "
                                "4 x 6 = 24   16, 13.5 mm       46 x 46 mm           kitpress\n") !=
                    std::string::npos,
                rounds.out);
  for (const char* glabels : {"\nHama 50151 ", "\nRayfilm 4040K "})
    CHECK_MESSAGE(rounds.out.find(glabels) != std::string::npos, glabels);
  CHECK(rounds.out.find("rectangle") == std::string::npos);
  // Letter products in inches, from gLabels' XML (0.21in, 0.425in; pitch 2.75in x 2.515in).
  auto letter = run(bin + " labels 5194 --paper Letter");
  CHECK_MESSAGE(letter.out.find("Avery 5194             Letter   round 2.5 in               "
                                "3 x 4 = 12   0.21, 0.425 in    2.75 x 2.515 in      gLabels") !=
                    std::string::npos,
                letter.out);
  CHECK(run(bin + " labels --shape hexagon").exit_code == 2);
  CHECK(run(bin + " labels --size big").exit_code == 2);
  // Without gLabels' database kitpress still knows its own stock and builds the default kit.
  auto none = run("KITPRESS_GLABELS_DIR= " + bin + " labels --shape round");
  CHECK(none.out.find("Herma 4686") != std::string::npos);
  CHECK(none.out.find("gLabels' database is not installed") != std::string::npos);
  CHECK(
      run("KITPRESS_GLABELS_DIR= " + bin + " check -q " + sh_quote(project_dir() + "/kit/bulle-dg"))
          .exit_code == 0);
  CHECK(run("KITPRESS_GLABELS_DIR= " + bin + " check -q --labels \"Rayfilm 4040K\" " +
            sh_quote(project_dir() + "/kit/bulle-dg"))
            .exit_code == 2);
}

TEST_CASE("stickers: a label product defined in the kit's YAML is used without code") {
  std::string out = temp_dir("stickers-own");
  auto r =
      run(sh_quote(kitpress_binary()) + " build " +
          sh_quote(project_dir() + "/tests/cases/own-labels") + " -o " + sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto pages = read_words(out + "/en/stickers.pdf");
  REQUIRE(pages.size() == 1);
  REQUIRE(pages[0].words.size() == 6);  // 3 copies of 2 texts
  // Label 4 (second row, right): centre at 40 + 80 + 25 mm, 30 + 60 + 25 mm.
  const Word& w = pages[0].words[3];
  CHECK(w.text == "Welcome");
  CHECK(std::fabs(w.cx() / kMm - 145) < 0.1);
  CHECK(std::fabs(w.cy() / kMm - 115) < 0.1);
}

TEST_CASE("copies {per-participant: 2}: two sets each, and the guide counts the sheets printed") {
  const std::string kit = project_dir() + "/tests/cases/sticker-sets-kit";
  std::string out = temp_dir("sticker-sets");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " --participants 20 -o " +
               sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  const std::set<std::string> texts = {
      "kind",  "brave",  "bold",    "calm",     "curious", "fair",     "open",   "ready", "steady",
      "witty", "honest", "patient", "generous", "careful", "cheerful", "humble", "loyal"};
  REQUIRE(texts.size() == 17);
  auto pages = read_words(out + "/en/stickers.pdf");
  int stickers = 0;
  for (const auto& p : pages)
    for (const auto& w : p.words) stickers += texts.count(w.text) ? 1 : 0;
  CHECK(stickers == 20 * 2 * 17);  // 680
  // The materials line counts the same sheets as stickers.pdf has pages.
  std::string guide;
  for (const auto& p : read_words(out + "/en/guide.pdf")) guide += p.text() + "\n";
  std::smatch m;
  REQUIRE(std::regex_search(guide, m, std::regex("([0-9]+) sticker sheets \\(([0-9]+) stickers")));
  CHECK(std::stoi(m[1]) == static_cast<int>(pages.size()));
  CHECK(std::stoi(m[2]) == 680);
  CHECK(pages.size() == 33);  // 680 labels, 21 a sheet
}

TEST_CASE("sticker sets: each with its caption and copies, set after set on one run of sheets") {
  const std::string kit = project_dir() + "/tests/cases/sticker-two-sets";
  std::string out = temp_dir("sticker-two-sets");
  auto r =
      run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " -o " + sh_quote(out) + " -q");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto pages = read_words(out + "/en/stickers.pdf");
  REQUIRE(pages.size() == 1);  // 4 x 2 + 3 x 2 = 14 labels of 21
  std::map<std::string, int> count;
  std::vector<std::string> order;  // the sticker texts in reading order of their labels
  for (const auto& w : pages[0].words) {
    ++count[w.text];
    if (w.text == "kind" || w.text == "brave" || w.text == "sun" || w.text == "moon")
      order.push_back(w.text);
  }
  CHECK(count["kind"] == 4);
  CHECK(count["brave"] == 4);
  CHECK(count["sun"] == 3);
  CHECK(count["moon"] == 3);
  CHECK(count["We"] == 8);  // the first set's caption, on its 8 stickers only
  CHECK(count["Symbol"] == 6);
  // Each symbol's caption sits just above a symbol, not above a quality.
  for (const auto& c : pages[0].words) {
    if (c.text != "Symbol") continue;
    const Word* below = nullptr;
    for (const auto& w : pages[0].words)
      if (w.cy() > c.y1 && std::abs(w.cx() - c.cx()) < 40 && (!below || w.y0 < below->y0))
        below = &w;
    REQUIRE(below);
    CHECK((below->text == "sun" || below->text == "moon"));
  }
}
