// Unit tests for layout/imposition: grids, outer bleed, crop marks and duplex backs.
#include "layout/imposition.hpp"

#include <doctest/doctest.h>

#include "model/print_settings.hpp"

using namespace kp;

namespace {
const double kMm = kPointsPerMm;

std::vector<CardSlot> slots(int n, double w = 63 * kMm, double h = 88 * kMm) {
  std::vector<CardSlot> v;
  for (int i = 0; i < n; ++i) {
    CardSlot s;
    s.front.tag = "front " + std::to_string(i);
    s.back.tag = "back " + std::to_string(i);
    s.w = w;
    s.h = h;
    s.deck_id = "d";
    s.deck_name = "Deck";
    v.push_back(s);
  }
  return v;
}

const Group& group(const Page& p, size_t i) {
  return std::get<Group>(p.items[i].v);
}
std::vector<Item> no_label(const std::string&, double* width) {
  *width = 0;
  return {};
}
SheetOptions paper(double w_mm, double h_mm) {
  SheetOptions o;
  o.paper_w = w_mm * kMm;
  o.paper_h = h_mm * kMm;
  return o;
}
}  // namespace

TEST_CASE("poker cards go 3 x 3 on A4, centred") {
  SheetOptions o;
  Grid g;
  std::string why;
  REQUIRE(compute_grid(o, 63 * kMm, 88 * kMm, &g, &why));
  CHECK(g.cols == 3);
  CHECK(g.rows == 3);
  CHECK(g.x0 / kMm == doctest::Approx(10.5));
  CHECK(g.y0 / kMm == doctest::Approx(16.5));
}

TEST_CASE("a card larger than the paper is refused with the sizes") {
  SheetOptions o;
  Grid g;
  std::string why;
  CHECK_FALSE(compute_grid(o, 300 * kMm, 400 * kMm, &g, &why));
  CHECK(why.find("300 mm x 400 mm") != std::string::npos);
}

TEST_CASE("20 cards make 3 sheets; backs mirror columns for long-edge duplex") {
  SheetOptions o;
  Diagnostics d;
  auto pages = impose_cards({slots(20)}, o, {}, no_label, d, {});
  REQUIRE(pages.size() == 6);
  CHECK(group(pages[0], 0).transform.e / kMm == doctest::Approx(10.5));
  // Card 0 (column 0) has its back in column 2: x = 210 - 10.5 - 63.
  CHECK(group(pages[1], 0).transform.e / kMm == doctest::Approx(136.5));
  CHECK(group(pages[1], 0).transform.f / kMm == doctest::Approx(16.5));
  // Outer bleed only: the first card's clip extends left and up, not right.
  Rect clip = *group(pages[0], 0).clip;
  CHECK(clip.x == doctest::Approx(-o.bleed));
  CHECK(clip.right() == doctest::Approx(63 * kMm + 0.3));  // a hair over the inner cut
  CHECK(pages[5].items.size() == 3);  // the last sheet's backs: 2 cards and the margin line
}

TEST_CASE("short-edge duplex mirrors rows; off writes no backs; offsets shift backs") {
  SheetOptions o;
  o.duplex = Duplex::ShortEdge;
  o.back_dx = 1 * kMm;
  Diagnostics d;
  auto pages = impose_cards({slots(1)}, o, {}, no_label, d, {});
  REQUIRE(pages.size() == 2);
  CHECK(group(pages[1], 0).transform.e / kMm == doctest::Approx(11.5));
  CHECK(group(pages[1], 0).transform.f / kMm == doctest::Approx(297 - 16.5 - 88));
  o.duplex = Duplex::Off;
  CHECK(impose_cards({slots(1)}, o, {}, no_label, d, {}).size() == 1);
}

TEST_CASE("crop marks stay outside the grid and the bleed") {
  SheetOptions o;
  Diagnostics d;
  auto pages = impose_cards({slots(9)}, o, {}, no_label, d, {});
  int marks = 0;
  for (const auto& it : pages[0].items) {
    auto* s = std::get_if<Shape>(&it.v);
    if (!s || !s->registration) continue;
    ++marks;
    for (const auto& op : s->path) {
      Point p = op.p[0];
      bool outside = p.x < 10.5 * kMm - o.bleed + 0.01 || p.x > 199.5 * kMm + o.bleed - 0.01 ||
                     p.y < 16.5 * kMm - o.bleed + 0.01 || p.y > 280.5 * kMm + o.bleed - 0.01;
      CHECK(outside);
      CHECK(p.x >= o.margin - 0.01);
    }
  }
  CHECK(marks == 16);  // 4 column lines x 2 + 4 row lines x 2
}

