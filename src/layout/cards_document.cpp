// Cards document: faces per deck, imposition, sheet margin lines, proofs, metadata.
#include "layout/cards_document.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/card_face.hpp"
#include "layout/sub_group_packs.hpp"
#include "text/text_layout.hpp"

namespace kp {

DocumentInfo kit_document_info(const Kit& kit, const std::string& what) {
  DocumentInfo info;
  info.title = kit.title.value + (what.empty() ? "" : " — " + what);
  for (const auto& a : kit.authors) info.author += (info.author.empty() ? "" : ", ") + a.value;
  info.subject = kit.subtitle.value;
  info.creator = std::string("kitpress ") + KP_VERSION;
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    std::time_t t = static_cast<std::time_t>(std::strtoll(sde, nullptr, 10));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    info.date = buf;
  } else if (!kit.date.empty()) {
    info.date = kit.date + "T00:00:00Z";
  } else {
    // Never the wall clock: without a date the PDFs carry the epoch, like SOURCE_DATE_EPOCH=0.
    info.date = "1970-01-01T00:00:00Z";
  }
  return info;
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
  TextStyle ts;
  ts.family = kit.theme.font;
  ts.size = 6;
  ts.colour = kit.theme.muted;
  ts.hyphenate = false;
  ts.language = kit.language;
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
                       Diagnostics& diags, std::vector<ProofFace>* proofs) {
  Document doc;
  std::string cards_word = kit.word("cards", "");
  doc.info = kit_document_info(kit, cards_word);
  CardContext ctx{kit, fonts, options.bleed, diags};
  std::vector<std::vector<CardSlot>> decks;
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
  for (const auto& deck : kit.decks) {
    std::vector<CardSlot> slots;
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
      for (int c = 1; c < deck.cards[i].copies; ++c) slots.push_back(s);
      slots.push_back(std::move(s));
    }
    if (options.packs && packed(kit, deck)) slots.clear();  // printed in the packs instead
    decks.push_back(std::move(slots));
  }
  if (options.packs) {
    std::map<std::string, Group> backs;
    for (const auto& deck : kit.decks)
      if (packed(kit, deck)) backs.emplace(deck.id, card_back(ctx, deck));
    decks = sub_group_packs(
        ctx, [&](const Deck& deck, size_t i) { return slot(deck, i, backs.at(deck.id)); },
        std::move(decks));
  }
  SheetWords words;
  words.kit_title = kit.title.value;
  words.sheet = kit.word("sheet", words.sheet);
  words.fronts = kit.word("fronts", words.fronts);
  words.backs = kit.word("backs", words.backs);
  words.print_at_100 = kit.word("print-at-100", words.print_at_100);
  words.list_comma = language_info(kit.language).list_comma;
  auto label = [&](const std::string& text, double* width) {
    return sheet_label(kit, fonts, text, width);
  };
  doc.pages =
      impose_cards(decks, options, words, label, diags, Location{kit.dir + "/kit.yaml", 0, 0, {}});
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (i % 2 == 0 || options.duplex == Duplex::Off)
      doc.bookmarks.push_back({doc.pages[i].label, 1, static_cast<int>(i), 0});
  }
  return doc;
}

}  // namespace kp
