// guide.yaml `decks:`: per deck, who gets its cards and how they are dealt, every value located.
#include "model/deck_use_reader.hpp"

#include <algorithm>

#include "core/suggest.hpp"

namespace kp {

void read_deck_uses(const YamlNode& n, const SourceFile& src, GuideReading& r,
                    std::map<std::string, DeckUse>& out) {
  if (!n.is_map()) {
    r.diags.error(src.at_offset(n.offset),
                  "\"decks\" in the guide must be a mapping of \"deck-id: {per: ..., deal: ...}\"");
    return;
  }
  static const std::vector<std::string> pers = {"groups", "participants", "facilitator"};
  for (const auto& [k, v] : n.entries) {
    MapReader m(v, src, r.diags, "a deck's use");
    if (!m.ok()) continue;
    DeckUse use;
    use.where = src.at_offset(k.offset);
    r.deck_refs.push_back(Text{k.scalar, use.where});
    bool known_per = false;
    if (auto p = m.text("per", true)) {
      auto it = std::find(pers.begin(), pers.end(), p->value);
      known_per = it != pers.end();
      if (!known_per)
        r.diags.error(p->where, "unknown use \"" + p->value + "\"" + did_you_mean(p->value, pers),
                      "\"per\" is one of " + join_choices(pers));
      else
        use.per = static_cast<DeckUse::Per>(it - pers.begin());
    }
    if (auto d = m.text("deal", false)) {
      if (use.per != DeckUse::Per::Groups) {
        r.diags.error(d->where, "\"deal\" is for decks used per sub-group",
                      "remove it, or write \"per: groups\"");
      } else if (d->value == "all") {
        use.whole = true;
      } else if (!d->value.empty() &&
                 std::all_of(d->value.begin(), d->value.end(),
                             [](char c) { return c >= '0' && c <= '9'; }) &&
                 d->value.size() <= 3 && std::stoi(d->value) >= 1) {
        use.deal = std::stoi(d->value);
      } else {
        r.diags.error(d->where, "\"deal\" is \"" + d->value + "\"",
                      "write \"all\" (each sub-group gets the whole deck) or a number of cards "
                      "dealt to each sub-group, e.g. 1");
      }
    } else if (known_per && use.per == DeckUse::Per::Groups) {
      r.diags.error(m.where(), "a deck used per sub-group needs \"deal\"",
                    "write \"deal: all\" (the whole deck to each sub-group) or \"deal: 1\" (one "
                    "card each, in turn)");
    }
    m.finish();
    out[k.scalar] = use;
  }
}

}  // namespace kp
