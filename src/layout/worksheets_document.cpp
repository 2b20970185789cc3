// Session sheets (guide.yaml `sheets:`): sub-group canvases drawn directly on large pages;
// forms, tallies, notes sheets and text pages set as flows with tick boxes and writing lines.
#include "layout/worksheets_document.hpp"

#include "i18n/language.hpp"

#include <algorithm>

#include "i18n/typography.hpp"
#include "layout/cards_document.hpp"
#include "layout/flow.hpp"
#include "layout/guide_document.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/symbol.hpp"
#include "layout/text_box.hpp"
#include "model/session_counts.hpp"

namespace kp {

namespace {

class SheetsComposer {
 public:
  SheetsComposer(const Kit& kit, const FontContext& fonts, Diagnostics& diags)
      : kit_(kit), s_(kit.session), fonts_(fonts), diags_(diags) {}

  Document compose() {
    Document doc;
    doc.info = kit_document_info(kit_, s_.word("worksheets"));
    for (const Worksheet& w : s_.sheets) {
      switch (w.kind) {
        case Worksheet::Kind::Canvas:
          canvases(doc, w);
          break;
        case Worksheet::Kind::Form:
          add(doc, w.title.value, form(w));
          break;
        case Worksheet::Kind::Tally:
          if (const Worksheet* f = s_.find_sheet(w.form)) add(doc, w.title.value, tally(w, *f));
          break;
        case Worksheet::Kind::Notes:
          add(doc, w.title.value, notes(w));
          break;
        case Worksheet::Kind::Text:
          add(doc, w.title.value, text_page(w));
          break;
      }
    }
    for (size_t i = 0; i < doc.pages.size(); ++i) doc.pages[i].label = std::to_string(i + 1);
    return doc;
  }

 private:
  const Kit& kit_;
  const Session& s_;
  const FontContext& fonts_;
  Diagnostics& diags_;

  std::string typo(const std::string& s) const { return apply_typography(s, kit_.language); }

  TextStyle style(double size, bool bold, const Colour& colour) const {
    TextStyle t = kit_text_style(kit_, size, bold, colour);
    t.line_height = 1.2;
    return t;
  }

  double put(std::vector<Item>& items, const Text& text, TextStyle ts, Rect box,
             VAlign v = VAlign::Top) {
    if (text.empty()) return 0;
    TextBox tb;
    tb.text = typo(text.value);
    tb.style = ts;
    tb.box = box;
    // Scripts with taller lines (Naskh, CJK) get the same number of lines as Latin text.
    tb.box.h *= language_info(kit_.language).line_height_scale;
    tb.min_size = std::min(ts.size, std::max(kit_.theme.min_size.points(), ts.size * 0.6));
    tb.valign = v;
    tb.subject = "the worksheets";
    tb.field = "text";
    tb.where = text.where;
    return place_text(fonts_, tb, items, diags_).height;
  }

  // One canvas per card dealt to a sub-group (one per card if the deck is not dealt); a card
  // with no columns to print is an error, not an empty page.
  void canvases(Document& doc, const Worksheet& w) {
    const Deck* d = kit_.find_deck(w.deck);
    if (!d) return;
    std::vector<size_t> cards;
    for (const auto& dealt : session_deal(kit_, *d)) cards.push_back(dealt.card);
    if (cards.empty())
      for (size_t c = 0; c < d->cards.size(); ++c) cards.push_back(c);
    std::vector<bool> reported(d->cards.size(), false);
    for (size_t c : cards) {
      const Card& card = d->cards[c];
      if (columns(w, *d, card).empty()) {
        if (reported[c]) continue;
        reported[c] = true;
        diags_.error(card.where,
                     "the canvas of card \"" + card.id + "\" has no columns: deck \"" + d->id +
                         "\" gives no prompts",
                     "give the deck (or the card) \"prompts:\", one per column, give the canvas "
                     "\"columns:\", or choose another deck for the canvas");
        continue;
      }
      doc.bookmarks.push_back({card.title.value, 1, static_cast<int>(doc.pages.size()), 0});
      doc.pages.push_back(canvas(w, *d, card));
    }
  }

  // A canvas's columns: its own, else the card's prompts, else the deck's.
  static const std::vector<Text>& columns(const Worksheet& w, const Deck& deck, const Card& card) {
    if (!w.columns.empty()) return w.columns;
    return card.prompts.empty() ? deck.prompts : card.prompts;
  }

  void add(Document& doc, const std::string& title, std::vector<Page> pages) {
    doc.bookmarks.push_back({title, 1, static_cast<int>(doc.pages.size()), 0});
    for (auto& p : pages) doc.pages.push_back(std::move(p));
  }

