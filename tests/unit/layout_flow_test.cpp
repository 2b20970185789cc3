// Unit tests for layout/flow: inline markup, pagination, keep-with-next, widows and orphans,
// tables, contents links and bookmarks.
#include "layout/flow.hpp"

#include <doctest/doctest.h>

#include "core/paths.hpp"

using namespace kp;

namespace {

const FontContext& fonts() {
  static FontContext fc({project_dir() + "/fonts"});
  return fc;
}

FlowStyle style() {
  FlowStyle s;
  s.body.size = 10.5;
  s.body.line_height = 14.5 / 10.5;
  s.body.language = "fr";
  for (int i = 0; i < 3; ++i) {
    s.heading[i] = s.body;
    s.heading[i].bold = true;
    s.heading[i].line_height = 1.2;
  }
  s.heading[0].size = 20;
  s.heading[1].size = 14;
  s.heading[2].size = 11.5;
  s.table = s.body;
  s.table.size = 9.5;
  s.caption = s.table;
  s.running = s.body;
  s.running.size = 8;
  return s;
}

// A small page, so that a few paragraphs already need several pages.
FlowFrame small_frame() {
  FlowFrame f;
  f.width = 300;
  f.height = 360;
  f.top = f.bottom = 40;
  f.left = f.right = 30;
  f.header_left = "Essai";
  return f;
}

const std::string kLong =
    "Les participants ont planché en sous-groupes sur ces profils : leurs clichés et a priori, "
    "l'argumentaire à développer pour défendre l'AICT et les leviers à utiliser pour mobiliser "
    "leur directeur général, avec des exemples concrets tirés de leur collectivité.";

std::string page_text(const Page& p) {
  std::string s;
  for_each_run(p.items, Transform(), [&](const GlyphRun& r, const Transform&) { s += r.text; });
  return s;
}

const FlowBlock& block_of(const std::vector<FlowBlock>& blocks, const FlowPart& part) {
  return blocks[part.block];
}

// Checks, on every page, that no heading ends a page, no paragraph leaves a single line at a
// page's foot (orphan) or head (widow), and that every glyph stays inside the text block.
void check_rules(const std::vector<FlowBlock>& blocks, const FlowResult& r, const FlowFrame& f) {
  for (size_t p = 0; p < r.placement.size(); ++p) {
    const auto& parts = r.placement[p];
    REQUIRE(!parts.empty());
    const FlowPart& last = parts.back();
    if (p + 1 < r.placement.size()) {
      CHECK_MESSAGE(block_of(blocks, last).kind != FlowBlock::Kind::Heading,
                    "a heading ends page " << p + 1);
      if (block_of(blocks, last).kind == FlowBlock::Kind::Paragraph && last.parts > 1) {
        CHECK_MESSAGE(last.part != 0, "orphan line at the foot of page " << p + 1);
        CHECK_MESSAGE(last.part != last.parts - 2, "widow line at the head of page " << p + 2);
      }
    }
  }
  for (const auto& page : r.pages) {
    for_each_run(page.items, Transform(), [&](const GlyphRun& run, const Transform&) {
      CHECK(run.origin.x >= f.left - 0.01);
      CHECK(run.origin.x + run.width() <= f.width - f.right + 0.5);
      CHECK(run.origin.y <= f.height - f.bottom + 30);  // the folio sits in the bottom margin
      CHECK(run.origin.y >= f.top - 20);                // the running header in the top one
    });
  }
}

}  // namespace

TEST_CASE("inline markup: bold, italic, escaping and nesting") {
  CHECK(inline_markup("**a** *b*", "", false) == "<b>a</b> <i>b</i>");
  CHECK(inline_markup("x & y < z", "", false) == "x &amp; y &lt; z");
  // Crossed markers still give well-nested tags.
  CHECK(inline_markup("**a *b** c*", "", false) == "<b>a <i>b</i></b><i> c</i>");
  // Unclosed markers are closed at the end.
  CHECK(inline_markup("**gras", "", false) == "<b>gras</b>");
  // French typography and hyphenation.
  std::string fr = inline_markup("Comment ? l'AICT", "fr", true);
  CHECK(fr.find("\u202F?") != std::string::npos);
  CHECK(fr.find("l\u2019AICT") != std::string::npos);
  CHECK(inline_markup("internationale", "fr", true).find("\u00AD") != std::string::npos);
}

