// Cards document: faces per deck, imposition, sheet margin lines, proofs, metadata.
#include "layout/cards_document.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/card_face.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/sub_group_packs.hpp"
#include "text/text_layout.hpp"

namespace kp {

DocumentInfo kit_document_info(const Kit& kit, const std::string& what) {
  DocumentInfo info;
  info.title = kit.title.value + (what.empty() ? "" : " — " + what);
  for (const auto& a : kit.authors) info.author += (info.author.empty() ? "" : ", ") + a.value;
  info.subject = kit.subtitle.value;
  info.creator = std::string("kitpress ") + KP_VERSION;
  info.date = document_date(kit);
  return info;
}

std::string document_date(const Kit& kit) {
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    std::time_t t = static_cast<std::time_t>(std::strtoll(sde, nullptr, 10));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
  }
  if (!kit.date.empty()) return kit.date + "T00:00:00Z";
  // Never the wall clock: without a date the PDFs carry the epoch, like SOURCE_DATE_EPOCH=0.
  return "1970-01-01T00:00:00Z";
}

void check_contrast(const Kit& kit, Diagnostics& diags) {
  for (const auto& d : kit.decks) {
    double ratio = contrast_ratio(d.colour, Colour::white());
    if (ratio < 4.5) {
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "deck \"%s\": white text on its colour %s has a contrast of %.2f:1, below "
                    "4.5:1 (WCAG AA)",
                    d.id.c_str(), format_hex(d.colour).c_str(), ratio);
      diags.warning(d.where, buf,
                    "choose a darker deck colour so that the band text stays readable");
    }
  }
  double ratio = contrast_ratio(kit.theme.muted, Colour::white());
  if (ratio < 4.5) {
    diags.warning(Location{kit.dir + "/kit.yaml", 0, 0, {}},
                  "theme: muted-colour is too light on white (below 4.5:1)",
                  "choose a darker grey");
  }
}

namespace {

std::vector<Item> sheet_label(const Kit& kit, const FontContext& fonts, const std::string& text,
                              double* width) {
  TextStyle ts = kit_text_style(kit, 6, false, kit.theme.muted);
  ts.hyphenate = false;
  TextBlock b = layout_text(fonts, apply_typography(text, kit.language), ts, 0);
  *width = b.width();
  std::vector<Item> items;
  for (auto& r : b.runs({0, -b.first_baseline()}, ts.colour)) items.emplace_back(std::move(r));
  return items;
}

Page proof_page(const Group& face, double w, double h) {
  Page p;
  p.width = w;
  p.height = h;
  Group g = face;
  g.clip = Rect{0, 0, w, h};
  p.items.emplace_back(std::move(g));
  return p;
}

}  // namespace

Document compose_cards(const Kit& kit, const FontContext& fonts, const SheetOptions& options,
                       Diagnostics& diags, std::vector<ProofFace>* proofs, const PageSink& sink) {
  Document doc;
  doc.info = kit_document_info(kit, "");  // the card sheets are the kit: its title alone
  SheetWords words;
  words.kit_title = kit.title.value;
  words.sheet = kit.word("sheet");
  words.fronts = kit.word("fronts");
  words.backs = kit.word("backs");
  words.print_at_100 = kit.word("print-at-100");
  words.list_comma = language_info(kit.language).list_comma;
  auto label = [&](const std::string& text, double* width) {
    return sheet_label(kit, fonts, text, width);
  };
  const Location where{kit.dir + "/kit.yaml", 0, 0, {}};
  // A sheet's pages: to the sink when there is one, so that a deck of any size holds one sheet
  // of faces at a time.
  int page_count = 0;
  auto emit = [&](Page&& page) {
    const int i = page_count++;
    if (i % 2 == 0 || options.duplex == Duplex::Off) doc.bookmarks.push_back({page.label, 1, i, 0});
    if (sink) {
      sink(doc.info, std::move(page));
    } else {
      doc.pages.push_back(std::move(page));
    }
  };
  CardContext ctx{kit, fonts, options.bleed, diags};
  auto slot = [&](const Deck& deck, size_t i, const Group& back) {
    CardSlot s;
    s.front = card_front(ctx, deck, i);
    s.back = deck.back == BackLayout::Fields ? card_fields_back(ctx, deck, i) : back;
    s.w = deck.size.width.points();
    s.h = deck.size.height.points();
    s.deck_id = deck.id;
    s.deck_name = deck.name.value;
    return s;
  };
  // Every card of every deck, in order, to `take(deck index, slot)`, once per copy; the proofs.
  auto each_card = [&](auto take) {
    for (size_t d = 0; d < kit.decks.size(); ++d) {
      const Deck& deck = kit.decks[d];
      Group back = card_back(ctx, deck);
      const double w = deck.size.width.points(), h = deck.size.height.points();
      if (proofs && deck.back != BackLayout::Fields)
        proofs->push_back({deck.id + "-back", proof_page(back, w, h)});
      for (size_t i = 0; i < deck.cards.size(); ++i) {
        CardSlot s = slot(deck, i, back);
        const std::string name = deck.id + "-" + deck.cards[i].id;
        if (proofs) {
          proofs->push_back({name + "-front", proof_page(s.front, w, h)});
          if (deck.back == BackLayout::Fields)
            proofs->push_back({name + "-back", proof_page(s.back, w, h)});
        }
        // Every copy takes its own place on the sheets.
        for (int c = 1; c < deck.cards[i].copies; ++c) take(d, CardSlot(s));
        take(d, std::move(s));
      }
    }
  };
  if (!options.packs) {
    std::vector<DeckCards> plan;
    for (const auto& deck : kit.decks) {
      size_t slots = 0;
      for (const auto& card : deck.cards) slots += static_cast<size_t>(std::max(card.copies, 1));
      plan.push_back({deck.id, deck.size.width.points(), deck.size.height.points(), slots});
    }
    // Each sheet's pages leave as soon as its last card is laid out.
    CardImposer imposer(plan, options, words, label, where, emit);
    each_card([&](size_t d, CardSlot&& s) { imposer.add(d, std::move(s)); });
    imposer.finish(diags);
    return doc;
  }
  // Packs put cards of several decks in a group's order: the slots are gathered first (a
  // session's packs are a few dozen cards), the packed decks' in the packs only.
  std::vector<std::vector<CardSlot>> decks(kit.decks.size());
  each_card([&](size_t d, CardSlot&& s) {
    if (!packed(kit, kit.decks[d])) decks[d].push_back(std::move(s));
  });
  std::map<std::string, Group> backs;
  for (const auto& deck : kit.decks)
    if (packed(kit, deck)) backs.emplace(deck.id, card_back(ctx, deck));
  decks = sub_group_packs(
      ctx, [&](const Deck& deck, size_t i) { return slot(deck, i, backs.at(deck.id)); },
      std::move(decks));
  for (auto& page : impose_cards(decks, options, words, label, diags, where)) emit(std::move(page));
  return doc;
}

}  // namespace kp
