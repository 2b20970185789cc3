// Card faces drawn from the deck's fields (presets text, prompts, big, or declared) and backs.
#include "layout/card_face.hpp"

#include <glib.h>

#include <cstdio>

#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/card_style.hpp"
#include "layout/inline_markup.hpp"
#include "layout/symbol.hpp"
#include "layout/text_box.hpp"
#include "text/text_layout.hpp"

namespace kp {

namespace {

std::string points(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1fpt", v);
  return buf;
}

std::string upper(const std::string& s) {
  gchar* u = g_utf8_strup(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(u);
  g_free(u);
  return out;
}

// A deck's icon on a white disc of `diameter` centred at `centre` (in the band, on the back):
// the icon keeps its own colours whatever the deck colour.
void icon_on_disc(std::vector<Item>& items, const ImageRef& icon, Point centre, double diameter) {
  const double r = diameter / 2, inner = diameter * 0.64;
  items.emplace_back(
      ellipse_shape({centre.x - r, centre.y - r, diameter, diameter}, Colour::white()));
  items.emplace_back(fit_image(icon, {centre.x - inner / 2, centre.y - inner / 2, inner, inner}));
}

// One face built from the deck's fields of one side: band, footer, badges, the flowing
// fields between them and the note at the bottom. The presets text, prompts and big are
// field lists too (kit_loader), laid out by the same rules.
class FaceBuilder {
 public:
  FaceBuilder(const CardContext& ctx, const Deck& deck, size_t index, Side side)
      : ctx_(ctx),
        deck_(deck),
        card_(deck.cards[index]),
        index_(index),
        side_(side),
        style_(CardStyle::from(ctx.kit.theme)) {
    w_ = deck.size.width.points();
    h_ = deck.size.height.points();
    const LanguageInfo& lang = language_info(ctx.kit.language);
    rtl_ = lang.rtl;
    spacing_ = lang.line_height_scale;
    subject_ =
        (side == Side::Back ? "the back of card \"" : "card \"") + deck.id + "/" + card_.id + "\"";
    for (const auto& f : deck.fields) {
      if (f.side != side) continue;
      if (f.style == FieldStyle::Badge) {
        badges_.push_back(&f);
      } else if (f.style == FieldStyle::Note) {
        notes_.push_back(&f);
      } else {
        flowing_.push_back(&f);
        if (f.style == FieldStyle::Lines) dense_ = true;
      }
    }
  }

  Group build() {
    g_.tag = (side_ == Side::Back ? "back " : "front ") + deck_.id + "/" + card_.id;
    double b = ctx_.bleed;
    g_.items.emplace_back(rect_shape({-b, -b, w_ + 2 * b, h_ + 2 * b}, Colour::white()));
    band();
    footer();
    double top = style_.band + Length::mm(3.5).points();
    double bottom = h_ - style_.safe - style_.footer * 1.2 - Length::mm(2.5).points();
    bottom = bottom_badges(bottom);
    bottom = note(bottom);
    fields(top, bottom);
    return std::move(g_);
  }

 private:
  const CardContext& ctx_;
  const Deck& deck_;
  const Card& card_;
  size_t index_;
  Side side_;
  CardStyle style_;
  double w_ = 0, h_ = 0;
  bool rtl_ = false;    // right-to-left: the whole face is mirrored
  double spacing_ = 1;  // the language's line spacing factor
  bool dense_ = false;  // the face has writing areas: smaller body, tighter gaps
  std::string subject_;
  std::vector<const Field*> flowing_, badges_, notes_;
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
  double inner() const { return w_ - 2 * style_.safe; }

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
    // On a card's narrow measure: no 2-letter fragments, at most 2 hyphens in a row.
    t.hyphen_edge = 3;
    t.max_hyphen_run = 2;
    return t;
  }

  PlacedText put(const Text& text, const std::string& field, TextStyle ts, Rect box,
                 VAlign v = VAlign::Top, bool shrink = true) {
    return place(text.value.empty() ? "" : prepare(text.value), text.where, field, ts, box, v,
                 shrink);
  }

  // A title (or big word): it may shrink, and hyphenate when shrinking is not enough, but
  // never below the size of the card's body, so that the hierarchy holds.
  PlacedText put_title(const Text& text, const std::string& field, const TextStyle& ts, Rect box,
                       VAlign v) {
    return place(text.value.empty() ? "" : prepare(text.value), text.where, field, ts, box, v, true,
                 body_style().size);
  }

  // A text with inline markup (**bold**, *italic*, line breaks), hyphenated like a body.
  PlacedText put_marked(const std::string& marked, const Location& where, const std::string& field,
                        TextStyle ts, Rect box) {
    ts.markup = true;
    return place(marked.empty() ? "" : inline_markup(marked, ctx_.kit.language, ts.hyphenate),
                 where, field, ts, box, VAlign::Top, true);
  }

  PlacedText place(std::string text, const Location& where, const std::string& field,
                   const TextStyle& ts, Rect box, VAlign v, bool shrink, double min_size = 0) {
    TextBox tb;
    tb.text = std::move(text);
    tb.style = ts;
    tb.box = mirrored(box);
    tb.min_size = shrink ? std::max(style_.min, min_size) : ts.size;
    if (min_size > style_.min)
      tb.hint = "a title stays at least as large as the body (" + points(min_size) +
                "): shorten it, or lower theme: body-size";
    tb.valign = v;
    tb.subject = subject_;
    tb.field = field;
    tb.where = where.line ? where : card_.where;
    return place_text(ctx_.fonts, tb, g_.items, ctx_.diags);
  }

  const Text& shown(const Field& f) const { return deck_.shown(card_, f); }

  // A badge: its text style and its pill's size.
  struct Pill {
    TextStyle ts;
    double w = 0, h = 0;
  };
  Pill pill(const Text& value, const Colour& colour) const {
    Pill p{text_style(style_.footer + 0.5, true, colour), 0, 0};
    p.ts.hyphenate = false;
    p.ts.align = Align::Centre;
    TextBlock b = layout_text(ctx_.fonts, prepare(value.value), p.ts, 0);
    const double pad = Length::mm(1.6).points();
    p.h = std::max((style_.footer + 0.5) * 1.3 * spacing_, b.height()) + Length::mm(1).points();
    p.w = std::min(b.width() + 2 * pad, inner() / 2);
    return p;
  }
  void draw_pill(const Field& f, const Pill& p, double x, double y, const Colour& fill) {
    g_.items.emplace_back(rounded_rect_shape(mirrored(Rect{x, y, p.w, p.h}), p.h / 2, fill));
    const double pad = Length::mm(1.6).points();
    put(shown(f), f.name, p.ts,
        {x + pad, y + Length::mm(0.5).points(), p.w - 2 * pad, p.h - Length::mm(1).points()},
        VAlign::Middle);
  }

  bool on_top(const Field& f) const {
    return f.corner == Corner::TopRight || f.corner == Corner::TopLeft;
  }
  bool on_left(const Field& f) const {
    return f.corner == Corner::TopLeft || f.corner == Corner::BottomLeft;
  }

  void band() {
    double b = ctx_.bleed;
    g_.items.emplace_back(rect_shape({-b, -b, w_ + 2 * b, style_.band + b}, deck_.colour));
    double icon = Length::mm(3.6).points();
    double cy = style_.band / 2 + Length::mm(0.6).points();
    double left = style_.safe, right = w_ - style_.safe;
    // Top badges sit in the band, white on the deck colour, at its ends.
    for (const Field* f : badges_) {
      if (!on_top(*f) || shown(*f).empty()) continue;
      Pill p = pill(shown(*f), deck_.colour);
      double x = on_left(*f) ? left : right - p.w;
      draw_pill(*f, p, x, cy - p.h / 2, Colour::white());
      if (on_left(*f))
        left += p.w + Length::mm(1.5).points();
      else
        right -= p.w + Length::mm(1.5).points();
    }
    if (deck_.icon)
      icon_on_disc(g_.items, deck_.icon, mirrored(Point{left + icon / 2, cy}), icon * 1.25);
    else
      g_.items.emplace_back(
          symbol_shape(deck_.symbol, mirrored(Point{left + icon / 2, cy}), icon, Colour::white()));
    TextStyle ts = text_style(style_.band_text, true, Colour::white());
    ts.letter_spacing = style_.band_tracking;
    ts.hyphenate = false;
    double x = left + icon + Length::mm(2).points();
    Text name{upper(deck_.name.value), deck_.name.where};
    double name_h = line_box(name.value, ts, style_.band_text * 1.5);
    put(name, "deck name", ts, {x, cy - name_h / 2, right - x, name_h}, VAlign::Middle);
  }

  // Bottom badges, in the deck colour above the footer; returns the bottom left to the fields.
  double bottom_badges(double bottom) {
    double used = 0;
    for (const Field* f : badges_) {
      if (on_top(*f) || shown(*f).empty()) continue;
      Pill p = pill(shown(*f), Colour::white());
      double x = on_left(*f) ? style_.safe : w_ - style_.safe - p.w;
      draw_pill(*f, p, x, bottom - p.h, deck_.colour);
      used = std::max(used, p.h + Length::mm(1.5).points());
    }
    return bottom - used;
  }

  // Notes (a card's footnote), small and muted at the bottom; returns the bottom left.
  double note(double bottom) {
    for (auto it = notes_.rbegin(); it != notes_.rend(); ++it) {
      const Text& v = shown(**it);
      if (v.empty()) continue;
      TextStyle ts = text_style(std::max(style_.min, style_.footer + 0.5), false, style_.muted);
      ts.italic = true;
      ts.line_height = 1.2;
      const double max_h = ts.size * 1.2 * 3 * spacing_ + 1;
      // Laid out once to learn its height, then placed against the bottom.
      std::vector<Item> scratch;
      Diagnostics quiet;
      TextBox probe;
      probe.text = inline_markup(v.value, ctx_.kit.language, true);
      probe.style = ts;
      probe.style.markup = true;
      probe.box = {0, 0, inner(), max_h};
      probe.min_size = style_.min;
      double h = place_text(ctx_.fonts, probe, scratch, quiet).height;
      if (h <= 0) h = max_h;  // it does not fit: the real placement reports it
      put_marked(v.value, v.where, (*it)->name, ts, {style_.safe, bottom - h, inner(), h});
      bottom -= h + Length::mm(1.5).points();
    }
    return bottom;
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

  TextStyle body_style() const {
    TextStyle bs = text_style(dense_ ? style_.body - 1 : style_.body, false, style_.text);
    bs.line_height = dense_ ? 1.22 : 1.25;
    return bs;
  }

  const std::vector<Text>& prompts() const {
    return card_.prompts.empty() ? deck_.prompts : card_.prompts;
  }

  // The label of a label field, bold in the deck colour, then the value.
  std::string label_markup(const Field& f, const Text& v) const {
    std::string sep = label_separator(ctx_.kit.language);
    while (!sep.empty() && sep.back() == ' ') sep.pop_back();
    std::string m =
        inline_markup("**" + f.label.value + sep + "** " + v.value, ctx_.kit.language, true);
    const std::string open = "<span foreground=\"" + format_hex(deck_.colour) + "\">";
    if (m.rfind("<b>", 0) == 0) {
      size_t close = m.find("</b>");
      m = open + m.substr(0, close + 4) + "</span>" + m.substr(close + 4);
    }
    return m;
  }

  // The height a field needs at its nominal size (for the fields before it to leave).
  double natural(const Field& f) const {
    const Text& v = shown(f);
    switch (f.style) {
      case FieldStyle::Title:
      case FieldStyle::Text:
      case FieldStyle::Label:
      case FieldStyle::Big: {
        if (v.empty()) return 0;
        TextStyle ts = f.style == FieldStyle::Title || f.style == FieldStyle::Big
                           ? text_style(style_.title, true, style_.text)
                           : body_style();
        return layout_text(ctx_.fonts, prepare(v.value), ts, inner()).height() + style_.gap;
      }
      case FieldStyle::Lines: {
        double label = 7.5 * 1.3 * spacing_;
        if (f.from_prompts)
          return static_cast<double>(prompts().size()) * (label + 2 * style_.rule_pitch);
        return label + f.lines * style_.rule_pitch + Length::mm(1).points();
      }
      case FieldStyle::Badge:
      case FieldStyle::Note:
        return 0;
    }
    return 0;
  }

  void fields(double top, double bottom) {
    double y = top;
    bool lead_done = false;
    for (size_t i = 0; i < flowing_.size(); ++i) {
      const Field& f = *flowing_[i];
      const Text& v = shown(f);
      double reserve = 0;
      for (size_t j = i + 1; j < flowing_.size(); ++j) reserve += natural(*flowing_[j]);
      const bool last = i + 1 == flowing_.size();
      switch (f.style) {
        case FieldStyle::Title: {
          if (v.empty()) break;
          TextStyle ts = text_style(style_.title, true, style_.text);
          ts.line_height = 1.1;
          ts.hyphenate = false;  // a title shrinks rather than breaks a word
          // A card's icon stands before its title, as tall as a title and a half.
          double x = style_.safe, width = inner(), icon_h = 0;
          if (card_.icon && side_ == Side::Front) {
            icon_h = style_.title * 1.6;
            g_.items.emplace_back(fit_image(card_.icon, mirrored(Rect{x, y, icon_h, icon_h})));
            x += icon_h + Length::mm(2).points();
            width -= icon_h + Length::mm(2).points();
          }
          y += std::max(icon_h, put_title(v, f.name, ts,
                                          {x, y, width, (style_.title * 1.1 * 2 + 1) * spacing_},
                                          VAlign::Top)
                                    .height) +
               (dense_ ? Length::mm(1.5).points() : style_.gap);
          if (!lead_done && !deck_.lead.empty()) y += lead(y);
          lead_done = true;
          break;
        }
        case FieldStyle::Text: {
          if (v.empty()) {
            if (dense_ && !last) y += Length::mm(2.5).points();
            break;
          }
          double h = dense_ && !last ? Length::mm(17).points() : bottom - y - reserve;
          y += put_marked(v.value, v.where, f.name, body_style(), {style_.safe, y, inner(), h})
                   .height +
               (dense_ ? Length::mm(2.5).points() : style_.gap);
          break;
        }
        case FieldStyle::Label: {
          if (v.empty()) break;
          TextStyle ts = body_style();
          ts.markup = true;
          y += place(label_markup(f, v), v.where, f.name, ts,
                     {style_.safe, y, inner(), bottom - y - reserve}, VAlign::Top, true)
                   .height +
               Length::mm(1.5).points();
          break;
        }
        case FieldStyle::Lines:
          y = lines(f, y, bottom - reserve);
          break;
        case FieldStyle::Big: {
          if (v.empty()) break;
          TextStyle ts = text_style(style_.title * 1.5, true, style_.text);
          ts.align = Align::Centre;
          ts.line_height = 1.1;
          ts.hyphenate = false;
          double h = bottom - y - reserve;
          put_title(v, f.name, ts, {style_.safe, y, inner(), h}, VAlign::Middle);
          y += h;
          break;
        }
        case FieldStyle::Badge:
        case FieldStyle::Note:
          break;
      }
    }
  }

  double lead(double y) {
    TextStyle ls = text_style(style_.lead, false, deck_.colour);
    ls.italic = true;
    return put(deck_.lead, "lead", ls, {style_.safe, y, inner(), style_.lead * 2.6 * spacing_})
               .height +
           Length::mm(1).points();
  }

  // A labelled writing area (or one per prompt, sharing the height to `bottom`).
  double lines(const Field& f, double y, double bottom) {
    std::vector<Text> labels;
    double area = 0;
    if (f.from_prompts) {
      labels = prompts();
      if (labels.empty()) return y;
      area = (bottom - y) / static_cast<double>(labels.size());
    } else {
      labels = {f.label};
    }
    for (const auto& p : labels) {
      TextStyle ps = text_style(7.5, true, deck_.colour);
      ps.hyphenate = false;
      double label_h = p.empty()
                           ? 0
                           : put(p, f.from_prompts ? "prompt" : f.name + " label", ps,
                                 {style_.safe, y, inner(), 2 * line_box(p.value, ps, 7.5 * 1.3)})
                                 .height;
      if (!f.from_prompts) area = label_h + f.lines * style_.rule_pitch + Length::mm(1).points();
      for (double ry = y + label_h + style_.rule_pitch;
           ry <= y + area - Length::mm(1).points() + 0.01; ry += style_.rule_pitch) {
        g_.items.emplace_back(
            line_shape({style_.safe, ry}, {w_ - style_.safe, ry}, style_.rule, style_.rule_width));
      }
      y += area;
    }
    return y;
  }
};

}  // namespace

Group card_front(const CardContext& ctx, const Deck& deck, size_t index) {
  return FaceBuilder(ctx, deck, index, Side::Front).build();
}

Group card_fields_back(const CardContext& ctx, const Deck& deck, size_t index) {
  return FaceBuilder(ctx, deck, index, Side::Back).build();
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
  if (deck.icon)
    icon_on_disc(g.items, deck.icon, {w / 2, h * 0.36}, icon * 1.3);
  else
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