TEST_CASE("flow: paragraphs paginate inside the margins, with header, folio and labels") {
  std::vector<FlowBlock> blocks;
  for (int i = 0; i < 12; ++i) blocks.push_back(flow_paragraph(kLong));
  FlowFrame f = small_frame();
  f.page_offset = 1;
  Diagnostics d;
  FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
  CHECK(!d.has_errors());
  REQUIRE(r.pages.size() >= 3);
  const std::string total = std::to_string(r.pages.size() + 1);
  CHECK(page_text(r.pages[0]).find("2 / " + total) != std::string::npos);
  CHECK(page_text(r.pages[0]).find("Essai") != std::string::npos);
  CHECK(r.pages[0].label == "2");
  CHECK(r.pages.back().label == total);
  check_rules(blocks, r, f);
  // Every paragraph is there once: 12 × the last word.
  std::string all;
  for (const auto& p : r.pages) all += page_text(p);
  size_t count = 0;
  for (size_t at = 0; (at = all.find("collectivité.", at)) != std::string::npos; ++at) ++count;
  CHECK(count == 12);
}

TEST_CASE("flow: headings stay with the next lines; no widows or orphans, wherever breaks fall") {
  // Shift everything down by 0..300 pt in steps, so page breaks fall at every possible place.
  FlowFrame f = small_frame();
  int pages_seen = 0;
  for (double shift = 0; shift < 280; shift += 7) {
    std::vector<FlowBlock> blocks;
    blocks.push_back(flow_spacer(shift));
    blocks.push_back(flow_paragraph("Début."));
    for (int i = 0; i < 4; ++i) {
      blocks.push_back(
          flow_heading(2, "Titre de section " + std::to_string(i), "s" + std::to_string(i)));
      blocks.push_back(flow_paragraph(kLong));
      blocks.push_back(flow_paragraph(kLong.substr(0, 120)));
    }
    Diagnostics d;
    FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
    CHECK(!d.has_errors());
    pages_seen += static_cast<int>(r.pages.size());
    check_rules(blocks, r, f);
  }
  CHECK(pages_seen > 40);
}

TEST_CASE("flow: tables break between rows only, the header and the total row kept") {
  FlowFrame f = small_frame();
  int repeated = 0;
  for (double shift = 0; shift < 250; shift += 11) {
    std::vector<FlowBlock> blocks;
    blocks.push_back(flow_spacer(shift));
    blocks.push_back(flow_paragraph("Début."));
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 14; ++i)
      rows.push_back({std::to_string(9 + i) + ":00", "10 min", "Étape " + std::to_string(i)});
    rows.push_back({"", "140 min", "**Total**"});
    FlowBlock t = flow_table({{1, Align::Start}, {1, Align::End}, {3, Align::Start}},
                             {"Heure", "Durée", "Étape"}, rows);
    t.last_row_bold = true;
    blocks.push_back(t);
    Diagnostics d;
    FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
    CHECK(!d.has_errors());
    for (size_t p = 0; p + 1 < r.placement.size(); ++p) {
      const FlowPart& last = r.placement[p].back();
      if (last.block != 2) continue;
      CHECK_MESSAGE(last.part != 0, "the header row ends a page");
      CHECK_MESSAGE(last.part != 1, "a single row after the header");
      CHECK_MESSAGE(last.part != last.parts - 2, "the total row alone on a page");
    }
    std::string all;
    for (const auto& p : r.pages) all += page_text(p);
    CHECK(all.find("Étape 13") != std::string::npos);
    CHECK(all.find("Total") != std::string::npos);
    // A page that goes on with the table's rows repeats its header row above them, inside the
    // text block.
    for (size_t p = 1; p < r.placement.size(); ++p) {
      const FlowPart& first = r.placement[p].front();
      if (first.block != 2 || first.part == 0) continue;
      const std::string text = page_text(r.pages[p]);
      CHECK_MESSAGE(text.find("HeureDuréeÉtape") != std::string::npos, "page " << p);
      ++repeated;
      double lowest = 0;  // the lowest baseline but the folio's ("2 / 3")
      for_each_run(r.pages[p].items, Transform(), [&](const GlyphRun& run, const Transform&) {
        if (run.text.find(" / ") == std::string::npos) lowest = std::max(lowest, run.origin.y);
      });
      CHECK(lowest <= f.height - f.bottom);
    }
  }
  CHECK(repeated > 5);  // the table did go on over a page break, at many shifts
}

