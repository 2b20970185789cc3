// End-to-end checks of cards-press.pdf: boxes, CMYK-only content, metadata, fonts, glyph positions.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

std::string build(const std::string& name, const std::string& kit, const std::string& args) {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " -o " + sh_quote(out) +
               " -q " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/fr/";
}

const std::string& default_press() {
  static const std::string pdf =
      build("press", project_dir() + "/kit/bulle-dg", "--press") + "cards-press.pdf";
  return pdf;
}

// A copy of the default kit whose decks use `size` (e.g. "63.5x88.9mm").
std::string kit_with_size(const std::string& name, const std::string& size) {
  std::string dir = temp_dir(name) + "/kit";
  auto r =
      run("cp -r " + sh_quote(project_dir() + "/kit/bulle-dg") + " " + sh_quote(dir) +
          " && sed -i 's/^size: poker/size: \"" + size + "\"/' " + sh_quote(dir) + "/decks/*.yaml");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return dir;
}

void check_box(const std::vector<double>& box, std::vector<double> want) {
  REQUIRE(box.size() == 4);
  for (size_t i = 0; i < 4; ++i)
    CHECK_MESSAGE(std::fabs(box[i] - want[i]) < 0.01, "got " << box[i] << " want " << want[i]);
}

std::string qdf(const std::string& pdf) {
  std::string out = pdf + ".qdf";
  auto r = run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) + " " + sh_quote(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return read_text_file(out);
}

}  // namespace

TEST_CASE("cards-press.pdf: 40 pages, poker trim inside a 3 mm bleed on every page") {
  auto info = read_info(default_press());
  CHECK(info["Pages"] == "40");
  auto boxes = read_boxes(default_press());
  REQUIRE(boxes.size() == 40);
  const double b = 3 * kMm, w = 63 * kMm, h = 88 * kMm;
  for (auto& p : boxes) {
    check_box(p.boxes["MediaBox"], {0, 0, w + 2 * b, h + 2 * b});
    check_box(p.boxes["BleedBox"], {0, 0, w + 2 * b, h + 2 * b});
    check_box(p.boxes["TrimBox"], {b, b, b + w, b + h});
  }
  // PRINT.md's figures for a 63.5 x 88.9 mm card.
  std::string pdf =
      build("press-635", kit_with_size("kit-635", "63.5x88.9mm"), "--press") + "cards-press.pdf";
  auto exact = read_boxes(pdf);
  REQUIRE(!exact.empty());
  check_box(exact[0].boxes["MediaBox"], {0, 0, 197.008, 269.008});
  check_box(exact[0].boxes["TrimBox"], {8.504, 8.504, 188.504, 260.504});
}

TEST_CASE("cards-press.pdf: fronts and backs alternate") {
  auto pages = read_words(default_press());
  REQUIRE(pages.size() == 40);
  static const std::regex number(R"((^| )[0-9]+/[0-9]+( |$))");  // a front's "3/7"
  for (size_t i = 0; i < pages.size(); ++i) {
    bool front = std::regex_search(pages[i].text(), number);
    CHECK_MESSAGE(front == (i % 2 == 0), "page " << i + 1 << ": " << pages[i].text());
  }
  CHECK(pages[1].text().find("Profils de DG") != std::string::npos);
  CHECK(pages[39].text().find("Leviers") != std::string::npos);
}

TEST_CASE("cards-press.pdf: DeviceCMYK only, black text 100 % K, no marks unless asked") {
  std::string q = qdf(default_press());
  static const std::regex rgb_op(R"((^|\s)(rg|RG)\s)");
  CHECK_FALSE(std::regex_search(q, rgb_op));
  CHECK(q.find("/DeviceRGB") == std::string::npos);
  CHECK(q.find("/CS") == std::string::npos);            // no other colour space selected
  CHECK(q.find("\n0 0 0 1 k\n") != std::string::npos);  // the theme's text colour
  CHECK(q.find("1 1 1 1 K") == std::string::npos);      // registration: no crop marks
  CHECK(q.find("/SMask") == std::string::npos);
  CHECK(q.find("/Transparency") == std::string::npos);

  std::string marked =
      build("press-marks", project_dir() + "/kit/bulle-dg", "--press --crop-marks") +
      "cards-press.pdf";
  std::string qm = qdf(marked);
  CHECK(qm.find("1 1 1 1 K") != std::string::npos);
  auto boxes = read_boxes(marked);
  REQUIRE(!boxes.empty());
  const double b = 3 * kMm, w = 63 * kMm, h = 88 * kMm, e = b + 6 * kMm;
  check_box(boxes[0].boxes["MediaBox"], {0, 0, w + 2 * e, h + 2 * e});
  check_box(boxes[0].boxes["BleedBox"], {e - b, e - b, e + w + b, e + h + b});
  check_box(boxes[0].boxes["TrimBox"], {e, e, e + w, e + h});
}