TEST_CASE("decks share sheets unless each starts a fresh one") {
  SheetOptions o;
  Diagnostics d;
  CHECK(impose_cards({slots(3), slots(7), slots(10)}, o, {}, no_label, d, {}).size() == 6);
  o.deck_per_sheet = true;
  CHECK(impose_cards({slots(3), slots(7), slots(10)}, o, {}, no_label, d, {}).size() == 8);
}

TEST_CASE("compute_grid: poker cards butted, 9-up on A4 and Letter, centred") {
  for (auto o : {paper(210, 297), paper(215.9, 279.4)}) {
    Grid g;
    std::string why;
    REQUIRE(compute_grid(o, 63 * kMm, 88 * kMm, &g, &why));
    CHECK(g.cols == 3);
    CHECK(g.rows == 3);
    CHECK(g.x0 == doctest::Approx((o.paper_w - 189 * kMm) / 2));
    CHECK(g.y0 == doctest::Approx((o.paper_h - 264 * kMm) / 2));
    CHECK(g.cell(2, 1).x == doctest::Approx(g.x0 + 126 * kMm));
  }
}

TEST_CASE("compute_grid: tarot on A4 landscape is 4 x 1; A3 takes more") {
  Grid g;
  std::string why;
  REQUIRE(compute_grid(paper(297, 210), 70 * kMm, 120 * kMm, &g, &why));
  CHECK(g.cols == 4);
  CHECK(g.rows == 1);
  REQUIRE(compute_grid(paper(297, 420), 63 * kMm, 88 * kMm, &g, &why));
  CHECK(g.cols == 4);
  CHECK(g.rows == 4);
}

TEST_CASE("compute_grid: a gutter keeps space between cards") {
  SheetOptions o = paper(210, 297);
  o.gutter = 6 * kMm;
  Grid g;
  std::string why;
  REQUIRE(compute_grid(o, 63 * kMm, 88 * kMm, &g, &why));
  CHECK(g.cols == 2);  // 3 x 63 + 2 x 6 = 201 mm > 196 mm usable
  CHECK(g.rows == 3);  // 3 x 88 + 2 x 6 = 276 mm <= 283 mm
  CHECK(g.cell(1, 2).x - g.cell(0, 2).x == doctest::Approx(69 * kMm));
  CHECK(g.cell(1, 2).y - g.cell(1, 1).y == doctest::Approx(94 * kMm));
}

TEST_CASE("compute_grid: says why when cards do not fit") {
  Grid g;
  std::string why;
  CHECK_FALSE(compute_grid(paper(148, 210), 150 * kMm, 100 * kMm, &g, &why));
  CHECK(why.find("150 mm") != std::string::npos);
  CHECK(why.find("148 mm x 210 mm") != std::string::npos);
  SheetOptions o = paper(210, 297);
  o.cols = 4;
  o.rows = 3;
  CHECK_FALSE(compute_grid(o, 63 * kMm, 88 * kMm, &g, &why));
  CHECK(why.find("4 x 3 cards") != std::string::npos);
}

TEST_CASE("back_place: long-edge reverses columns on portrait, rows on landscape") {
  Grid g;
  g.cols = 3;
  g.rows = 2;
  auto at = [&](Duplex d, bool landscape, int c, int r) {
    BackPlace b = back_place(g, d, landscape, c, r);
    return std::make_pair(b.col, b.row);
  };
  CHECK(at(Duplex::LongEdge, false, 0, 0) == std::make_pair(2, 0));
  CHECK(at(Duplex::LongEdge, false, 1, 1) == std::make_pair(1, 1));
  CHECK(at(Duplex::ShortEdge, false, 0, 0) == std::make_pair(0, 1));
  CHECK(at(Duplex::LongEdge, true, 0, 0) == std::make_pair(0, 1));
  CHECK(at(Duplex::ShortEdge, true, 0, 1) == std::make_pair(2, 1));
  CHECK(at(Duplex::Off, false, 0, 1) == std::make_pair(0, 1));
}

