// How the session uses a deck (guide.yaml `decks:`) and the deal of its cards to sub-groups.
#pragma once
#include <string>
#include <vector>

#include "model/yaml_reader.hpp"

namespace kp {

// Who gets the cards of a deck: each sub-group (the whole deck, or a deal of `deal` cards),
// each participant (a whole deck each) or the facilitator (one deck).
struct DeckUse {
  enum class Per { Groups, Participants, Facilitator };
  Location where;
  Per per = Per::Groups;
  bool whole = false;  // Groups: every group gets the whole deck
  int deal = 1;        // Groups, not whole: cards dealt to each group, in turn
};

// One card dealt to one sub-group (both 0-based).
struct DealtCard {
  int group = 0;
  size_t card = 0;
};

// Cards dealt in turn: card i % cards goes to group (i / deal) % groups, for i from 0 until
// every card and every group's `deal` cards are given. So with more cards than places, groups
// in order get one more; with fewer, a card goes to more than one group. Never drops a card.
std::vector<DealtCard> deal_cards(size_t cards, int groups, int deal);

// The cards of each group (group → card indices), and the groups of each card.
std::vector<std::vector<size_t>> cards_of_groups(const std::vector<DealtCard>& dealt, int groups);
std::vector<std::vector<int>> groups_of_cards(const std::vector<DealtCard>& dealt, size_t cards);

// How many of each card the session hands out under `use`.
std::vector<int> copies_in_use(const DeckUse& use, size_t cards, int participants, int groups);

}  // namespace kp