  // A canvas: a band with the profile, then three equal columns, one per prompt.
  Page canvas(const Worksheet& sheet, const Deck& deck, const Card& card) {
    NamedSize paper =
        sheet.paper ? *sheet.paper : NamedSize{"A3", Length::mm(297), Length::mm(420)};
    Page p;
    p.width = std::max(paper.width.points(), paper.height.points());  // landscape
    p.height = std::min(paper.width.points(), paper.height.points());
    // Sizes follow the page: A3 as designed, A4 scaled down (√2 smaller).
    const double k = p.width / (420 * kPointsPerMm);
    const double m = 14 * kPointsPerMm * k, band = 40 * kPointsPerMm * k;
    const Colour white = Colour::white();
    p.items.emplace_back(rect_shape({0, 0, p.width, band + m}, deck.colour));
    // Right-to-left languages mirror the band and the column order, not the text.
    const bool rtl = language_info(kit_.language).rtl;
    auto mx = [&](double x, double w) { return rtl ? p.width - x - w : x; };
    const double icon = 12 * kPointsPerMm * k;
    p.items.emplace_back(
        symbol_shape(deck.symbol, {mx(m, icon) + icon / 2, m + icon / 2 + 2 * k}, icon, white));
    const double tx = m + icon + 7 * kPointsPerMm * k;
    const double group_w = 80 * kPointsPerMm * k;
    const double tw = p.width - tx - m - group_w - 8 * kPointsPerMm * k;
    TextStyle title = style(30 * k, true, white);
    title.hyphenate = false;
    double y = m;
    y += put(p.items, card.title, title, {mx(tx, tw), y, tw, 40 * k}) + 2 * kPointsPerMm * k;
    TextStyle desc = style(14 * k, false, white);
    put(p.items, card.body, desc, {mx(tx, tw), y, tw, band + m - y - 4 * kPointsPerMm * k});
    // "Sous-groupe : ____" on the right of the band (on the left in right-to-left languages).
    TextStyle gs = style(13 * k, true, white);
    gs.hyphenate = false;
    const double gx = mx(p.width - m - group_w, group_w);
    put(p.items, Text{s_.word("canvas-group"), s_.where}, gs, {gx, m + 4 * k, group_w, 20 * k});
    p.items.emplace_back(line_shape({gx, m + 40 * k}, {gx + group_w, m + 40 * k}, white, 1));
    // Intro under the band.
    y = band + m + 6 * kPointsPerMm * k;
    TextStyle is = style(12 * k, false, kit_.theme.muted);
    y += put(p.items, sheet.intro, is, {m, y, p.width - 2 * m, 40 * k}) + 6 * kPointsPerMm * k;
    // Columns.
    const auto& prompts = columns(sheet, deck, card);
    const size_t n = std::max<size_t>(1, prompts.size());
    const double gap = 10 * kPointsPerMm * k;
    const double cw = (p.width - 2 * m - gap * static_cast<double>(n - 1)) / static_cast<double>(n);
    const double bottom = p.height - m - 6 * kPointsPerMm * k;
    for (size_t i = 0; i < prompts.size(); ++i) {
      const double x = mx(m + static_cast<double>(i) * (cw + gap), cw);
      TextStyle hs = style(19 * k, true, deck.colour);
      hs.hyphenate = false;
      double hh = put(p.items, prompts[i], hs, {x, y, cw, 19 * k * 1.2 * 2 + 1});
      double ry = y + std::max(hh, 19 * k * 1.2 * 2) + 3 * kPointsPerMm * k;
      p.items.emplace_back(line_shape({x, ry}, {x + cw, ry}, deck.colour, 1.6 * k));
      for (double ly = ry + 12 * kPointsPerMm * k; ly <= bottom - 2; ly += 12 * kPointsPerMm * k)
        p.items.emplace_back(line_shape({x, ly}, {x + cw, ly}, Colour::grey(0.6), 0.4));
    }
    // Footer: kit title, deck.
    TextStyle fs = style(8 * k, false, kit_.theme.muted);
    fs.hyphenate = false;
    put(p.items, Text{kit_.title.value + " · " + deck.name.value, kit_.title.where}, fs,
        {m, p.height - m - 3 * kPointsPerMm * k, p.width - 2 * m, 12 * k});
    return p;
  }

  FlowStyle form_style() const {
    FlowStyle fs = guide_flow_style(kit_);
    fs.body.size = 11;
    fs.body.line_height = 15 / 11.0;
    fs.list_indent = 20;
    fs.item_space = 5;
    fs.heading_before[2] = 16;
    fs.heading_after[2] = 6;
    fs.heading[2].size = 12;
    return fs;
  }

  FlowFrame form_frame(const Worksheet& w) const {
    const NamedSize& paper = w.paper ? *w.paper : s_.guide_paper;
    FlowFrame f;
    f.width = paper.width.points();
    f.height = paper.height.points();
    f.left = f.right = 20 * kPointsPerMm;
    f.top = 22 * kPointsPerMm;
    f.bottom = 18 * kPointsPerMm;
    f.header_left = typo(kit_.title.value);
    f.header_right_section = false;
    f.folio.clear();
    return f;
  }

  std::vector<Page> flow(const Worksheet& w, const std::vector<FlowBlock>& blocks) {
    return layout_flow(fonts_, blocks, form_style(), form_frame(w), diags_).pages;
  }

  FlowBlock title(const std::string& text) const {
    FlowBlock h = flow_heading(1, text);
    h.in_contents = false;
    return h;
  }

