// Sub-group packs: the cards each group gets (its deal, or the whole deck) behind a cover slip.
#include "layout/sub_group_packs.hpp"

#include "core/placeholders.hpp"

#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/text_box.hpp"
#include "model/session_counts.hpp"

namespace kp {

bool packed(const Kit& kit, const Deck& deck) {
  const DeckUse* use = kit.session.use_of(deck.id);
  return use && use->per == DeckUse::Per::Groups;
}

namespace {

// The slip: "Group 3" on a band of the first deck's colour, then `lines`: per deck its name
// and the group's cards (a whole deck by its number of cards), the canvas it fills and the
// minutes of the agenda step `packs: {step: N}` names.
Group cover_slip(const CardContext& ctx, int group, const std::vector<std::string>& lines, double w,
                 double h, const Colour& colour) {
  const Kit& kit = ctx.kit;
  Group g;
  g.items.emplace_back(
      rect_shape({-ctx.bleed, -ctx.bleed, w + 2 * ctx.bleed, h + 2 * ctx.bleed}, Colour::white()));
  const double m = 4 * kPointsPerMm;
  g.items.emplace_back(rect_shape({0, 0, w, 11 * kPointsPerMm}, colour));
  auto put = [&](const std::string& text, double size, bool bold, const Colour& c, Rect box) {
    TextBox tb;
    tb.text = apply_typography(text, kit.language);
    tb.style = kit_text_style(kit, size, bold, c);
    tb.style.hyphenate = false;
    tb.style.features = ctx.features;
    tb.box = box;
    tb.min_size = std::min(size, kit.theme.min_size.points());
    tb.subject = "the cover slip of sub-group " + std::to_string(group + 1);
    tb.field = "text";
    tb.where = kit.session.where;
    return place_text(ctx.fonts, tb, g.items, ctx.diags).height;
  };
  put(fill_placeholders(kit.session.word("group"), {{"{n}", std::to_string(group + 1)}}), 13, true,
      Colour::white(), {m, 2.5 * kPointsPerMm, w - 2 * m, 8 * kPointsPerMm});
  double y = 14 * kPointsPerMm;
  std::string body;
  for (const auto& l : lines) body += (body.empty() ? "" : "\n") + l;
  put(body, 10, false, kit.theme.text, {m, y, w - 2 * m, h - y - m});
  return g;
}

}  // namespace

std::vector<std::vector<CardSlot>> sub_group_packs(const CardContext& ctx,
                                                   const CardSlotMaker& make,
                                                   std::vector<std::vector<CardSlot>> rest) {
  const Kit& kit = ctx.kit;
  const Session& s = kit.session;
  const std::string comma = language_info(kit.language).list_comma;
  std::vector<std::vector<CardSlot>> out;
  for (int g = 0; g < kit.groups; ++g) {
    std::vector<std::string> lines;
    std::vector<std::vector<CardSlot>> lists;
    const Deck* first = nullptr;
    for (const auto& deck : kit.decks) {
      if (!packed(kit, deck)) continue;
      std::vector<size_t> cards =
          cards_of_groups(session_deal(kit, deck), kit.groups)[static_cast<size_t>(g)];
      if (cards.empty()) continue;
      if (!first) first = &deck;
      std::string titles;
      for (size_t c : cards)
        titles += (titles.empty() ? "" : comma) + deck.title_of(deck.cards[c]).value;
      // A whole deck is named with its number of cards, not card by card.
      const DeckUse* use = s.use_of(deck.id);
      lines.push_back(use->whole ? deck.name.value + " (" + std::to_string(cards.size()) + ")"
                                 : deck.name.value + label_separator(kit.language) + titles);
      if (const Worksheet* canvas = s.canvas_sheet(); canvas && deck.id == canvas->deck)
        lines.push_back(fill_placeholders(s.word("pack-worksheet"), {{"{cards}", titles}}));
      std::vector<CardSlot> list;
      for (size_t c : cards) list.push_back(make(deck, c));
      lists.push_back(std::move(list));
    }
    if (!first) continue;
    if (s.pack_step > 0 && s.pack_step <= static_cast<int>(s.agenda.size()))
      lines.push_back(fill_placeholders(
          s.word("pack-time"),
          {{"{n}", std::to_string(s.agenda[static_cast<size_t>(s.pack_step - 1)].minutes)}}));
    CardSlot slip = lists.front().front();
    const double w = first->size.width.points(), h = first->size.height.points();
    slip.front = cover_slip(ctx, g, lines, w, h, first->colour);
    slip.back = cover_slip(ctx, g, {}, w, h, first->colour);
    lists.front().insert(lists.front().begin(), std::move(slip));
    for (auto& l : lists) out.push_back(std::move(l));
  }
  for (auto& l : rest)
    if (!l.empty()) out.push_back(std::move(l));
  return out;
}

}  // namespace kp