TEST_CASE("cards-press.pdf: OutputIntent, Info, Trapped, /ID, fonts embedded, qpdf clean") {
  std::string q = qdf(default_press());
  CHECK(q.find("/S /GTS_PDFX") != std::string::npos);
  CHECK(q.find("/OutputConditionIdentifier (CGATS TR 001)") != std::string::npos);
  CHECK(q.find("/DestOutputProfile") != std::string::npos);
  CHECK(q.find("/Trapped /False") != std::string::npos);
  CHECK(q.find("/ID [<") != std::string::npos);
  CHECK(q.find("/Encrypt") == std::string::npos);
  auto info = read_info(default_press());
  CHECK(info["Title"] == "Dans la bulle de votre DG");
  CHECK(info["Author"] == "Charlotte Rieuf, Noémie Quéré");
  CHECK(info["CreationDate"].find("2026") != std::string::npos);
  auto fonts = read_fonts(default_press());
  REQUIRE(!fonts.empty());
  for (const auto& f : fonts) {
    CHECK_MESSAGE(f.embedded, f.name);
    CHECK_MESSAGE(f.unicode, f.name);
  }
  auto check = run("qpdf --check " + sh_quote(default_press()));
  CHECK_MESSAGE(check.exit_code == 0, check.out);
  auto again = build("press-again", project_dir() + "/kit/bulle-dg", "--press");
  auto cmp = run("cmp " + sh_quote(again + "cards-press.pdf") + " " + sh_quote(default_press()));
  CHECK_MESSAGE(cmp.exit_code == 0, cmp.out);
}

TEST_CASE("cards-press.pdf: glyph positions match the office PDF within 0.05 pt (French deck)") {
  // The office PDF with one card per A4 sheet, centred, and no backs.
  std::string office =
      build("office-one", project_dir() + "/kit/bulle-dg", "--grid 1x1 --duplex off") + "cards.pdf";
  auto off = read_words(office);
  auto press = read_words(default_press());
  REQUIRE(off.size() == 20);
  REQUIRE(press.size() == 40);
  const double ox = (210 - 63) / 2.0 * kMm, oy = (297 - 88) / 2.0 * kMm, px = 3 * kMm;
  double worst = 0;
  size_t compared = 0;
  for (size_t c = 0; c < 20; ++c) {
    std::vector<Word> a;
    for (const auto& w : off[c].words)
      if (w.y0 < oy + 88 * kMm) a.push_back(w);  // not the sheet's margin line
    const auto& b = press[2 * c].words;
    REQUIRE_MESSAGE(a.size() == b.size(), "card " << c + 1);
    for (size_t i = 0; i < a.size(); ++i) {
      worst = std::max({worst, std::fabs((a[i].x0 - ox) - (b[i].x0 - px)),
                        std::fabs((a[i].x1 - ox) - (b[i].x1 - px)),
                        std::fabs((a[i].y0 - oy) - (b[i].y0 - px)),
                        std::fabs((a[i].y1 - oy) - (b[i].y1 - px))});
      ++compared;
    }
  }
  MESSAGE("compared " << compared << " words; largest difference " << worst << " pt");
  CHECK(compared > 500);
  CHECK(worst < 0.05);
}

TEST_CASE("cards-press.pdf: text that needs shaping is drawn as outlines, the rest as text") {
  std::string dir = temp_dir("arabic") + "/kit";
  auto r =
      run("cp -r " + sh_quote(project_dir() + "/kit/bulle-dg") + " " + sh_quote(dir) +
          " && sed -i 's/^    title: Le DG méprisant/    title: \"المدير\"/' " + sh_quote(dir) +
          "/decks/profils.yaml && mkdir -p " + sh_quote(dir + "/fonts") +
          " && cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf " + sh_quote(dir + "/fonts"));
  REQUIRE(r.exit_code == 0);
  std::string out = temp_dir("arabic-out");
  auto b = run(sh_quote(kitpress_binary()) + " build " + sh_quote(dir) + " -o " + sh_quote(out) +
               " --press -q");
  CHECK_MESSAGE(b.exit_code == 0, b.out);
  auto pages = read_words(out + "/fr/cards-press.pdf");
  REQUIRE(pages.size() == 40);
  // The French card text stays searchable; the Arabic title is ink, not text.
  CHECK(pages[1].text().find("Profils de DG") != std::string::npos);
  CHECK(pages[0].text().find("المدير") == std::string::npos);
  std::string q = qdf(out + "/fr/cards-press.pdf");
  static const std::regex rgb_op(R"((^|\s)(rg|RG)\s)");
  CHECK_FALSE(std::regex_search(q, rgb_op));
}

TEST_CASE("--press: a kit colour without CMYK value is a warning naming it and the value used") {
  std::string out = temp_dir("press-other");
  auto b = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/other-kit") + " --press -o " + sh_quote(out));
  CHECK_MESSAGE(b.exit_code == 0, b.out);
  CHECK_MESSAGE(b.out.find("warning: the colour of deck \"roles\" #5B2C83 has no CMYK value: the "
                           "press PDF prints it as CMYK 31 66 0 49 %") != std::string::npos,
                b.out);
  // Without --press the RGB value is all that is printed: no warning.
  auto office = run(sh_quote(kitpress_binary()) + " build " +
                    sh_quote(project_dir() + "/tests/cases/other-kit") + " -o " + sh_quote(out));
  CHECK(office.out.find("no CMYK value") == std::string::npos);
  // The default kit gives every colour its CMYK value.
  auto dflt =
      run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
          " --press --only cards -o " + sh_quote(out));
  CHECK(dflt.out.find("warning") == std::string::npos);
}