  // A form: its questions, each with tick boxes (choices, an "other" line, a scale) and
  // writing lines.
  std::vector<Page> form(const Worksheet& w) {
    std::vector<FlowBlock> b;
    b.push_back(title(w.title.value));
    if (!w.intro.empty()) b.push_back(flow_paragraph(w.intro.value));
    for (size_t i = 0; i < w.questions.size(); ++i) {
      const SurveyQuestion& q = w.questions[i];
      FlowBlock h = flow_heading(3, std::to_string(i + 1) + ". " + q.text.value);
      h.in_contents = false;
      b.push_back(h);
      std::vector<std::string> choices;
      for (size_t c = 0; c < q.choices.size(); ++c) {
        std::string item = "**" + q.choices[c].value + "**";
        if (c < q.notes.size() && !q.notes[c].empty()) item += "\n*" + q.notes[c].value + "*";
        choices.push_back(item);
      }
      if (!q.other.empty()) choices.push_back("**" + q.other.value + "**");
      for (int k = 1; k <= q.scale; ++k) choices.push_back("**" + std::to_string(k) + "**");
      if (!choices.empty()) {
        FlowBlock list = flow_list(choices, Marker::Checkbox);
        list.keep_with_next = !q.other.empty();
        b.push_back(list);
      }
      if (!q.other.empty()) {
        FlowBlock r = flow_rules(1, 8 * kPointsPerMm);
        b.push_back(r);
      }
      if (q.lines > 0) b.push_back(flow_rules(q.lines, 8.5 * kPointsPerMm));
    }
    return flow(w, b);
  }

  // The tally of `form`: a table per question with choices (or a scale).
  std::vector<Page> tally(const Worksheet& w, const Worksheet& form) {
    std::vector<FlowBlock> b;
    b.push_back(title(w.title.value));
    if (!w.intro.empty()) b.push_back(flow_paragraph(w.intro.value));
    for (size_t i = 0; i < form.questions.size(); ++i) {
      const SurveyQuestion& q = form.questions[i];
      if (q.choices.empty() && q.scale == 0) continue;
      FlowBlock h = flow_heading(3, std::to_string(i + 1) + ". " + q.text.value);
      h.in_contents = false;
      b.push_back(h);
      std::vector<std::vector<std::string>> rows;
      for (const auto& c : q.choices) rows.push_back({"**" + c.value + "**", "", ""});
      if (!q.other.empty()) rows.push_back({"**" + q.other.value + "**", "", ""});
      for (int k = 1; k <= q.scale; ++k) rows.push_back({"**" + std::to_string(k) + "**", "", ""});
      FlowBlock t = flow_table(
          {{2.2, Align::Start}, {5, Align::Start}, {1, Align::End}},
          {s_.word("tally-choice"), s_.word("tally-marks"), s_.word("tally-total")}, rows);
      t.min_row_height = 26 * kPointsPerMm;
      t.tint = Colour::grey(0.93);
      b.push_back(t);
    }
    b.push_back(flow_spacer(10 * kPointsPerMm));
    FlowBlock count = flow_paragraph("**" + s_.word("tally-responses") + "**");
    count.keep_with_next = true;
    b.push_back(count);
    b.push_back(flow_rules(1, 9 * kPointsPerMm));
    return flow(w, b);
  }

  // A notes sheet (the rapport d'étonnement) fills one page: as many writing lines per prompt
  // as fit.
  std::vector<Page> notes(const Worksheet& w) {
    std::vector<Page> pages;
    for (int lines = 9; lines >= 2; --lines) {
      std::vector<FlowBlock> b;
      b.push_back(title(w.title.value));
      if (!w.intro.empty()) b.push_back(flow_paragraph(w.intro.value));
      if (!w.signature.empty()) {
        FlowBlock sig = flow_paragraph("**" + w.signature.value + "**");
        sig.keep_with_next = true;
        b.push_back(sig);
        b.push_back(flow_rules(1, 8 * kPointsPerMm));
      }
      for (const auto& prompt : w.prompts) {
        FlowBlock h = flow_heading(3, prompt.value);
        h.in_contents = false;
        b.push_back(h);
        b.push_back(flow_rules(lines, 8.5 * kPointsPerMm));
      }
      Diagnostics scratch;
      pages = layout_flow(fonts_, b, form_style(), form_frame(w), scratch).pages;
      if (pages.size() == 1 || lines == 2) {
        diags_.append(scratch);
        break;
      }
    }
    return pages;
  }

  // A page of text: the title, the intro and the paragraphs.
  std::vector<Page> text_page(const Worksheet& w) {
    std::vector<FlowBlock> b;
    b.push_back(title(w.title.value));
    if (!w.intro.empty()) b.push_back(flow_paragraph(w.intro.value));
    for (const auto& p : w.paragraphs) b.push_back(flow_paragraph(p.value));
    return flow(w, b);
  }
};

}  // namespace

Document compose_worksheets(const Kit& kit, const FontContext& fonts, Diagnostics& diags) {
  return SheetsComposer(kit, fonts, diags).compose();
}

}  // namespace kp
