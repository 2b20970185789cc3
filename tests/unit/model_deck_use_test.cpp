// Unit tests for model/deck_use: cards dealt to sub-groups in turn, never a card dropped.
#include "model/deck_use.hpp"

#include <doctest/doctest.h>

using namespace kp;

namespace {
std::vector<size_t> counts(const std::vector<std::vector<size_t>>& v) {
  std::vector<size_t> n;
  for (const auto& x : v) n.push_back(x.size());
  return n;
}
}  // namespace

TEST_CASE("three cards for three groups: one each, in order") {
  auto d = deal_cards(3, 3, 1);
  REQUIRE(d.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(d[i].group == static_cast<int>(i));
    CHECK(d[i].card == i);
  }
}

TEST_CASE("six cards for four groups: groups 1 and 2 get a second card, none is dropped") {
  auto d = deal_cards(6, 4, 1);
  CHECK(d.size() == 6);
  auto of = cards_of_groups(d, 4);
  CHECK(of[0] == std::vector<size_t>{0, 4});
  CHECK(of[1] == std::vector<size_t>{1, 5});
  CHECK(of[2] == std::vector<size_t>{2});
  CHECK(of[3] == std::vector<size_t>{3});
  for (const auto& g : groups_of_cards(d, 6)) CHECK(g.size() == 1);
}

TEST_CASE("three cards for four groups: the first card goes to two groups") {
  auto d = deal_cards(3, 4, 1);
  CHECK(counts(cards_of_groups(d, 4)) == std::vector<size_t>{1, 1, 1, 1});
  auto of = groups_of_cards(d, 3);
  CHECK(of[0] == std::vector<int>{0, 3});
  CHECK(of[1].size() == 1);
}

TEST_CASE("a deal of two cards each") {
  auto d = deal_cards(5, 2, 2);
  CHECK(counts(cards_of_groups(d, 2)) == std::vector<size_t>{3, 2});
  CHECK(deal_cards(0, 3, 1).empty());
}

TEST_CASE("copies follow the use") {
  DeckUse whole;
  whole.whole = true;
  CHECK(copies_in_use(whole, 2, 12, 3) == std::vector<int>{3, 3});
  DeckUse dealt;
  CHECK(copies_in_use(dealt, 3, 12, 4) == std::vector<int>{2, 1, 1});
  DeckUse each;
  each.per = DeckUse::Per::Participants;
  CHECK(copies_in_use(each, 2, 12, 3) == std::vector<int>{12, 12});
  DeckUse facilitator;
  facilitator.per = DeckUse::Per::Facilitator;
  CHECK(copies_in_use(facilitator, 2, 12, 3) == std::vector<int>{1, 1});
}
