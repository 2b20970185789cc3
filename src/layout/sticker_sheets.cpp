// Placing stickers on label sheets and fitting their text in each label's safe area.
#include "layout/sticker_sheets.hpp"

#include <cmath>
#include <map>

#include "core/suggest.hpp"
#include "i18n/typography.hpp"
#include "layout/cards_document.hpp"
#include "text/text_layout.hpp"

namespace kp {

Point label_centre(const LabelProduct& p, int index) {
  int col = index % p.columns, row = index / p.columns;
  return {(p.left + p.pitch_x * col).points() + p.label_w.points() / 2,
          (p.top + p.pitch_y * row).points() + p.label_h.points() / 2};
}

StickerPlan plan_stickers(const Kit& kit, const StickerOptions& o, Diagnostics& diags) {
  StickerPlan plan;
  if (!kit.stickers) return plan;
  const Stickers& st = *kit.stickers;
  std::string name = o.product.empty() ? st.product.value : o.product;
  plan.product = find_label_product(name, st.products);
  if (!plan.product) {
    diags.error(o.product.empty() ? st.product.where : Location{"--labels", 0, 0, {}},
                "unknown label product \"" + name + "\"" + suggest_label_product(name, st.products),
                "`kitpress labels` lists the products");
    return plan;
  }
  const int per_sheet = plan.product->per_sheet();
  if (o.start < 1 || o.start > per_sheet) {
    diags.error(Location{"--start", 0, 0, {}}, "--start " + std::to_string(o.start) +
                                                   " is not a label of " + plan.product->name +
                                                   " (1 to " + std::to_string(per_sheet) + ")");
    plan.product = nullptr;
    return plan;
  }
  int sets = st.per_participant ? kit.participants : st.copies;
  for (int s = 0; s < sets; ++s)
    for (const auto& t : st.texts) plan.texts.push_back(&t);
  int used = static_cast<int>(plan.texts.size()) + o.start -
             1;  // label slots from the first sheet's start
  plan.sheets = (used + per_sheet - 1) / per_sheet;
  plan.last_sheet_labels = used - (plan.sheets - 1) * per_sheet;
  return plan;
}

namespace {

struct StickerFace {
  const Kit& kit;
  const FontContext& fonts;
  const LabelProduct& p;
  Diagnostics& diags;

  TextStyle style(double size, bool bold, const Colour& colour) const {
    TextStyle t;
    t.family = kit.theme.font;
    t.size = size;
    t.bold = bold;
    t.colour = colour;
    t.align = Align::Centre;
    t.hyphenate = false;  // a single word shrinks rather than breaks
    t.line_height = 1.12;
    t.language = kit.language;
    return t;
  }

  // The width available at a block of height h centred in the label.
  double width_for(double h, double safe_w, double radius) const {
    if (!p.round) return safe_w;
    double half = h / 2;
    return half >= radius ? 0 : 2 * std::sqrt(radius * radius - half * half);
  }

