// Placing fitted text and reporting what did not fit.
#include "layout/text_box.hpp"

#include <cmath>
#include <cstdio>

#include "core/length.hpp"
#include "core/utf8.hpp"

namespace kp {

namespace {
std::string pt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1fpt", v);
  return buf;
}
}  // namespace

void report_missing_characters(const TextBlock& block, const Location& where,
                               const std::string& subject, const std::string& field,
                               Diagnostics& diags) {
  for (char32_t c : block.missing_characters()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    diags.add({Severity::Error, where,
               subject + ": the character " + buf + " (" + utf8_encode(c) + ") in the " + field +
                   " is in none of the fonts",
               "use a font that has it (theme: font), or replace the character", std::nullopt,
               kMissingGlyph});
  }
}

PlacedText place_text(const FontContext& fonts, const TextBox& t, std::vector<Item>& out,
                      Diagnostics& diags) {
  PlacedText placed;
  if (t.text.empty()) return placed;
  FitResult fit =
      fit_text(fonts, t.text, t.style, t.box.w, t.box.h, std::min(t.min_size, t.style.size));
  report_missing_characters(fit.block, t.where, t.subject, t.field, diags);
  if (!fit.fits) {
    std::string why = fit.word_too_wide
                          ? "a word is wider than the box (" + format_mm(Length::pt(t.box.w)) +
                                ") even at " + pt(t.min_size)
                          : "it is " + format_mm(Length::pt(fit.overflow)) +
                                " too tall at the minimum size " + pt(t.min_size);
    Diagnostic d{Severity::Error, t.where, t.subject + ": the " + t.field + " does not fit: " + why,
                 t.hint.empty() ? "shorten the text, or lower theme: min-size" : t.hint};
    d.overflow = Overflow{t.subject, t.field, fit.overflow, fit.word_too_wide};
    diags.add(std::move(d));
    return placed;
  }
  if (fit.hyphenated) {
    diags.warning(t.where, t.subject + ": the " + t.field + " was hyphenated at " +
                               pt(fit.block.size()) + " to fit");
  } else if (fit.block.size() < t.style.size - 0.05) {
    diags.warning(t.where, t.subject + ": the " + t.field + " was shrunk from " + pt(t.style.size) +
                               " to " + pt(fit.block.size()) + " to fit");
  }
  double h = fit.block.height();
  double y = t.box.y;
  if (t.valign == VAlign::Middle) y += (t.box.h - h) / 2;
  if (t.valign == VAlign::Bottom) y += t.box.h - h;
  for (auto& r : fit.block.runs({t.box.x, y}, t.style.colour)) out.emplace_back(std::move(r));
  placed.fits = true;
  placed.size = fit.block.size();
  placed.height = h;
  placed.first_baseline = y + fit.block.first_baseline();
  return placed;
}

}  // namespace kp
