// Small queries on the kit model.
#include "model/kit.hpp"

namespace kp {

std::string Kit::word(const std::string& key, const std::string& fallback) const {
  auto it = words.find(key);
  return it == words.end() ? fallback : it->second.value;
}

std::string Session::word(const std::string& key, const std::string& fallback) const {
  auto it = words.find(key);
  return it == words.end() ? fallback : it->second.value;
}

const Deck* Kit::find_deck(const std::string& id) const {
  for (const auto& d : decks)
    if (d.id == id) return &d;
  return nullptr;
}

size_t Kit::card_count() const {
  size_t n = 0;
  for (const auto& d : decks) n += d.cards.size();
  return n;
}

}  // namespace kp
