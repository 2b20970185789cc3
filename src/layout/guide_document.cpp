// The guide: cover page, contents, sections as flow blocks (materials and agenda computed from
// the session, card thumbnails in the annex), paginated by the flow layout.
#include "layout/guide_document.hpp"

#include <algorithm>
#include <cstdio>

#include "core/placeholders.hpp"
#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/card_face.hpp"
#include "layout/cards_document.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/text_box.hpp"
#include "model/session_counts.hpp"

namespace kp {

namespace {

Colour accent_of(const Kit& kit) {
  return kit.decks.empty() ? kit.theme.text : kit.decks[0].colour;
}

class GuideComposer {
 public:
  GuideComposer(const Kit& kit, const FontContext& fonts, const StickerOptions& stickers,
                Diagnostics& diags)
      : kit_(kit),
        s_(kit.session),
        fonts_(fonts),
        stickers_(stickers),
        diags_(diags),
        style_(guide_flow_style(kit)) {}

  Document compose() {
    Document doc;
    doc.info = kit_document_info(kit_, s_.word("guide"));
    const NamedSize& paper = s_.guide_paper;
    FlowFrame frame;
    frame.width = paper.width.points();
    frame.height = paper.height.points();
    frame.left = frame.right = 22 * kPointsPerMm;
    frame.top = 24 * kPointsPerMm;
    frame.bottom = 22 * kPointsPerMm;
    frame.header_left = apply_typography(kit_.title.value, kit_.language);
    frame.page_offset = 1;
    doc.pages.push_back(cover(frame.width, frame.height));

    std::vector<FlowBlock> blocks;
    FlowBlock contents_title = flow_heading(1, s_.word("contents"), "contents");
    contents_title.in_contents = false;
    blocks.push_back(contents_title);
    blocks.push_back(flow_contents(2));
    blocks.push_back(flow_page_break());
    for (const auto& sec : kit_.guide) section(sec, 1, blocks);
    FlowResult flow = layout_flow(fonts_, blocks, style_, frame, diags_);
    for (auto& p : flow.pages) doc.pages.push_back(std::move(p));
    doc.bookmarks = std::move(flow.bookmarks);
    return doc;
  }

 private:
  const Kit& kit_;
  const Session& s_;
  const FontContext& fonts_;
  const StickerOptions& stickers_;
  Diagnostics& diags_;
  FlowStyle style_;

  // Sticker counts from the sticker sheets' own plan (its problems are reported there).
  StickerCount sticker_count() const {
    StickerCount c;
    if (!kit_.stickers) return c;
    Diagnostics scratch;
    StickerPlan plan = plan_stickers(kit_, stickers_, scratch);
    if (!plan.product) return c;
    c.labels = static_cast<int>(plan.texts.size());
    c.per_sheet = plan.product->per_sheet();
    c.sheets = plan.sheets;
    return c;
  }

  static bool has_thumbnails(const GuideSection& sec) {
    for (const auto& b : sec.blocks)
      if (b.kind == GuideBlock::Kind::Thumbnails) return true;
    return false;
  }

 public:
  std::vector<FlowBlock> section_blocks(const GuideSection& sec, int level) {
    std::vector<FlowBlock> out;
    section(sec, level, out);
    return out;
  }

 private:
  void section(const GuideSection& sec, int level, std::vector<FlowBlock>& out) {
    // The annex of thumbnails starts on a page of its own.
    if (has_thumbnails(sec)) out.push_back(flow_page_break());
    FlowBlock h = flow_heading(level, sec.title.value, sec.id);
    h.where = sec.title.where;
    out.push_back(h);
    for (const auto& b : sec.blocks) block(b, level, out);
    for (const auto& sub : sec.sections) section(sub, level + 1, out);
  }

  FlowBlock located(FlowBlock b, const Location& where) {
    b.where = where;
    return b;
  }

  static std::vector<std::string> values(const std::vector<Text>& ts) {
    std::vector<std::string> out;
    for (const auto& t : ts) out.push_back(t.value);
    return out;
  }

