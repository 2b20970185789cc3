// Profiles dealt to sub-groups and the computed materials checklist.
#include "model/session_counts.hpp"

namespace kp {

size_t profile_of_group(int group, size_t profiles) {
  return profiles == 0 ? 0 : static_cast<size_t>(group) % profiles;
}

std::vector<int> groups_per_profile(int groups, size_t profiles) {
  std::vector<int> n(profiles, 0);
  for (int g = 0; g < groups && profiles > 0; ++g) ++n[profile_of_group(g, profiles)];
  return n;
}

std::string per_profile_text(const Deck& deck, int groups, const std::string& list_comma) {
  std::vector<int> n = groups_per_profile(groups, deck.cards.size());
  std::string out;
  for (size_t i = 0; i < n.size(); ++i) {
    if (n[i] == 0) continue;
    out += (out.empty() ? "" : list_comma) + deck.cards[i].title.value + "\u00A0×\u00A0" +
           std::to_string(n[i]);
  }
  return out;
}

namespace {
void replace_all(std::string& s, const std::string& key, const std::string& value) {
  for (size_t at = 0; (at = s.find(key, at)) != std::string::npos; at += value.size())
    s.replace(at, key.size(), value);
}
}  // namespace

std::vector<MaterialLine> materials_checklist(const Kit& kit, const StickerCount& stickers,
                                              const std::string& list_comma) {
  const Session& s = kit.session;
  std::vector<MaterialLine> out;
  for (const auto& m : s.materials) {
    int base = 1;
    switch (m.per) {
      case MaterialItem::Per::Participants:
        base = kit.participants;
        break;
      case MaterialItem::Per::Groups:
        base = kit.groups;
        break;
      case MaterialItem::Per::Guests:
        base = s.guests;
        break;
      case MaterialItem::Per::One:
        base = 1;
        break;
      case MaterialItem::Per::StickerSheets:
        base = stickers.sheets;
        break;
    }
    MaterialLine line;
    line.count = base * m.times + m.plus;
    line.where = m.where;
    line.text = m.text.value;
    replace_all(line.text, "{n}", std::to_string(line.count));
    replace_all(line.text, "{labels}", std::to_string(stickers.labels));
    replace_all(line.text, "{per-sheet}", std::to_string(stickers.per_sheet));
    replace_all(line.text, "{participants}", std::to_string(kit.participants));
    replace_all(line.text, "{groups}", std::to_string(kit.groups));
    replace_all(line.text, "{guests}", std::to_string(s.guests));
    if (const Deck* d = kit.find_deck(m.deck)) {
      replace_all(line.text, "{deck}", d->name.value);
      replace_all(line.text, "{cards}", std::to_string(d->cards.size()));
      replace_all(line.text, "{per-profile}", per_profile_text(*d, kit.groups, list_comma));
    }
    if (line.count > 0) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace kp