  // Draws one sticker centred at (0,0): the text's block centre is the label centre.
  Group draw(const Text& text) const {
    Group g;
    const Stickers& st = *kit.stickers;
    const double m = st.safe_margin.points();
    const double safe_w = p.label_w.points() - 2 * m, safe_h = p.label_h.points() - 2 * m;
    const double radius = p.label_w.points() / 2 - m;
    std::string caption_text = apply_typography(st.caption.value, kit.language);
    std::string quality = apply_typography(text.value, kit.language);
    double reserve = 0;
    TextBlock caption;
    const double gap = 2.0;
    if (!caption_text.empty()) {
      caption = layout_text(fonts, caption_text, style(7.5, false, kit.theme.muted),
                            width_for(safe_h * 0.6, safe_w, radius));
      reserve = caption.height() + gap;
    }
    // Fit the text in the height left once the caption's room is kept on both sides (so the
    // text stays centred); for round labels, narrow the box to the circle's chord.
    double avail_h = safe_h - 2 * reserve;
    TextStyle ts = style(st.size.points(), true, st.colour);
    FitResult fit;
    double width = width_for(2 * reserve + ts.size * ts.line_height, safe_w, radius);
    for (int round = 0; round < 3; ++round) {
      fit = fit_text(fonts, quality, ts, width, avail_h,
                     std::min(kit.theme.min_size.points(), ts.size));
      if (!fit.fits) break;
      double needed = width_for(2 * reserve + fit.block.height(), safe_w, radius);
      if (fit.block.width() <= needed + 0.01) break;
      width = needed;
    }
    if (!fit.fits ||
        (p.round &&
         fit.block.width() > width_for(2 * reserve + fit.block.height(), safe_w, radius) + 0.01)) {
      diags.error(text.where,
                  "sticker \"" + text.value + "\" does not fit on a " + p.name + " label even at " +
                      std::to_string(static_cast<int>(kit.theme.min_size.points())) + "pt",
                  "shorten the text, choose a larger label, or lower stickers: safe-margin");
      return g;
    }
    if (fit.block.size() < ts.size - 0.05) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.1fpt", fit.block.size());
      diags.warning(text.where, "sticker \"" + text.value + "\" was shrunk to " + buf +
                                    " to fit a " + p.name + " label");
    }
    double h = fit.block.height();
    // Pango centres each line within the layout's width: centring that width on the label
    // centres every line.
    for (auto& r : fit.block.runs({-pango_width(fit.block) / 2, -h / 2}, st.colour))
      g.items.emplace_back(std::move(r));
    if (!caption_text.empty()) {
      for (auto& r : caption.runs({-pango_width(caption) / 2, -h / 2 - gap - caption.height()},
                                  kit.theme.muted))
        g.items.emplace_back(std::move(r));
    }
    return g;
  }

  static double pango_width(const TextBlock& b) {
    int w = pango_layout_get_width(b.layout());
    return w < 0 ? b.width() : w / double(PANGO_SCALE);
  }
};

Shape outline(const LabelProduct& p, double x, double y) {
  Rect r{x, y, p.label_w.points(), p.label_h.points()};
  Shape s = p.round ? ellipse_shape(r, std::nullopt, Colour::grey(0.6), 0.3)
                    : rounded_rect_shape(r, p.corner_radius.points(), std::nullopt,
                                         Colour::grey(0.6), 0.3);
  s.dash = {2, 2};
  return s;
}

}  // namespace

Document compose_stickers(const Kit& kit, const FontContext& fonts, const StickerOptions& o,
                          Diagnostics& diags) {
  Document doc;
  doc.info = kit_document_info(kit, "");
  StickerPlan plan = plan_stickers(kit, o, diags);
  if (!plan.product || plan.texts.empty()) return doc;
  const LabelProduct& p = *plan.product;
  StickerFace face{kit, fonts, p, diags};
  // Each distinct text is laid out once, then placed on every label that carries it.
  std::map<const Text*, Group> faces;
  for (const auto& t : kit.stickers->texts) faces.emplace(&t, face.draw(t));
  const int per_sheet = p.per_sheet();
  int slot = o.start - 1;
  for (const Text* t : plan.texts) {
    if (doc.pages.empty() || slot == per_sheet) {
      if (!doc.pages.empty()) slot = 0;
      Page page;
      page.width = p.paper_w.points();
      page.height = p.paper_h.points();
      page.label = std::to_string(doc.pages.size() + 1);
      if (o.outlines) {
        for (int i = 0; i < per_sheet; ++i) {
          Point c = label_centre(p, i);
          page.items.emplace_back(
              outline(p, c.x - p.label_w.points() / 2, c.y - p.label_h.points() / 2));
        }
      }
      doc.pages.push_back(std::move(page));
    }
    Point c = label_centre(p, slot);
    Group placed = faces.at(t);
    placed.transform = Transform::translate(c.x, c.y);
    placed.tag = "sticker " + std::to_string(slot + 1);
    doc.pages.back().items.emplace_back(std::move(placed));
    ++slot;
  }
  return doc;
}

}  // namespace kp