  void block(const GuideBlock& b, int level, std::vector<FlowBlock>& out) {
    using K = GuideBlock::Kind;
    switch (b.kind) {
      case K::Paragraph:
        out.push_back(located(flow_paragraph(b.text.value), b.where));
        break;
      case K::List:
        out.push_back(located(flow_list(values(b.items)), b.where));
        break;
      case K::Steps:
        out.push_back(located(flow_list(values(b.items), Marker::Number), b.where));
        break;
      case K::Cards:
        if (const Deck* d = kit_.find_deck(b.deck)) {
          std::vector<std::string> items;
          for (const auto& c : d->cards)
            items.push_back(c.body.empty() ? d->title_of(c).value : c.body.value);
          out.push_back(located(flow_list(items), b.where));
        }
        break;
      case K::Stickers:
        if (kit_.stickers) out.push_back(located(stickers(), b.where));
        break;
      case K::Tip: {
        std::vector<FlowBlock> inner;
        if (!b.title.empty()) {
          FlowBlock t = flow_paragraph("**" + b.title.value + "**");
          t.keep_with_next = true;
          inner.push_back(t);
        }
        inner.push_back(flow_paragraph(b.text.value));
        out.push_back(located(flow_box(inner, accent_of(kit_).tint(0.9)), b.where));
        break;
      }
      case K::Materials:
        out.push_back(located(materials(), b.where));
        break;
      case K::Agenda:
        agenda(b, out);
        break;
      case K::Groups:
        if (const Deck* d = kit_.find_deck(b.deck)) groups(*d, b.where, out);
        break;
      case K::Profiles:
        if (const Deck* d = kit_.find_deck(b.deck)) profiles(*d, b, level, out);
        break;
      case K::Thumbnails:
        thumbnails(level, out);
        break;
    }
  }

  FlowBlock stickers() {
    std::vector<std::vector<std::string>> rows;
    std::vector<Text> texts;
    for (const StickerSet* set : kit_.stickers->all_sets())
      texts.insert(texts.end(), set->texts.begin(), set->texts.end());
    for (size_t i = 0; i < texts.size(); i += 4) {
      std::vector<std::string> row;
      for (size_t k = i; k < i + 4; ++k) row.push_back(k < texts.size() ? texts[k].value : "");
      rows.push_back(row);
    }
    return flow_table({{1, Align::Start}, {1, Align::Start}, {1, Align::Start}, {1, Align::Start}},
                      {}, rows);
  }

  FlowBlock materials() {
    std::vector<std::string> items;
    for (const auto& m :
         materials_checklist(kit_, sticker_count(), language_info(kit_.language).list_comma)) {
      std::string n = std::to_string(m.count);
      std::string text = m.text;
      if (text.rfind(n, 0) == 0) text = "**" + n + "**" + text.substr(n.size());
      items.push_back(text);
    }
    FlowBlock title = flow_paragraph("**" + s_.word("materials") + "**");
    title.keep_with_next = true;
    return flow_box({title, flow_list(items, Marker::Checkbox)}, Colour::grey(0.93));
  }

  void agenda(const GuideBlock& b, std::vector<FlowBlock>& out) {
    if (!s_.agenda_note.empty()) {
      FlowBlock note = flow_paragraph(s_.agenda_note.value);
      note.keep_with_next = true;
      out.push_back(located(note, s_.agenda_note.where));
    }
    std::vector<std::vector<std::string>> rows;
    int t = s_.start_minutes, total = 0;
    auto minutes = [&](int n) {
      return fill_placeholders(s_.word("minutes"), {{"{n}", std::to_string(n)}});
    };
    for (const auto& st : s_.agenda) {
      rows.push_back({format_clock(kit_, t), minutes(st.minutes), st.title.value, st.who.value,
                      st.materials.value});
      t += st.minutes;
      total += st.minutes;
    }
    rows.push_back({format_clock(kit_, t), minutes(total), s_.word("total"), "", ""});
    FlowBlock table = flow_table({{1.15, Align::Start},
                                  {1.05, Align::End},
                                  {3.6, Align::Start},
                                  {2.0, Align::Start},
                                  {2.6, Align::Start}},
                                 {s_.word("time"), s_.word("duration"), s_.word("step"),
                                  s_.word("who"), s_.word("materials")},
                                 rows);
    table.last_row_bold = true;
    table.tint = Colour::grey(0.93);
    out.push_back(located(table, b.where));
  }

