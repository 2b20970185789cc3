// Press pages: each face alone, bleed all round, boxes, optional marks, text checked for libharu.
#include "layout/press_document.hpp"

#include <cmath>

#include "layout/card_face.hpp"
#include "layout/cards_document.hpp"
#include "text/glyph_outline.hpp"
#include "text/reverse_cmap.hpp"

namespace kp {

namespace {

// Crop marks at the four corners, starting at the bleed edge (never inside the BleedBox).
void corner_marks(Page& page, const Rect& trim, const PressOptions& o) {
  auto mark = [&](Point a, Point b) {
    Shape s = line_shape(a, b, Colour::black(), o.mark_width);
    s.registration = true;
    page.items.emplace_back(std::move(s));
  };
  for (double x : {trim.x, trim.right()}) {
    mark({x, trim.y - o.bleed}, {x, trim.y - o.bleed - o.mark_length});
    mark({x, trim.bottom() + o.bleed}, {x, trim.bottom() + o.bleed + o.mark_length});
  }
  for (double y : {trim.y, trim.bottom()}) {
    mark({trim.x - o.bleed, y}, {trim.x - o.bleed - o.mark_length, y});
    mark({trim.right() + o.bleed, y}, {trim.right() + o.bleed + o.mark_length, y});
  }
}

Page face_page(const Group& face, double w, double h, const PressOptions& o,
               const std::string& label) {
  const double slug = o.crop_marks ? o.mark_length + Length::mm(1).points() : 0;
  const double edge = o.bleed + slug;
  Page p;
  p.width = w + 2 * edge;
  p.height = h + 2 * edge;
  p.trim_box = Rect{edge, edge, w, h};
  p.bleed_box = p.trim_box->outset(o.bleed);
  p.label = label;
  Group g = face;
  g.transform = Transform::translate(edge, edge);
  g.clip = Rect{-o.bleed, -o.bleed, w + 2 * o.bleed, h + 2 * o.bleed};
  p.items.emplace_back(std::move(g));
  if (o.crop_marks) corner_marks(p, *p.trim_box, o);
  return p;
}

// Reports the first run of the face that the press writer could neither show as text nor
// draw as outlines (a bitmap font, an unreadable file). Loads the outlines the writer will use.
void check_drawable(const Group& face, const std::string& what, const Kit& kit,
                    const Location& where, Diagnostics& diags) {
  std::string problem;
  for_each_run(face.items, Transform{}, [&](const GlyphRun& run, const Transform&) {
    std::vector<char32_t> cps;
    std::string why;
    if (!problem.empty() || press_code_points(run, &cps, &why)) return;
    try {
      for (const Glyph& g : run.glyphs)
        glyph_outline(run.font->file(), run.font->face_index(), g.id);
    } catch (const std::exception& e) {
      problem = std::string(e.what()) + " (\"" + run.text + "\")";
    }
  });
  if (problem.empty()) return;
  diags.error(
      where, what + " (language \"" + kit.language + "\") cannot go into the press PDF: " + problem,
      "the press writer draws text that libharu cannot show as the font's outlines: choose a font "
      "with outlines (TrueType or OpenType), or build without --press and send cards.pdf");
}

// "C 100 M 40 Y 0 K 37": a colour's separations in whole percent.
std::string cmyk_text(const Colour& c, const char* sep) {
  std::string out;
  const double v[] = {c.c, c.m, c.y, c.k};
  for (int i = 0; i < 4; ++i) out += (i ? sep : "") + std::to_string(std::lround(v[i] * 100));
  return out;
}

// A colour the press PDF prints from RGB converted naively (no CMYK value in the kit) is a
// warning naming it and the separations used.
void warn_derived(const Colour& c, const std::string& what, const Location& where,
                  Diagnostics& diags) {
  if (!c.cmyk_derived) return;
  diags.warning(where,
                what + " " + format_hex(c) + " has no CMYK value: the press PDF prints it as " +
                    "CMYK " + cmyk_text(c, " ") + " %, converted from RGB without a profile",
                "give the press its own value, e.g. { rgb: \"" + format_hex(c) + "\", cmyk: \"" +
                    cmyk_text(c, " ") + "\" }, with the separations the print shop advises");
}

}  // namespace

Document compose_press_cards(const Kit& kit, const FontContext& fonts, const PressOptions& o,
                             Diagnostics& diags) {
  Document doc;
  doc.info = kit_document_info(kit, "");
  doc.output_intent = o.output;
  // No optional ligatures: a ligature glyph has no character of its own, so it would be drawn
  // as an outline, and the word would no longer be searchable in the press PDF.
  CardContext ctx{kit, fonts, o.bleed, diags, "liga 0"};
  const Location kit_file{kit.dir + "/kit.yaml", 0, 0, {}};
  warn_derived(kit.theme.text, "the theme's text-colour", kit_file, diags);
  warn_derived(kit.theme.muted, "the theme's muted-colour", kit_file, diags);
  for (const auto& deck : kit.decks) {
    warn_derived(deck.colour, "the colour of deck \"" + deck.id + "\"", deck.where, diags);
    const double w = deck.size.width.points(), h = deck.size.height.points();
    const bool own_backs = deck.back == BackLayout::Fields;
    Group back = card_back(ctx, deck);
    if (!own_backs)
      check_drawable(back, "the back of deck \"" + deck.id + "\"", kit, deck.where, diags);
    for (size_t i = 0; i < deck.cards.size(); ++i) {
      const Card& card = deck.cards[i];
      Group front = card_front(ctx, deck, i);
      check_drawable(front, "card \"" + deck.id + "/" + card.id + "\"", kit, card.where, diags);
      if (own_backs) {
        back = card_fields_back(ctx, deck, i);
        check_drawable(back, "the back of card \"" + deck.id + "/" + card.id + "\"", kit,
                       card.where, diags);
      }
      const std::string name = deck.id + "/" + card.id;
      doc.pages.push_back(face_page(front, w, h, o, name + " " + kit.word("fronts")));
      doc.pages.push_back(face_page(back, w, h, o, name + " " + kit.word("backs")));
    }
  }
  return doc;
}

}  // namespace kp
