// The deal of a deck's cards to sub-groups and the copies each use of a deck needs.
#include "model/deck_use.hpp"

#include <algorithm>

namespace kp {

std::vector<DealtCard> deal_cards(size_t cards, int groups, int deal) {
  std::vector<DealtCard> out;
  if (cards == 0 || groups <= 0 || deal <= 0) return out;
  const size_t places = static_cast<size_t>(groups) * static_cast<size_t>(deal);
  const size_t n = std::max(cards, places);
  for (size_t i = 0; i < n; ++i)
    out.push_back({static_cast<int>((i / static_cast<size_t>(deal)) % static_cast<size_t>(groups)),
                   i % cards});
  return out;
}

std::vector<std::vector<size_t>> cards_of_groups(const std::vector<DealtCard>& dealt, int groups) {
  std::vector<std::vector<size_t>> out(static_cast<size_t>(std::max(groups, 0)));
  for (const auto& d : dealt) out[static_cast<size_t>(d.group)].push_back(d.card);
  return out;
}

std::vector<std::vector<int>> groups_of_cards(const std::vector<DealtCard>& dealt, size_t cards) {
  std::vector<std::vector<int>> out(cards);
  for (const auto& d : dealt) out[d.card].push_back(d.group);
  return out;
}

std::vector<int> copies_in_use(const DeckUse& use, size_t cards, int participants, int groups) {
  switch (use.per) {
    case DeckUse::Per::Participants:
      return std::vector<int>(cards, participants);
    case DeckUse::Per::Facilitator:
      return std::vector<int>(cards, 1);
    case DeckUse::Per::Groups:
      break;
  }
  if (use.whole) return std::vector<int>(cards, groups);
  std::vector<int> n(cards, 0);
  for (const auto& d : deal_cards(cards, groups, use.deal)) ++n[d.card];
  return n;
}

}  // namespace kp