TEST_CASE("impose_cards: backs at W - x - w, shifted by the back offset; margin line kept") {
  SheetOptions o = paper(210, 297);
  o.back_dx = 2 * kMm;
  o.back_dy = -1 * kMm;
  CardSlot slot;
  slot.w = 63 * kMm;
  slot.h = 88 * kMm;
  slot.front.tag = "f";
  slot.back.tag = "b";
  slot.deck_id = "d";
  Diagnostics diags;
  auto pages = impose_cards(
      {{slot}}, o, SheetWords{},
      [](const std::string&, double* w) {
        *w = 100;
        return std::vector<Item>{};
      },
      diags, Location{});
  REQUIRE(pages.size() == 2);
  auto first_group = [](const Page& p) {
    for (const auto& it : p.items)
      if (auto* g = std::get_if<Group>(&it.v); g && g->tag != "margin line") return g->transform;
    return Transform{};
  };
  Transform f = first_group(pages[0]), b = first_group(pages[1]);
  CHECK(b.e == doctest::Approx(o.paper_w - f.e - slot.w + 2 * kMm));
  CHECK(b.f == doctest::Approx(f.f - 1 * kMm));
}

TEST_CASE("print settings: grid, offset and duplex parse; the command line wins") {
  int c = 0, r = 0;
  std::string why;
  CHECK(parse_grid("3x4", &c, &r, &why));
  CHECK((c == 3 && r == 4));
  CHECK_FALSE(parse_grid("3 by 4", &c, &r, &why));
  Length x, y;
  CHECK(parse_offset("1.5,-0.5", &x, &y, &why));
  CHECK(x.millimetres() == doctest::Approx(1.5));
  CHECK(y.millimetres() == doctest::Approx(-0.5));
  CHECK(parse_offset("-1mm, 0.1in", &x, &y, &why));
  CHECK(y.millimetres() == doctest::Approx(2.54));
  CHECK_FALSE(parse_offset("2", &x, &y, &why));
  CHECK(parse_duplex("short-edge", &why) == Duplex::ShortEdge);
  CHECK_FALSE(parse_duplex("long", &why));
  PrintSettings kit, cli;
  kit.duplex = Duplex::Off;
  kit.cols = 2, kit.rows = 2;
  cli.duplex = Duplex::ShortEdge;
  PrintSettings m = kit.merged_with(cli);
  CHECK(m.duplex == Duplex::ShortEdge);
  CHECK(m.cols == 2);
}

TEST_CASE("the margin line goes beside the marks, shortens them, or the sheet is refused") {
  auto label_at = [](const Page& p) {
    for (const auto& it : p.items)
      if (auto* g = std::get_if<Group>(&it.v); g && g->tag == "margin line") return g->transform;
    FAIL("no margin line");
    return Transform{};
  };
  auto marks = [](const Page& p) {
    int n = 0;
    for (const auto& it : p.items)
      if (auto* s = std::get_if<Shape>(&it.v); s && s->registration) ++n;
    return n;
  };
  auto width_100 = [](const std::string&, double* w) {
    *w = 100;
    return std::vector<Item>{};
  };
  // Landscape tarot on A4: 4 rows leave 8.5 mm above and below; the line reads upwards left of
  // the left marks (45 mm of room), and all 2 x 2 + 5 x 2 marks stay.
  Diagnostics d;
  auto pages = impose_cards({slots(3, 120 * kMm, 70 * kMm)}, paper(210, 297), {}, width_100, d, {});
  REQUIRE(pages.size() == 2);
  Transform t = label_at(pages[0]);
  CHECK(t.b == -1);
  CHECK(t.e / kMm < 45 - 2 - 5);
  CHECK(marks(pages[0]) == 14);
  // Poker on Letter: no edge has room for 5 mm marks and the line; the left marks shorten.
  pages = impose_cards({slots(9)}, paper(215.9, 279.4), {}, width_100, d, {});
  CHECK(label_at(pages[0]).b == -1);
  CHECK(marks(pages[0]) == 16);
  // Cards 7 mm from every edge: the sheet is refused, with what it needs.
  CHECK(d.error_count() == 0);
  pages = impose_cards({slots(1)}, paper(77, 102), {}, width_100, d, {});
  CHECK(d.error_count() == 1);
  CHECK(d.items().back().message.find("no room for its margin line") != std::string::npos);
}

