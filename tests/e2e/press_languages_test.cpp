// cards-press.pdf in all six languages of the default kit: text positions and rasters vs office.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;
const char* const kLanguages[] = {"fr", "en", "es", "de", "ar", "ja"};

// `kitpress build kit/bulle-dg --lang all ARGS` into a fresh folder, once per ARGS.
std::string build_all(const std::string& name, const std::string& args) {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " --lang all -q -o " + sh_quote(out) + " " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/";
}
const std::string& press_dir() {
  static const std::string dir = build_all("press-all", "--press");
  return dir;
}
// The office PDF with one card per A4 sheet, centred, and no backs.
const std::string& office_dir() {
  static const std::string dir = build_all("office-one-all", "--grid 1x1 --duplex off");
  return dir;
}

}  // namespace

TEST_CASE("build --lang all --press: exits 0 and writes every output of every language") {
  for (const std::string lang : kLanguages) {
    CAPTURE(lang);
    for (const char* file : {"cards.pdf", "cards-press.pdf", "guide.pdf", "stickers.pdf"})
      CHECK_MESSAGE(run("test -s " + sh_quote(press_dir() + lang + "/" + file)).exit_code == 0,
                    file);
    const std::string pdf = press_dir() + lang + "/cards-press.pdf";
    auto check = run("qpdf --check " + sh_quote(pdf));
    CHECK_MESSAGE(check.exit_code == 0, check.out);
    // No RGB anywhere: the outlined glyphs are filled in DeviceCMYK as the rest.
    auto content = run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) +
                       " - | grep -a -c -E '(^| )(rg|RG)( |$)'");
    CHECK_MESSAGE(content.out == "0\n", content.out);
    for (const auto& f : read_fonts(pdf)) CHECK_MESSAGE(f.embedded, f.name);
  }
}

TEST_CASE("cards-press.pdf: every glyph, as text or as outline, at its office position") {
  const double ox = (210 - 63) / 2.0 * kMm, oy = (297 - 88) / 2.0 * kMm, px = 3 * kMm;
  for (const std::string lang : kLanguages) {
    CAPTURE(lang);
    auto off = read_glyph_origins(office_dir() + lang + "/cards.pdf", false);
    auto press = read_glyph_origins(press_dir() + lang + "/cards-press.pdf", true);
    REQUIRE(off.size() == 20);
    REQUIRE(press.size() == 40);
    double worst = 0;
    size_t compared = 0;
    for (size_t c = 0; c < 20; ++c) {
      const auto& candidates = press[2 * c];
      REQUIRE(!candidates.empty());
      for (const Origin& a : off[c]) {
        if (a.y > oy + 88 * kMm) continue;  // the sheet's margin line
        double best = 1e9;
        for (const Origin& b : candidates)
          best = std::min(best, std::hypot((a.x - ox) - (b.x - px), (a.y - oy) - (b.y - px)));
        worst = std::max(worst, best);
        ++compared;
      }
    }
    MESSAGE(lang << ": " << compared << " glyphs; largest distance " << worst << " pt");
    CHECK(compared > 1000);
    CHECK(worst < 0.05);
  }
}

TEST_CASE("cards-press.pdf: each front rasterised in grey matches the office card") {
  // 152.4 dpi = 6 pixels a millimetre: the card's corner falls on a pixel corner in both files
  // (office: centred on A4 at 73.5 x 104.5 mm; press: inside the 3 mm bleed), so no half-pixel
  // offset blurs the comparison.
  const double dpi = 152.4;
  const PixelRect office_area{441, 627, 63 * 6, 88 * 6}, press_area{18, 18, 63 * 6, 88 * 6};
  for (const std::string lang : kLanguages) {
    CAPTURE(lang);
    auto off = read_gray(office_dir() + lang + "/cards.pdf", dpi, office_area);
    auto press = read_gray(press_dir() + lang + "/cards-press.pdf", dpi, press_area);
    REQUIRE(off.size() == 20);
    REQUIRE(press.size() == 40);
    double worst = 0;
    for (size_t c = 0; c < 20; ++c)
      worst = std::max(worst, tone_matched_difference(off[c], press[2 * c]));
    MESSAGE(lang << ": largest difference of a front " << worst << " grey levels");
    CHECK(worst < 3.0);
    if (lang == "ja") {
      // The bound catches a shift of 1 pixel (1/6 mm): the same front, one pixel to the right.
      PixelRect shifted = press_area;
      shifted.x += 1;
      auto moved = read_gray(press_dir() + lang + "/cards-press.pdf", dpi, shifted);
      const double moved_by_one = tone_matched_difference(off[0], moved[0]);
      MESSAGE("ja, first front moved by one pixel: " << moved_by_one << " grey levels");
      CHECK(moved_by_one > 3.0);
    }
  }
}

TEST_CASE("cards-press.pdf: PDF/X-1a:2001 preflight, rule by rule, in every language") {
  const char* const rules[] = {"pdf-version",    "gts-pdfx-version", "gts-pdfx-conformance",
                               "trapped",        "info-dates",       "info-title",
                               "output-intent",  "trim-box",         "boxes-nested",
                               "fonts-embedded", "no-rgb",           "no-transparency",
                               "trailer-id",     "no-encryption"};
  for (const std::string lang : kLanguages) {
    CAPTURE(lang);
    auto r = run("python3 " + sh_quote(project_dir() + "/tests/support/pdfx_preflight.py") + " " +
                 sh_quote(press_dir() + lang + "/cards-press.pdf"));
    REQUIRE_MESSAGE(r.exit_code == 0, r.out);
    std::map<std::string, std::string> verdict;  // rule → "pass DETAIL" / "fail DETAIL"
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
      const size_t space = line.find(' ');
      if (space != std::string::npos) verdict[line.substr(0, space)] = line.substr(space + 1);
    }
    for (const std::string rule : rules)
      CHECK_MESSAGE(verdict[rule].rfind("pass", 0) == 0, rule << ": " << verdict[rule]);
  }
}

TEST_CASE("the PDF/X preflight fails the office PDF (cairo: RGB, transparency, no TrimBox)") {
  auto r = run("python3 " + sh_quote(project_dir() + "/tests/support/pdfx_preflight.py") + " " +
               sh_quote(press_dir() + "fr/cards.pdf"));
  REQUIRE(r.exit_code == 0);
  for (const char* rule :
       {"gts-pdfx-version", "output-intent", "trim-box", "no-rgb", "no-transparency"})
    CHECK_MESSAGE(r.out.find(std::string(rule) + " fail") != std::string::npos, rule);
}
