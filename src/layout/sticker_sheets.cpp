// Placing stickers on label sheets and fitting their text in each label's safe area.
#include "layout/sticker_sheets.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "i18n/typography.hpp"
#include "layout/cards_document.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/sticker_face.hpp"
#include "layout/text_box.hpp"
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
  for (const StickerSet* set : st.all_sets())
    for (int s = 0; s < set->copies_for(kit.participants); ++s)
      for (const auto& t : set->texts) plan.texts.push_back(&t);
  int used = static_cast<int>(plan.texts.size()) + o.start -
             1;  // label slots from the first sheet's start
  plan.sheets = (used + per_sheet - 1) / per_sheet;
  plan.last_sheet_labels = used - (plan.sheets - 1) * per_sheet;
  return plan;
}

namespace {

Shape outline(const LabelProduct& p, double x, double y) {
  Rect r{x, y, p.label_w.points(), p.label_h.points()};
  Shape s = p.elliptic() ? ellipse_shape(r, std::nullopt, Colour::grey(0.6), 0.3)
                         : rounded_rect_shape(r, p.corner_radius.points(), std::nullopt,
                                              Colour::grey(0.6), 0.3);
  s.dash = {2, 2};
  return s;
}

// The caption is drawn with every sticker: its problems are reported once.
void check_caption(const Kit& kit, const FontContext& fonts, const StickerSet& set, bool fits,
                   const LabelProduct& p, Diagnostics& diags) {
  const Text& caption = set.caption;
  if (caption.empty()) return;
  // Only which characters the fonts lack is read off this layout: size and colour do not matter.
  const TextStyle ts = kit_text_style(kit, 10, false, kit.theme.text);
  TextBlock b = layout_text(fonts, apply_typography(caption.value, kit.language), ts, 0);
  report_missing_characters(b, caption.where, "the sticker caption", "caption", diags);
  if (!fits) {
    diags.error(caption.where, "the sticker caption is wider than the labels of " + p.name,
                "shorten the caption, choose a larger label, or lower stickers: safe-margin");
  }
}

// WCAG AA for the sticker text on the white label: 3:1 while every sticker stays bold and
// 14 pt or more, 4.5:1 once one was shrunk below.
void check_sticker_contrast(const StickerSet& st, double smallest, Diagnostics& diags) {
  double need = smallest >= 14 - 0.05 ? 3.0 : 4.5;
  double ratio = contrast_ratio(st.colour, Colour::white());
  if (ratio >= need) return;
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "stickers: the text colour %s on a white label has a contrast of %.2f:1, below "
                "%.1f:1 (WCAG AA for bold text of %.1fpt)",
                format_hex(st.colour).c_str(), ratio, need, smallest);
  diags.warning(st.colour_where, buf, "choose a darker stickers: colour");
}

}  // namespace

Document compose_stickers(const Kit& kit, const FontContext& fonts, const StickerOptions& o,
                          Diagnostics& diags) {
  Document doc;
  doc.info = kit_document_info(kit, "");
  StickerPlan plan = plan_stickers(kit, o, diags);
  if (!plan.product || plan.texts.empty()) return doc;
  const LabelProduct& p = *plan.product;
  if (sticker_areas(p, kit.stickers->safe_margin.points()).empty()) {
    diags.error(kit.stickers->safe_margin_where,
                "stickers: a safe margin of " + format_mm(kit.stickers->safe_margin) +
                    " leaves no room on the labels of " + p.name,
                "lower stickers: safe-margin");
    return doc;
  }
  // Each distinct text is laid out once, then placed on every label that carries it. A
  // caption and a colour are checked once per set.
  std::map<const Text*, Group> faces;
  for (const StickerSet* set : kit.stickers->all_sets()) {
    double smallest = kit.stickers->size.points();
    bool caption_fits = true;
    for (const auto& t : set->texts) {
      StickerFace face = sticker_face(kit, fonts, p, *set, t, diags);
      if (face.size > 0) smallest = std::min(smallest, face.size);
      caption_fits = caption_fits && face.caption_fits;
      faces.emplace(&t, std::move(face.group));
    }
    check_caption(kit, fonts, *set, caption_fits, p, diags);
    check_sticker_contrast(*set, smallest, diags);
  }
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
          if (p.shape == LabelShape::Cd && p.hole.points() > 0) {  // and the CD's hole
            LabelProduct hole = p;
            hole.label_w = hole.label_h = p.hole;
            page.items.emplace_back(
                outline(hole, c.x - p.hole.points() / 2, c.y - p.hole.points() / 2));
          }
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