  // Which cards each sub-group gets, then, when the deal is uneven, what happens to the extra
  // cards (or groups): the rule of deal_cards, said in the guide's words.
  void groups(const Deck& deck, const Location& where, std::vector<FlowBlock>& out) {
    const std::string comma = language_info(kit_.language).list_comma;
    const std::vector<DealtCard> dealt = session_deal(kit_, deck);
    const auto of_groups = cards_of_groups(dealt, kit_.groups);
    std::vector<std::vector<std::string>> rows;
    for (size_t g = 0; g < of_groups.size(); ++g) {
      std::string titles;
      for (size_t c : of_groups[g])
        titles += (titles.empty() ? "" : comma) + deck.title_of(deck.cards[c]).value;
      rows.push_back(
          {fill_placeholders(s_.word("group"), {{"{n}", std::to_string(g + 1)}}), titles});
    }
    FlowBlock t = flow_table({{1, Align::Start}, {2, Align::Start}},
                             {s_.word("groups-column"), s_.word("profile")}, rows);
    t.tint = Colour::grey(0.93);
    out.push_back(located(t, where));
    std::vector<size_t> per_group, per_card;
    for (const auto& g : of_groups) per_group.push_back(g.size());
    for (const auto& c : groups_of_cards(dealt, deck.cards.size())) per_card.push_back(c.size());
    auto uneven = [&](const std::vector<size_t>& n, const std::string& key, auto name) {
      if (n.empty()) return;
      const auto [lo, hi] = std::minmax_element(n.begin(), n.end());
      if (*lo == *hi) return;
      std::string list;
      for (size_t i = 0; i < n.size(); ++i)
        if (n[i] == *hi) list += (list.empty() ? "" : comma) + name(i);
      out.push_back(located(flow_paragraph(fill_placeholders(
                                s_.word(key), {{"{cards}", std::to_string(deck.cards.size())},
                                               {"{groups}", std::to_string(kit_.groups)},
                                               {"{list}", list},
                                               {"{n}", std::to_string(*hi)},
                                               {"{m}", std::to_string(*lo)}})),
                            where));
    };
    uneven(per_group, "deal-more-cards", [](size_t g) { return std::to_string(g + 1); });
    uneven(per_card, "deal-shared-cards",
           [&](size_t c) { return deck.title_of(deck.cards[c]).value; });
  }

  void profiles(const Deck& deck, const GuideBlock& b, int level, std::vector<FlowBlock>& out) {
    for (const auto& card : deck.cards) {
      FlowBlock h =
          flow_heading(std::min(level + 1, 3), deck.title_of(card).value, deck.id + "-" + card.id);
      h.in_contents = false;
      out.push_back(located(h, card.where));
      if (!card.body.empty())
        out.push_back(located(flow_paragraph("*" + card.body.value + "*"), card.where));
      const auto& prompts = card.prompts.empty() ? deck.prompts : card.prompts;
      std::vector<std::string> items;
      for (size_t i = 0; i < prompts.size(); ++i) {
        std::string item = "**" + prompts[i].value + "**";
        if (i < b.items.size() && !b.items[i].empty())
          item += label_separator(kit_.language) + b.items[i].value;
        items.push_back(item);
      }
      if (!items.empty()) out.push_back(located(flow_list(items), b.where));
    }
  }

  void thumbnails(int level, std::vector<FlowBlock>& out) {
    Diagnostics scratch;  // card problems are reported once, by the cards document
    CardContext ctx{kit_, fonts_, 0, scratch};
    for (const auto& deck : kit_.decks) {
      out.push_back(flow_heading(std::min(level + 1, 3), deck.name.value, "annex-" + deck.id));
      FlowBlock grid;
      grid.kind = FlowBlock::Kind::Figures;
      grid.figure_columns = 4;
      grid.figure_scale = 0.4;
      for (size_t i = 0; i < deck.cards.size(); ++i) {
        Figure f;
        f.art = card_front(ctx, deck, i);
        f.width = deck.size.width.points();
        f.height = deck.size.height.points();
        f.art.clip = Rect{0, 0, f.width, f.height};
        f.caption =
            fill_placeholders(s_.word("card-id"), {{"{deck}", deck.name.value},
                                                   {"{n}", std::to_string(i + 1)},
                                                   {"{count}", std::to_string(deck.cards.size())},
                                                   {"{id}", deck.cards[i].id},
                                                   {"{title}", deck.cards[i].title.value}});
        grid.figures.push_back(std::move(f));
      }
      out.push_back(grid);
    }
  }

