// End-to-end checks of guide.pdf and worksheets.pdf for the default kit: outline, internal
// links, computed counts for two group sizes, margins, page sizes.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <regex>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

constexpr double kMm = 72.0 / 25.4;

// Builds the default kit with extra options into its own folder; returns OUT/fr/.
std::string build(const std::string& name, const std::string& options) {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out) + " -q " + options);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/fr/";
}

const std::string& default_out() {
  static const std::string dir = build("guide-default", "");
  return dir;
}

const std::string& big_out() {
  static const std::string dir = build("guide-24-4", "--participants 24 --groups 4");
  return dir;
}

std::string all_text(const std::string& pdf) {
  return run("pdftotext " + sh_quote(pdf) + " -").out;
}

// Outline entries as "depth|title|page", from `mutool show FILE outline`.
std::vector<std::tuple<int, std::string, int>> outline(const std::string& pdf) {
  std::vector<std::tuple<int, std::string, int>> out;
  std::istringstream in(run("mutool show " + sh_quote(pdf) + " outline").out);
  static const std::regex re("^(\\t*)[|+-]\\t(\\t*)\"(.*)\"\\t#page=([0-9]+).*");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, re))
      out.emplace_back(static_cast<int>(m[1].length() + m[2].length()), m[3].str(),
                       std::stoi(m[4].str()));
  }
  return out;
}

}  // namespace

TEST_CASE("guide.pdf: A4 pages, metadata, page labels, a nested outline of every section") {
  const std::string pdf = default_out() + "guide.pdf";
  auto info = read_info(pdf);
  CHECK(info["Title"].find("Guide de l") != std::string::npos);
  CHECK(info["Author"] == "Charlotte Rieuf, Noémie Quéré");
  int pages = std::stoi(info["Pages"]);
  CHECK(pages >= 8);
  CHECK(pages <= 14);
  auto q = run("qpdf --check " + sh_quote(pdf));
  CHECK_MESSAGE(q.exit_code == 0, q.out);
  auto entries = outline(pdf);
  REQUIRE(entries.size() >= 20);
  std::map<std::string, int> page_of;
  bool nested = false;
  for (const auto& [depth, title, page] : entries) {
    page_of[title] = page;
    if (depth >= 1) nested = true;
  }
  CHECK(nested);
  for (const char* s : {"Sommaire", "Constat", "Objectifs", "Préparer la session",
                        "Déroulé proposé", "Animer pas à pas", "Travail en sous-groupes",
                        "Résultats attendus", "Le DG idéal", "Annexe\u202F: les cartes"}) {
    CHECK_MESSAGE(page_of.count(s), std::string(s));
  }
  auto labels = run("mutool show " + sh_quote(pdf) + " trailer/Root/PageLabels");
  CHECK(labels.out.find("/Nums") != std::string::npos);
}

