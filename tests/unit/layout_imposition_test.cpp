// Unit tests for layout/imposition: grids, outer bleed, crop marks and duplex backs.
#include "layout/imposition.hpp"

#include <doctest/doctest.h>

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
void no_label(Page&, const std::string&, double) {}
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
  CHECK(pages[5].items.size() == 2);                       // the last sheet's backs: 2 cards
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