TEST_CASE("flow: a row that fits a page alone goes without the repeated header") {
  // Rows almost as tall as the text block (280 pt): a row fits on a page, but not below the
  // header row.
  FlowFrame f = small_frame();
  std::vector<FlowBlock> blocks;
  blocks.push_back(flow_paragraph("Début."));
  FlowBlock t = flow_table({{1, Align::Start}, {3, Align::Start}}, {"Heure", "Étape"},
                           {{"9:00", "Accueil"}, {"9:30", "Profils"}, {"10:00", "Leviers"}});
  t.min_row_height = 270;
  blocks.push_back(t);
  Diagnostics d;
  FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
  const std::string first_message = d.items().empty() ? "" : d.items().front().message;
  CHECK_MESSAGE(!d.has_errors(), first_message);
  std::string all;
  for (const auto& p : r.pages) {
    const std::string text = page_text(p);
    all += text;
    const bool repeated_over_row =
        text.find("HeureÉtape") != std::string::npos &&
        (text.find("Profils") != std::string::npos || text.find("Leviers") != std::string::npos);
    CHECK_MESSAGE(!repeated_over_row, "a header repeated above a row it does not fit with");
    double lowest = 0;  // nothing below the text block but the folio
    for_each_run(p.items, Transform(), [&](const GlyphRun& run, const Transform&) {
      if (run.text.find(" / ") == std::string::npos) lowest = std::max(lowest, run.origin.y);
    });
    CHECK(lowest <= f.height - f.bottom);
  }
  for (const char* step : {"Accueil", "Profils", "Leviers"})
    CHECK(all.find(step) != std::string::npos);
  // The header is drawn once, on a page of its own or above the first row: never twice in a row.
  size_t headers = 0;
  for (size_t at = all.find("HeureÉtape"); at != std::string::npos;
       at = all.find("HeureÉtape", at + 1))
    ++headers;
  CHECK(headers == 1);
}

TEST_CASE("flow: lists keep two items on each side of a break; boxes never split") {
  FlowFrame f = small_frame();
  for (double shift = 0; shift < 250; shift += 13) {
    std::vector<FlowBlock> blocks;
    blocks.push_back(flow_spacer(shift));
    blocks.push_back(flow_paragraph("Voici la liste :"));
    blocks.push_back(flow_list({"un", "deux", "trois", "quatre", "cinq", "six"}));
    blocks.push_back(flow_box({flow_paragraph("**Conseil** : " + kLong)}, Colour::grey(0.9)));
    Diagnostics d;
    FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
    for (size_t p = 0; p + 1 < r.placement.size(); ++p) {
      const FlowPart& last = r.placement[p].back();
      CHECK_MESSAGE(last.block != 1, "the paragraph introducing the list ends a page");
      if (last.block == 2) CHECK((last.part >= 1 && last.part <= 3));
    }
    for (const auto& parts : r.placement)
      for (const auto& part : parts)
        if (part.block == 3) CHECK(part.parts == 1);
  }
}

TEST_CASE("flow: contents entries link to their headings; bookmarks nest by level") {
  std::vector<FlowBlock> blocks;
  FlowBlock title = flow_heading(1, "Sommaire", "contents");
  title.in_contents = false;
  blocks.push_back(title);
  blocks.push_back(flow_contents(2));
  blocks.push_back(flow_page_break());
  for (int i = 0; i < 3; ++i) {
    blocks.push_back(flow_heading(1, "Partie " + std::to_string(i + 1), "p" + std::to_string(i)));
    blocks.push_back(flow_heading(2, "Détail", "d" + std::to_string(i)));
    for (int k = 0; k < 3; ++k) blocks.push_back(flow_paragraph(kLong));
  }
  FlowFrame f = small_frame();
  f.page_offset = 1;
  Diagnostics d;
  FlowResult r = layout_flow(fonts(), blocks, style(), f, d);
  CHECK(!d.has_errors());
  REQUIRE(r.pages.size() >= 4);
  // The contents page links to each part, and shows the page number of each.
  int links = 0;
  for (const auto& it : r.pages[0].items) {
    if (auto* l = std::get_if<Link>(&it.v)) {
      ++links;
      CHECK(l->page >= 2);
      CHECK(l->area.x >= f.left - 0.01);
    }
  }
  CHECK(links == 6);
  const auto& p3 = r.anchors.at("p2");
  CHECK(page_text(r.pages[0]).find(std::to_string(p3.page + 1)) != std::string::npos);
  CHECK(page_text(r.pages[static_cast<size_t>(p3.page - 1)]).find("Partie 3") != std::string::npos);
  // Bookmarks: every heading, levels as given.
  REQUIRE(r.bookmarks.size() == 7);
  CHECK(r.bookmarks[0].title == "Sommaire");
  CHECK(r.bookmarks[1].level == 1);
  CHECK(r.bookmarks[2].level == 2);
  CHECK(r.bookmarks[2].page >= r.bookmarks[1].page);
}