TEST_CASE("guide.pdf: the contents links every section to the page the outline gives") {
  const std::string pdf = default_out() + "guide.pdf";
  auto q = run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) + " -");
  REQUIRE(q.exit_code == 0);
  size_t links = 0, dests = 0;
  for (size_t at = 0; (at = q.out.find("/Subtype /Link", at)) != std::string::npos; ++at) ++links;
  for (size_t at = 0; (at = q.out.find("/Dest (", at)) != std::string::npos; ++at) ++dests;
  CHECK(links >= 20);
  CHECK(dests == links);
  // Each named destination's page matches the outline, and the number printed in the contents.
  auto entries = outline(pdf);
  auto pages = read_words(pdf);
  REQUIRE(pages.size() >= 2);
  // The contents page as lines: (text without spaces, last word).
  std::vector<std::pair<std::string, std::string>> lines;
  std::vector<bool> used(pages[1].words.size());
  for (size_t i = 0; i < pages[1].words.size(); ++i) {
    if (used[i]) continue;
    std::vector<const Word*> line;
    for (size_t k = i; k < pages[1].words.size(); ++k)
      if (!used[k] && std::fabs(pages[1].words[k].cy() - pages[1].words[i].cy()) < 2) {
        used[k] = true;
        line.push_back(&pages[1].words[k]);
      }
    std::sort(line.begin(), line.end(), [](const Word* a, const Word* b) { return a->x0 < b->x0; });
    std::string text;
    for (size_t k = 0; k + 1 < line.size(); ++k) text += line[k]->text;
    lines.emplace_back(text, line.back()->text);
  }
  auto squeeze = [](std::string s) {
    for (const char* sp : {" ", "\u202F", "\u00A0"})
      for (size_t at; (at = s.find(sp)) != std::string::npos;) s.erase(at, std::strlen(sp));
    return s;
  };
  int checked = 0;
  for (const auto& [depth, title, page] : entries) {
    if (depth > 1 || title == "Sommaire") continue;
    CAPTURE(title);
    bool found = false;
    for (const auto& [text, number] : lines) {
      if (squeeze(text) != squeeze(title)) continue;
      found = true;
      CHECK(number == std::to_string(page));
    }
    CHECK(found);
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("guide.pdf: computed counts follow --participants and --groups") {
  std::string small = all_text(default_out() + "guide.pdf");
  for (const char* s :
       {"3 cartes « Profils de DG »", "3 jeux « Argumentaire »", "12 questionnaires", "8 planches",
        "156 étiquettes", "14 stylos", "6 feutres", "2 feuilles « Rapport", "Sous-groupe 3"}) {
    CHECK_MESSAGE(small.find(s) != std::string::npos, std::string(s));
  }
  CHECK(small.find("Sous-groupe 4") == std::string::npos);
  std::string big = all_text(big_out() + "guide.pdf");
  for (const char* s : {"4 cartes « Profils de DG »", "4 jeux « Argumentaire »",
                        "4 jeux « Leviers »", "24 questionnaires", "15 planches", "312 étiquettes",
                        "26 stylos", "8 feutres", "Sous-groupe 4"}) {
    CHECK_MESSAGE(big.find(s) != std::string::npos, std::string(s));
  }
  CHECK(big.find("12 questionnaires") == std::string::npos);
  // The sticker sheets the guide asks for are the pages stickers.pdf prints.
  CHECK(read_info(default_out() + "stickers.pdf")["Pages"] == "8");
  CHECK(read_info(big_out() + "stickers.pdf")["Pages"] == "15");
  // Two sub-groups work on the first profile.
  CHECK(big.find("Le DG méprisant × 2") != std::string::npos);
}

TEST_CASE("guide.pdf: the agenda is a proposal with clock times and a two-hour total") {
  std::string text = all_text(default_out() + "guide.pdf");
  for (const char* s : {"Proposition", "9 h 30", "9 h 40", "11 h 30", "120 min", "Total"})
    CHECK_MESSAGE(text.find(s) != std::string::npos, s);
}

TEST_CASE("guide.pdf: no text outside the margins; header and folio in theirs") {
  auto pages = read_words(default_out() + "guide.pdf");
  REQUIRE(pages.size() >= 8);
  const std::string total = std::to_string(pages.size());
  for (size_t p = 1; p < pages.size(); ++p) {
    CAPTURE(p + 1);
    bool folio = false;
    for (const auto& w : pages[p].words) {
      CAPTURE(w.text);
      CHECK(w.x0 >= 22 * kMm - 1);
      CHECK(w.x1 <= 188 * kMm + 1);
      bool header = w.y1 < 24 * kMm - 4;
      bool footer = w.y0 > 275 * kMm;
      if (!header && !footer) {
        CHECK(w.y0 >= 24 * kMm - 3);
        CHECK(w.y1 <= 275 * kMm + 3);
      }
      if (footer && w.text == total) folio = true;
      CHECK(w.y0 >= 10 * kMm);
      CHECK(w.y1 <= 287 * kMm);
    }
    CHECK(folio);
  }
}

TEST_CASE("worksheets.pdf: 3 A3 landscape canvases, then the survey, its tally, the rapport") {
  const std::string pdf = default_out() + "worksheets.pdf";
  auto pages = read_words(pdf);
  REQUIRE(pages.size() == 6);
  for (int i = 0; i < 3; ++i) {
    CHECK(std::fabs(pages[i].width - 420 * kMm) < 0.1);
    CHECK(std::fabs(pages[i].height - 297 * kMm) < 0.1);
    std::string t = pages[i].text();
    for (const char* s : {"Clichés", "Argumentaire", "Leviers", "Sous-groupe"})
      CHECK_MESSAGE(t.find(s) != std::string::npos, s);
  }
  CHECK(pages[0].text().find("méprisant") != std::string::npos);
  CHECK(pages[1].text().find("apprenti") != std::string::npos);
  CHECK(pages[2].text().find("peureux") != std::string::npos);
  for (int i = 3; i < 6; ++i) {
    CHECK(std::fabs(pages[i].width - 210 * kMm) < 0.1);
    CHECK(std::fabs(pages[i].height - 297 * kMm) < 0.1);
  }
  CHECK(pages[3].text().find("Questionnaire") != std::string::npos);
  CHECK(pages[3].text().find("peureux") != std::string::npos);
  CHECK(pages[4].text().find("Dépouillement") != std::string::npos);
  CHECK(pages[5].text().find("étonnement") != std::string::npos);
  for (const auto& p : pages)
    for (const auto& w : p.words) {
      CHECK(w.x0 >= 10 * kMm);
      CHECK(w.x1 <= p.width - 10 * kMm);
      CHECK(w.y1 <= p.height - 10 * kMm);
    }
  auto q = run("qpdf --check " + sh_quote(pdf));
  CHECK_MESSAGE(q.exit_code == 0, q.out);
}

TEST_CASE("guide.pdf and worksheets.pdf: byte-identical when built twice") {
  std::string again = build("guide-again", "");
  for (const char* f : {"guide.pdf", "worksheets.pdf"}) {
    auto r = run("cmp " + sh_quote(default_out() + f) + " " + sh_quote(again + f));
    CHECK_MESSAGE(r.exit_code == 0, f);
  }
}
