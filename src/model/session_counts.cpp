// Cards dealt to sub-groups, copies handed out and the computed materials checklist.
#include "model/session_counts.hpp"

#include "core/placeholders.hpp"

namespace kp {

std::vector<DealtCard> session_deal(const Kit& kit, const Deck& deck) {
  const DeckUse* use = kit.session.use_of(deck.id);
  if (!use) return deal_cards(deck.cards.size(), kit.groups, 1);
  if (use->per != DeckUse::Per::Groups) return {};
  if (!use->whole) return deal_cards(deck.cards.size(), kit.groups, use->deal);
  std::vector<DealtCard> out;
  for (int g = 0; g < kit.groups; ++g)
    for (size_t c = 0; c < deck.cards.size(); ++c) out.push_back({g, c});
  return out;
}

std::vector<int> session_copies(const Kit& kit, const Deck& deck) {
  if (const DeckUse* use = kit.session.use_of(deck.id))
    return copies_in_use(*use, deck.cards.size(), kit.participants, kit.groups);
  return std::vector<int>(deck.cards.size(), 1);
}

int handed_out(const Kit& kit, const Deck& deck) {
  const DeckUse* use = kit.session.use_of(deck.id);
  if (!use) return 1;
  switch (use->per) {
    case DeckUse::Per::Participants:
      return kit.participants;
    case DeckUse::Per::Facilitator:
      return 1;
    case DeckUse::Per::Groups:
      break;
  }
  return use->whole ? kit.groups : static_cast<int>(session_deal(kit, deck).size());
}

std::string per_profile_text(const Kit& kit, const Deck& deck, const std::string& list_comma) {
  std::vector<int> n(deck.cards.size(), 0);
  for (const auto& d : session_deal(kit, deck)) ++n[d.card];
  std::string out;
  for (size_t i = 0; i < n.size(); ++i) {
    if (n[i] == 0) continue;
    out += (out.empty() ? "" : list_comma) + deck.title_of(deck.cards[i]).value + "\u00A0×\u00A0" +
           std::to_string(n[i]);
  }
  return out;
}

int material_count(const Kit& kit, const MaterialItem& m, const StickerCount& stickers) {
  int base = 1;
  switch (m.per) {
    case MaterialItem::Per::Participants:
      base = kit.participants;
      break;
    case MaterialItem::Per::Groups:
      base = kit.groups;
      break;
    case MaterialItem::Per::Guests:
      base = kit.session.guests;
      break;
    case MaterialItem::Per::One:
      base = 1;
      break;
    case MaterialItem::Per::StickerSheets:
      base = stickers.sheets;
      break;
    case MaterialItem::Per::UsedDeck:
      base = 0;
      if (const Deck* d = kit.find_deck(m.deck)) base = handed_out(kit, *d);
      break;
  }
  return base * m.times + m.plus;
}

std::vector<MaterialLine> materials_checklist(const Kit& kit, const StickerCount& stickers,
                                              const std::string& list_comma) {
  const Session& s = kit.session;
  std::vector<MaterialLine> out;
  for (const auto& m : s.materials) {
    MaterialLine line;
    line.count = material_count(kit, m, stickers);
    line.where = m.where;
    std::vector<std::pair<std::string, std::string>> values = {
        {"{n}", std::to_string(line.count)},
        {"{labels}", std::to_string(stickers.labels)},
        {"{per-sheet}", std::to_string(stickers.per_sheet)},
        {"{participants}", std::to_string(kit.participants)},
        {"{groups}", std::to_string(kit.groups)},
        {"{guests}", std::to_string(s.guests)}};
    if (const Deck* d = kit.find_deck(m.deck)) {
      values.emplace_back("{deck}", d->name.value);
      // Cards printed, copies counted.
      values.emplace_back("{cards}", std::to_string(d->printed_count()));
      values.emplace_back("{per-profile}", per_profile_text(kit, *d, list_comma));
    }
    line.text = fill_placeholders(m.text.value, values);
    if (line.count > 0) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace kp
