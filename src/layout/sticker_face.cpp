// Choosing the area a sticker's text fits largest in, then placing text and caption there.
#include "layout/sticker_face.hpp"

#include <algorithm>
#include <cmath>

#include "i18n/typography.hpp"
#include "layout/kit_text_style.hpp"
#include "layout/text_box.hpp"
#include "text/text_layout.hpp"

namespace kp {

namespace {

constexpr double kCaptionSize = 7.5;  // points; the quality is 14-18 pt
constexpr double kCaptionGap = 2.0;   // points between caption and text
constexpr double kPi = 3.14159265358979323846;

TextStyle sticker_style(const Kit& kit, double size, bool bold, const Colour& colour) {
  TextStyle t = kit_text_style(kit, size, bold, colour);
  t.align = Align::Centre;
  t.hyphenate = false;  // a single word shrinks rather than breaks
  t.line_height = 1.12;
  return t;
}

// Whether the caption, laid out `width` wide, stays within it without breaking a word.
bool caption_in(const TextBlock& caption, double width) {
  return caption.width() <= width + 0.01 && !caption.breaks_inside_word();
}

}  // namespace

std::vector<Rect> sticker_areas(const LabelProduct& p, double m) {
  std::vector<Rect> areas;
  if (p.shape == LabelShape::Rectangle) {
    double w = p.label_w.points() - 2 * m, h = p.label_h.points() - 2 * m;
    if (w > 0 && h > 0) areas.push_back({-w / 2, -h / 2, w, h});
    return areas;
  }
  if (p.shape == LabelShape::Ellipse) {
    // The ellipse scaled by 1 - m/b (b its smaller half-axis) keeps m from the edge
    // everywhere; the rectangles have their corners on it, as for a circle.
    const double a = p.label_w.points() / 2, b = p.label_h.points() / 2;
    const double k = 1 - m / std::min(a, b);
    if (k <= 0) return areas;
    for (int deg = 1; deg < 90; ++deg) {
      double t = deg * kPi / 180;
      double w = 2 * a * k * std::cos(t), h = 2 * b * k * std::sin(t);
      areas.push_back({-w / 2, -h / 2, w, h});
    }
    return areas;
  }
  if (p.shape == LabelShape::Cd) {
    // The ring between the hole and the edge: bands above the hole, from thin and wide to
    // tall, each with its top corners on the safe circle.
    const double outer = p.label_w.points() / 2 - m, inner = p.hole.points() / 2 + m;
    if (outer <= inner) return areas;
    for (int k = 1; k <= 40; ++k) {
      double h = (outer - inner) * k / 40, top = inner + h;
      double w = 2 * std::sqrt(std::max(outer * outer - top * top, 0.0));
      if (w > 0) areas.push_back({-w / 2, -top, w, h});
    }
    return areas;
  }
  // A rectangle whose corners lie on the safe circle, its diagonal at 1°, 2°, ... 89° from
  // the horizontal: 45° is the inscribed square.
  double r = p.label_w.points() / 2 - m;
  if (r <= 0) return areas;
  for (int deg = 1; deg < 90; ++deg) {
    double a = deg * kPi / 180;
    double w = 2 * r * std::cos(a), h = 2 * r * std::sin(a);
    areas.push_back({-w / 2, -h / 2, w, h});
  }
  return areas;
}

StickerFace sticker_face(const Kit& kit, const FontContext& fonts, const LabelProduct& p,
                         const Text& text, Diagnostics& diags) {
  return sticker_face(kit, fonts, p, *kit.stickers, text, diags);
}

StickerFace sticker_face(const Kit& kit, const FontContext& fonts, const LabelProduct& p,
                         const StickerSet& set, const Text& text, Diagnostics& diags) {
  StickerFace face;
  const Stickers& st = *kit.stickers;
  std::vector<Rect> areas = sticker_areas(p, st.safe_margin.points());
  if (areas.empty()) return face;  // compose_stickers reports it once
  const std::string caption_text = apply_typography(set.caption.value, kit.language);
  const std::string quality = apply_typography(text.value, kit.language);
  const TextStyle caption_style = sticker_style(kit, kCaptionSize, false, kit.theme.muted);
  const TextStyle ts = sticker_style(kit, st.size.points(), true, set.colour);
  const double min_size = std::min(kit.theme.min_size.points(), ts.size);

  // The room the caption takes above the text, kept below it too so the text stays centred;
  // negative when the caption does not fit the area's width.
  auto reserve_in = [&](const Rect& area, TextBlock* caption) {
    if (caption_text.empty()) return 0.0;
    *caption = layout_text(fonts, caption_text, caption_style, area.w);
    return caption_in(*caption, area.w) ? caption->height() + kCaptionGap : -1.0;
  };

  // The area where the text fits largest; the first (flattest) one among equals.
  int best = -1;
  double best_size = 0;
  for (size_t i = 0; i < areas.size(); ++i) {
    TextBlock caption;
    double reserve = reserve_in(areas[i], &caption);
    double h = areas[i].h - 2 * reserve;
    if (reserve < 0 || h <= 0) continue;
    FitResult fit = fit_text(fonts, quality, ts, areas[i].w, h, min_size);
    if (fit.fits && fit.block.size() > best_size + 0.01) {
      best = static_cast<int>(i);
      best_size = fit.block.size();
      if (best_size >= ts.size - 0.01) break;  // no later area can do better
    }
  }
  // When nothing fits, place_text reports why in the middle area (the square of a circle).
  const Rect area = areas[best >= 0 ? static_cast<size_t>(best) : areas.size() / 2];
  TextBlock caption;
  double reserve = reserve_in(area, &caption);
  face.caption_fits = reserve >= 0;
  reserve = std::max(reserve, 0.0);

  TextBox box;
  box.text = quality;
  box.style = ts;
  box.box = {area.x, area.y + reserve, area.w, std::max(area.h - 2 * reserve, 0.0)};
  box.min_size = min_size;
  box.valign = VAlign::Middle;  // the block's centre (lines' ascent to descent) on (0,0)
  box.subject = "sticker \"" + text.value + "\" on " + p.name;
  box.field = "text";
  box.where = text.where;
  PlacedText placed = place_text(fonts, box, face.group.items, diags);
  if (!placed.fits) return face;
  face.size = placed.size;
  if (!caption_text.empty() && face.caption_fits) {
    // Pango centres each caption line in the area's width, itself centred on the label.
    // The text's centre: the label's, but on a CD, whose band is above the hole.
    const double centre = p.shape == LabelShape::Cd ? box.box.y + box.box.h / 2 : 0.0;
    for (auto& r :
         caption.runs({area.x, centre - placed.height / 2 - kCaptionGap - caption.height()},
                      caption_style.colour))
      face.group.items.emplace_back(std::move(r));
  }
  return face;
}

}  // namespace kp