  Page cover(double w, double h) {
    Page p;
    p.width = w;
    p.height = h;
    p.label = "1";
    const double left = 22 * kPointsPerMm, width = w - 2 * left;
    // A band of the decks' colours across the top, one stripe per deck.
    double x = 0;
    const double stripe = w / static_cast<double>(std::max<size_t>(1, kit_.decks.size()));
    for (const auto& d : kit_.decks) {
      p.items.emplace_back(rect_shape({x, 0, stripe + 0.3, 16 * kPointsPerMm}, d.colour));
      x += stripe;
    }
    auto put = [&](const std::string& text, double size, bool bold, const Colour& colour, double y,
                   double box_h, const Location& where) {
      TextBox tb;
      tb.text = apply_typography(text, kit_.language);
      tb.style = kit_text_style(kit_, size, bold, colour);
      tb.style.line_height = 1.15;
      tb.style.hyphenate = false;
      tb.box = {left, y, width, box_h};
      tb.min_size = size * 0.7;
      tb.subject = "the guide's cover";
      tb.field = "text";
      tb.where = where;
      return place_text(fonts_, tb, p.items, diags_).height;
    };
    double y = h * 0.28;
    y += put(s_.word("guide"), 12, true, accent_of(kit_), y, 20, s_.where) + 6 * kPointsPerMm;
    y += put(kit_.title.value, 30, true, kit_.theme.text, y, 80, kit_.title.where) +
         5 * kPointsPerMm;
    if (!kit_.subtitle.empty())
      y += put(kit_.subtitle.value, 17, false, kit_.theme.text, y, 50, kit_.subtitle.where);
    // The accent rule starts where the text does: on the right in a right-to-left language.
    const double rule = 40 * kPointsPerMm;
    const double rule_x = language_info(kit_.language).rtl ? left + width - rule : left;
    p.items.emplace_back(line_shape({rule_x, y + 8 * kPointsPerMm},
                                    {rule_x + rule, y + 8 * kPointsPerMm}, accent_of(kit_), 1.2));
    y += 14 * kPointsPerMm;
    std::string authors;
    for (const auto& a : kit_.authors) authors += (authors.empty() ? "" : "\n") + a.value;
    if (!authors.empty())
      y += put(authors, 12, false, kit_.theme.text, y, 80, s_.where) + 4 * kPointsPerMm;
    // Event and date at the foot of the cover.
    std::string foot = s_.event.value;
    if (std::string date = format_date(kit_); !date.empty())
      foot += (foot.empty() ? "" : "\n") + date;
    if (!foot.empty()) put(foot, 10, false, kit_.theme.muted, h - 40 * kPointsPerMm, 30, s_.where);
    return p;
  }
};

}  // namespace

std::string format_clock(const Kit& kit, int minutes) {
  minutes %= 24 * 60;
  char mm[8];
  std::snprintf(mm, sizeof mm, "%02d", minutes % 60);
  return fill_placeholders(kit.session.word("clock"),
                           {{"{h}", std::to_string(minutes / 60)}, {"{mm}", mm}});
}

std::string format_date(const Kit& kit) {
  if (kit.date.size() != 10) return "";
  return fill_placeholders(kit.session.word("date"), {{"{y}", kit.date.substr(0, 4)},
                                                      {"{m}", kit.date.substr(5, 2)},
                                                      {"{d}", kit.date.substr(8, 2)}});
}

FlowStyle guide_flow_style(const Kit& kit) {
  FlowStyle s;
  const TextStyle base = kit_text_style(kit, 10.5, false, kit.theme.text);
  s.body = base;
  s.body.line_height = 14.5 / 10.5;
  const double sizes[3] = {20, 14, 11.5};
  for (int i = 0; i < 3; ++i) {
    s.heading[i] = base;
    s.heading[i].size = sizes[i];
    s.heading[i].bold = true;
    s.heading[i].line_height = i == 2 ? 14.5 / 11.5 : 1.2;
  }
  s.table = base;
  s.table.size = 9.5;
  s.table.line_height = 12.5 / 9.5;
  s.caption = base;
  s.caption.size = 7.5;
  s.caption.colour = kit.theme.muted;
  s.running = base;
  s.running.size = 8;
  s.running.colour = kit.theme.muted;
  s.rule = Colour::grey(0.6);
  s.accent = accent_of(kit);
  s.list_indent = 17;
  return s;
}

Document compose_guide(const Kit& kit, const FontContext& fonts, const StickerOptions& stickers,
                       Diagnostics& diags) {
  return GuideComposer(kit, fonts, stickers, diags).compose();
}

std::vector<FlowBlock> guide_section_blocks(const Kit& kit, const FontContext& fonts,
                                            const StickerOptions& stickers,
                                            const GuideSection& section, int level,
                                            Diagnostics& diags) {
  return GuideComposer(kit, fonts, stickers, diags).section_blocks(section, level);
}

}  // namespace kp