TEST_CASE("short-edge turns each back 180° in its cell; short-edge-calendar keeps it upright") {
  for (Duplex mode : {Duplex::ShortEdge, Duplex::ShortEdgeCalendar}) {
    SheetOptions o;
    o.duplex = mode;
    Diagnostics d;
    auto pages = impose_cards({slots(1)}, o, {}, no_label, d, {});
    REQUIRE(pages.size() == 2);
    const Group& placed = group(pages[1], 0);  // in the last row, as the flip puts it
    CHECK(placed.transform.f / kMm == doctest::Approx(297 - 16.5 - 88));
    REQUIRE(placed.items.size() == 1);
    const Group& inner = std::get<Group>(placed.items[0].v);
    if (mode == Duplex::ShortEdge) {
      // Turned about the card's centre: (0, 0) goes to (w, h), the clip stays the cell's.
      CHECK(inner.transform.a == -1);
      CHECK(inner.transform.d == -1);
      CHECK(inner.transform.e / kMm == doctest::Approx(63));
      CHECK(inner.transform.f / kMm == doctest::Approx(88));
      CHECK(std::get<Group>(inner.items[0].v).tag == "back 0");
    } else {
      CHECK(inner.tag == "back 0");
      CHECK(inner.transform.is_identity());
    }
  }
  std::string why;
  CHECK(parse_duplex("short-edge-calendar", &why) == Duplex::ShortEdgeCalendar);
  CHECK(duplex_name(Duplex::ShortEdgeCalendar) == "short-edge-calendar");
  CHECK(backs_turned(Duplex::ShortEdge));
  CHECK_FALSE(backs_turned(Duplex::ShortEdgeCalendar));
  CHECK_FALSE(backs_turned(Duplex::LongEdge));
}

TEST_CASE("CardImposer: each sheet's pages leave as its last card comes, the faces with them") {
  SheetOptions o;    // poker cards on A4: 9 a sheet, fronts and backs
  SheetWords words;  // the page labels name the side in the kit's words
  words.fronts = "front";
  words.backs = "back";
  std::vector<Page> pages;
  CardImposer imposer({{"d", 63 * kMm, 88 * kMm, 20}}, o, words, no_label, {},
                      [&](Page&& p) { pages.push_back(std::move(p)); });
  std::vector<CardSlot> cards = slots(20);
  for (size_t i = 0; i < 8; ++i) imposer.add(0, std::move(cards[i]));
  CHECK(pages.empty());
  imposer.add(0, std::move(cards[8]));
  REQUIRE(pages.size() == 2);  // sheet 1 gone before sheet 2 is laid out
  CHECK(pages[0].label == "1 front");
  CHECK(group(pages[0], 8).items.size() == 1);
  CHECK(std::get<Group>(group(pages[0], 8).items[0].v).tag == "front 8");
  for (size_t i = 9; i < 19; ++i) imposer.add(0, std::move(cards[i]));
  CHECK(pages.size() == 4);
  imposer.add(0, std::move(cards[19]));  // the last sheet's second and last card
  CHECK(pages.size() == 6);
  Diagnostics d;
  imposer.finish(d);
  CHECK(pages.size() == 6);
  CHECK_FALSE(d.has_errors());
  // The same pages as imposed all at once.
  auto whole = impose_cards({slots(20)}, o, words, no_label, d, {});
  REQUIRE(whole.size() == pages.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    CHECK(whole[i].label == pages[i].label);
    CHECK(whole[i].items.size() == pages[i].items.size());
  }
}

TEST_CASE("CardImposer: a deck that fits on no paper is reported by finish() and left out") {
  SheetOptions o;
  std::vector<Page> pages;
  CardImposer imposer({{"huge", 300 * kMm, 400 * kMm, 1}, {"d", 63 * kMm, 88 * kMm, 1}}, o, {},
                      no_label, {}, [&](Page&& p) { pages.push_back(std::move(p)); });
  CardSlot huge = slots(1, 300 * kMm, 400 * kMm)[0];
  huge.front.tag = "huge front";
  imposer.add(0, std::move(huge));
  imposer.add(1, std::move(slots(1)[0]));
  Diagnostics d;
  imposer.finish(d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].message.find("deck \"huge\" do not fit") != std::string::npos);
  REQUIRE(pages.size() == 2);
  CHECK(group(pages[0], 0).tag == "front 0");  // the deck that fits, alone on the sheet
  for (const auto& it : pages[0].items)
    if (auto* g = std::get_if<Group>(&it.v)) CHECK(g->tag != "huge front");
}
