// Card fronts (layouts text, prompts and big) and backs, drawn from the deck and the theme.
#include "layout/card_face.hpp"

#include <glib.h>

#include <cstdio>

#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/card_style.hpp"
#include "layout/symbol.hpp"
#include "layout/text_box.hpp"
#include "text/text_layout.hpp"

namespace kp {

namespace {

std::string upper(const std::string& s) {
  gchar* u = g_utf8_strup(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(u);
  g_free(u);
  return out;
}

// The shared pieces of a front: band, footer; and the text boxes between them.
class FrontBuilder {
 public:
  FrontBuilder(const CardContext& ctx, const Deck& deck, size_t index)
      : ctx_(ctx),
        deck_(deck),
        card_(deck.cards[index]),
        index_(index),
        style_(CardStyle::from(ctx.kit.theme)) {
    w_ = deck.size.width.points();
    h_ = deck.size.height.points();
    const LanguageInfo& lang = language_info(ctx.kit.language);
    rtl_ = lang.rtl;
    spacing_ = lang.line_height_scale;
    subject_ = "card \"" + deck.id + "/" + card_.id + "\"";
  }

  Group build() {
    g_.tag = "front " + deck_.id + "/" + card_.id;
    double b = ctx_.bleed;
    g_.items.emplace_back(rect_shape({-b, -b, w_ + 2 * b, h_ + 2 * b}, Colour::white()));
    band();
    footer();
    double top = style_.band + Length::mm(3.5).points();
    double bottom = h_ - style_.safe - style_.footer * 1.2 - Length::mm(2.5).points();
    switch (deck_.front) {
      case FrontLayout::Text:
        text_layout(top, bottom);
        break;
      case FrontLayout::Prompts:
        prompts_layout(top, bottom);
        break;
      case FrontLayout::Big:
        big_layout(top, bottom);
        break;
    }
    return std::move(g_);
  }

 private:
  const CardContext& ctx_;
  const Deck& deck_;
  const Card& card_;
  size_t index_;
  CardStyle style_;
  double w_ = 0, h_ = 0;
  bool rtl_ = false;    // right-to-left: the whole face is mirrored
  double spacing_ = 1;  // the language's line spacing factor
  std::string subject_;
  Group g_;

  std::string prepare(const std::string& s) const { return apply_typography(s, ctx_.kit.language); }

  // Boxes and points are designed left to right; a right-to-left face mirrors them.
  Rect mirrored(Rect r) const {
    if (rtl_) r.x = w_ - r.x - r.w;
    return r;
  }
  Point mirrored(Point p) const {
    if (rtl_) p.x = w_ - p.x;
    return p;
  }

  // The height of one line of `text` in `ts`: the design's, or more for a script whose
  // font has taller lines (Naskh, CJK).
  double line_box(const std::string& text, const TextStyle& ts, double design) const {
    return std::max(design * spacing_, layout_text(ctx_.fonts, prepare(text), ts, 0).height());
  }

  TextStyle text_style(double size, bool bold, const Colour& colour) const {
    TextStyle t;
    t.family = style_.family;
    t.size = size;
    t.bold = bold;
    t.colour = colour;
    t.language = ctx_.kit.language;
    t.features = ctx_.features;
    return t;
  }

  PlacedText put(const Text& text, const std::string& field, TextStyle ts, Rect box,
                 VAlign v = VAlign::Top, bool shrink = true) {
    TextBox tb;
    tb.text = prepare(text.value);
    tb.style = ts;
    tb.box = mirrored(box);
    tb.min_size = shrink ? style_.min : ts.size;
    tb.valign = v;
    tb.subject = subject_;
    tb.field = field;
    tb.where = text.where.line ? text.where : card_.where;
    return place_text(ctx_.fonts, tb, g_.items, ctx_.diags);
  }

  void band() {
    double b = ctx_.bleed;
    g_.items.emplace_back(rect_shape({-b, -b, w_ + 2 * b, style_.band + b}, deck_.colour));
    double icon = Length::mm(3.6).points();
    double cy = style_.band / 2 + Length::mm(0.6).points();
    g_.items.emplace_back(symbol_shape(deck_.symbol, mirrored(Point{style_.safe + icon / 2, cy}),
                                       icon, Colour::white()));
    TextStyle ts = text_style(style_.band_text, true, Colour::white());
    ts.letter_spacing = style_.band_tracking;
    ts.hyphenate = false;
    double x = style_.safe + icon + Length::mm(2).points();
    Text name{upper(deck_.name.value), deck_.name.where};
    double name_h = line_box(name.value, ts, style_.band_text * 1.5);
    put(name, "deck name", ts, {x, cy - name_h / 2, w_ - x - style_.safe, name_h}, VAlign::Middle);
  }

  void footer() {
    TextStyle ts = text_style(style_.footer, false, style_.muted);
    ts.hyphenate = false;
    double y = h_ - style_.safe - style_.footer * 1.2;
    char num[32];
    std::snprintf(num, sizeof num, "%zu/%zu", index_ + 1, deck_.cards.size());
    TextStyle right = ts;
    right.align = Align::End;
    right.bold = true;
    // The number takes the width it needs ("100/1000" too); the kit title gets the rest.
    double num_w = layout_text(ctx_.fonts, num, right, 0).width() + Length::mm(3).points();
    // Taller scripts grow the line around its middle.
    const double design = style_.footer * 1.3;
    double num_h = line_box(num, right, design);
    put(Text{num, card_.where}, "card number", right,
        {w_ - style_.safe - num_w, y - (num_h - design) / 2, num_w, num_h});
    double title_h = line_box(ctx_.kit.title.value, ts, design);
    put(ctx_.kit.title, "footer", ts,
        {style_.safe, y - (title_h - design) / 2, w_ - 2 * style_.safe - num_w, title_h});
    g_.items.emplace_back(line_shape({style_.safe, y - Length::mm(1.5).points()},
                                     {w_ - style_.safe, y - Length::mm(1.5).points()},
                                     deck_.colour.tint(0.55), 0.5));
  }

  double title(double top, double max_h) {
    TextStyle ts = text_style(style_.title, true, style_.text);
    ts.line_height = 1.1;
    ts.hyphenate = false;  // a title shrinks rather than breaks a word
    return put(card_.title, "title", ts, {style_.safe, top, w_ - 2 * style_.safe, max_h}).height;
  }

  void text_layout(double top, double bottom) {
    double y = top;
    y += title(y, (style_.title * 1.1 * 2 + 1) * spacing_) + style_.gap;
    if (!deck_.lead.empty()) {
      TextStyle ls = text_style(style_.lead, false, deck_.colour);
      ls.italic = true;
      y += put(deck_.lead, "lead", ls,
               {style_.safe, y, w_ - 2 * style_.safe, style_.lead * 2.6 * spacing_})
               .height +
           Length::mm(1).points();
    }
    TextStyle bs = text_style(style_.body, false, style_.text);
    bs.line_height = 1.25;
    put(card_.body, "body", bs, {style_.safe, y, w_ - 2 * style_.safe, bottom - y});
  }

  void prompts_layout(double top, double bottom) {
    double y = top;
    y += title(y, (style_.title * 1.1 * 2 + 1) * spacing_) + Length::mm(1.5).points();
    TextStyle bs = text_style(style_.body - 1, false, style_.text);
    bs.line_height = 1.22;
    const double desc_max = Length::mm(17).points();
    y += put(card_.body, "body", bs, {style_.safe, y, w_ - 2 * style_.safe, desc_max}).height +
         Length::mm(2.5).points();
    const auto& prompts = card_.prompts.empty() ? deck_.prompts : card_.prompts;
    if (prompts.empty()) return;
    double area = (bottom - y) / static_cast<double>(prompts.size());
    for (const auto& p : prompts) {
      TextStyle ps = text_style(7.5, true, deck_.colour);
      ps.hyphenate = false;
      double label_h =
          put(p, "prompt", ps,
              {style_.safe, y, w_ - 2 * style_.safe, 2 * line_box(p.value, ps, 7.5 * 1.3)})
              .height;
      for (double ry = y + label_h + style_.rule_pitch;
           ry <= y + area - Length::mm(1).points() + 0.01; ry += style_.rule_pitch) {
        g_.items.emplace_back(
            line_shape({style_.safe, ry}, {w_ - style_.safe, ry}, style_.rule, style_.rule_width));
      }
      y += area;
    }
  }

  void big_layout(double top, double bottom) {
    TextStyle ts = text_style(style_.title * 1.5, true, style_.text);
    ts.align = Align::Centre;
    ts.line_height = 1.1;
    ts.hyphenate = false;
    put(card_.title, "title", ts, {style_.safe, top, w_ - 2 * style_.safe, bottom - top},
        VAlign::Middle);
  }
};

}  // namespace

Group card_front(const CardContext& ctx, const Deck& deck, size_t index) {
  return FrontBuilder(ctx, deck, index).build();
}

Group card_back(const CardContext& ctx, const Deck& deck) {
  Group g;
  g.tag = "back " + deck.id;
  const double w = deck.size.width.points(), h = deck.size.height.points(), b = ctx.bleed;
  if (deck.back == BackLayout::Blank) {
    g.items.emplace_back(rect_shape({-b, -b, w + 2 * b, h + 2 * b}, Colour::white()));
    return g;
  }
  CardStyle style = CardStyle::from(ctx.kit.theme);
  g.items.emplace_back(rect_shape({-b, -b, w + 2 * b, h + 2 * b}, deck.colour));
  double icon = std::min(w, h) * 0.22;
  g.items.emplace_back(symbol_shape(deck.symbol, {w / 2, h * 0.36}, icon, Colour::white()));
  TextStyle ts;
  ts.family = style.family;
  ts.size = 15;
  ts.bold = true;
  ts.colour = Colour::white();
  ts.align = Align::Centre;
  ts.language = ctx.kit.language;
  ts.features = ctx.features;
  ts.line_height = 1.1;
  ts.hyphenate = false;
  TextBox name;
  name.text = apply_typography(deck.name.value, ctx.kit.language);
  name.style = ts;
  name.box = {style.safe, h * 0.36 + icon / 2 + Length::mm(4).points(), w - 2 * style.safe,
              (15 * 1.1 * 2 + 1) * language_info(ctx.kit.language).line_height_scale};
  name.min_size = style.min;
  name.subject = "the back of deck \"" + deck.id + "\"";
  name.field = "deck name";
  name.where = deck.name.where;
  PlacedText placed = place_text(ctx.fonts, name, g.items, ctx.diags);
  TextBox title = name;
  title.text = apply_typography(ctx.kit.title.value, ctx.kit.language);
  title.style.size = 7.5;
  title.style.bold = false;
  title.box = {style.safe, h - style.safe - Length::mm(10).points(), w - 2 * style.safe,
               Length::mm(10).points()};
  title.valign = VAlign::Bottom;
  title.field = "kit title";
  title.where = ctx.kit.title.where;
  (void)placed;
  place_text(ctx.fonts, title, g.items, ctx.diags);
  return g;
}

}  // namespace kp
