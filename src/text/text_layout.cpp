// Pango paragraph layout, fitting by shrinking, and conversion to glyph runs.
#include "text/text_layout.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

#include "core/utf8.hpp"
#include "i18n/hyphenator.hpp"
#include "i18n/language.hpp"

namespace kp {

namespace {

// Soft hyphens inserted for hyphenation must not reach copied text: each is dropped, except
// where the line broke and Pango drew a hyphen for it, which copies as "-".
void strip_soft_hyphens(GlyphRun& run) {
  static const std::string shy = "\u00AD";
  if (run.text.find(shy) == std::string::npos) return;
  std::string text;
  size_t at = 0;
  for (auto& c : run.clusters) {
    std::string part = run.text.substr(at, static_cast<size_t>(c.bytes));
    at += static_cast<size_t>(c.bytes);
    if (part == shy && c.glyphs > 0) {
      part = "-";
    } else {
      for (size_t p; (p = part.find(shy)) != std::string::npos;) part.erase(p, shy.size());
    }
    c.bytes = static_cast<int>(part.size());
    text += part;
  }
  text += run.text.substr(std::min(at, run.text.size()));
  run.text = std::move(text);
}

bool katakana(gunichar c) {
  return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0xFF66 && c <= 0xFF9D);
}

bool full_stop(gunichar c) {
  return c == 0x3002 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F;
}

// Japanese and Chinese may break between any two characters; two such breaks read badly and
// are kept as far as the width allows: inside a katakana word (a loan word such as
// "ネットワーク" reads as one), and before the last two characters of a sentence, so that no
// line holds a lone kana and its "。".
void keep_cjk_words(PangoLayout* layout, PangoAttrList* attrs) {
  const char* text = pango_layout_get_text(layout);
  auto keep = [&](const char* from, const char* to) {
    PangoAttribute* a = pango_attr_allow_breaks_new(FALSE);
    a->start_index = static_cast<guint>(from - text);
    a->end_index = static_cast<guint>(to - text);
    pango_attr_list_insert(attrs, a);
  };
  const char* word = nullptr;  // start of the katakana run being read
  const char* prev = nullptr;  // the character before `p`
  const char* prev2 = nullptr;
  for (const char* p = text; *p; p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (katakana(c)) {
      if (!word) word = p;
    } else {
      if (word && g_utf8_next_char(word) != p) keep(word, p);
      word = nullptr;
    }
    if (full_stop(c) && prev2 && g_unichar_isalpha(g_utf8_get_char(prev2)) &&
        g_unichar_isalpha(g_utf8_get_char(prev)))
      keep(prev2, g_utf8_next_char(p));
    prev2 = prev;
    prev = p;
  }
  if (word && *g_utf8_next_char(word)) keep(word, word + std::strlen(word));
}

}  // namespace

TextBlock::TextBlock(PangoLayout* layout, double size, int pitch)
    : layout_(layout), size_(size), pitch_(pitch) {}
TextBlock::~TextBlock() {
  if (layout_) g_object_unref(layout_);
}
TextBlock::TextBlock(TextBlock&& o) noexcept
    : layout_(o.layout_), size_(o.size_), pitch_(o.pitch_) {
  o.layout_ = nullptr;
}
TextBlock& TextBlock::operator=(TextBlock&& o) noexcept {
  if (this != &o) {
    if (layout_) g_object_unref(layout_);
    layout_ = o.layout_;
    size_ = o.size_;
    pitch_ = o.pitch_;
    o.layout_ = nullptr;
  }
  return *this;
}

double TextBlock::width() const {
  PangoRectangle logical;
  pango_layout_get_extents(layout_, nullptr, &logical);
  return logical.width / double(PANGO_SCALE);
}

double TextBlock::height() const {
  auto l = lines();
  return l.empty() ? 0 : l.back().bottom - l.front().top;
}

std::vector<TextLine> TextBlock::lines() const {
  struct PangoLine {
    int top, bottom, baseline;
  };
  std::vector<PangoLine> pango;
  // The paragraph's font is the one most glyphs come from. A line set in it alone is `pitch_`
  // high, its baseline at the font's ascent plus half the leading (as Pango places it).
  std::vector<std::pair<std::pair<int, int>, int>> fonts;  // {height, ascent} → glyphs
  PangoLayoutIter* it = pango_layout_get_iter(layout_);
  const PangoLayoutLine* line = nullptr;
  do {
    if (pango_layout_iter_get_line_readonly(it) != line) {
      line = pango_layout_iter_get_line_readonly(it);
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      pango.push_back({y0, y1, pango_layout_iter_get_baseline(it)});
    }
    PangoGlyphItem* run = pango_layout_iter_get_run_readonly(it);
    if (!run) continue;
    PangoRectangle logical;
    pango_layout_iter_get_run_extents(it, nullptr, &logical);
    std::pair<int, int> m{logical.height, pango.back().baseline - logical.y};
    auto found =
        std::find_if(fonts.begin(), fonts.end(), [&](const auto& e) { return e.first == m; });
    if (found == fonts.end())
      fonts.push_back({m, run->glyphs->num_glyphs});
    else
      found->second += run->glyphs->num_glyphs;
  } while (pango_layout_iter_next_run(it));
  pango_layout_iter_free(it);
  std::vector<TextLine> out;
  const double scale = PANGO_SCALE;
  auto main = std::max_element(fonts.begin(), fonts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  if (main == fonts.end() || pitch_ <= 0) {
    for (const auto& l : pango)
      out.push_back({l.top / scale, l.bottom / scale, l.baseline / scale});
    return out;
  }
  const int offset = main->first.second + (pitch_ - main->first.first) / 2;
  for (size_t i = 0; i < pango.size(); ++i) {
    const int top = pango.front().top + static_cast<int>(i) * pitch_;
    out.push_back({top / scale, (top + pitch_) / scale, (top + offset) / scale});
  }
  return out;
}

int TextBlock::line_count() const {
  return pango_layout_get_line_count(layout_);
}

double TextBlock::first_baseline() const {
  auto l = lines();
  return l.empty() ? 0 : l.front().baseline;
}

bool TextBlock::breaks_inside_word() const {
  int n_attrs = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout_, &n_attrs);
  const char* text = pango_layout_get_text(layout_);
  GSList* lines = pango_layout_get_lines_readonly(layout_);
  bool first = true;
  for (GSList* l = lines; l; l = l->next) {
    auto* line = static_cast<PangoLayoutLine*>(l->data);
    if (first) {
      first = false;
      continue;
    }
    long char_index = g_utf8_pointer_to_offset(text, text + line->start_index);
    if (char_index < n_attrs && !attrs[char_index].is_line_break) {
      // a break right after a hard newline is fine
      if (line->start_index > 0 && text[line->start_index - 1] == '\n') continue;
      return true;
    }
  }
  return false;
}

std::vector<char32_t> TextBlock::missing_characters() const {
  std::set<char32_t> missing;
  const char* text = pango_layout_get_text(layout_);
  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    PangoGlyphItem* run = pango_layout_iter_get_run_readonly(iter);
    if (!run) continue;
    PangoGlyphString* gs = run->glyphs;
    for (int i = 0; i < gs->num_glyphs; ++i) {
      if (gs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
        int byte = run->item->offset + gs->log_clusters[i];
        char32_t c = g_utf8_get_char(text + byte);
        if (c != 0x00AD && c != '\n' && c != '\t') missing.insert(c);
      }
    }
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return {missing.begin(), missing.end()};
}

std::vector<GlyphRun> TextBlock::runs(Point origin, const Colour& colour) const {
  std::vector<GlyphRun> out;
  const char* text = pango_layout_get_text(layout_);
  const std::vector<TextLine> lines_ = lines();
  size_t line_index = 0;
  const PangoLayoutLine* line = nullptr;
  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    if (pango_layout_iter_get_line_readonly(iter) != line) {
      if (line) ++line_index;
      line = pango_layout_iter_get_line_readonly(iter);
    }
    PangoGlyphItem* item = pango_layout_iter_get_run_readonly(iter);
    if (!item) continue;
    PangoRectangle logical;
    pango_layout_iter_get_run_extents(iter, nullptr, &logical);
    double baseline = lines_[std::min(line_index, lines_.size() - 1)].baseline;
    GlyphRun run;
    run.font = font_handle(item->item->analysis.font);
    run.colour = colour;
    run.origin = {origin.x + logical.x / double(PANGO_SCALE), origin.y + baseline};
    run.text.assign(text + item->item->offset, static_cast<size_t>(item->item->length));
    run.backward = item->item->analysis.level & 1;
    PangoGlyphString* gs = item->glyphs;
    std::vector<bool> drawn(static_cast<size_t>(gs->num_glyphs));
    double x = 0;
    for (int i = 0; i < gs->num_glyphs; ++i) {
      const PangoGlyphInfo& gi = gs->glyphs[i];
      drawn[static_cast<size_t>(i)] =
          gi.glyph != PANGO_GLYPH_EMPTY && !(gi.glyph & PANGO_GLYPH_UNKNOWN_FLAG);
      if (drawn[static_cast<size_t>(i)]) {
        Glyph g;
        g.id = gi.glyph;
        g.x = x + gi.geometry.x_offset / double(PANGO_SCALE);
        g.y = gi.geometry.y_offset / double(PANGO_SCALE);
        g.advance = gi.geometry.width / double(PANGO_SCALE);
        run.glyphs.push_back(g);
      }
      x += gi.geometry.width / double(PANGO_SCALE);
    }
    // Clusters, counting only drawn glyphs; a cluster without one joins its neighbour.
    PangoGlyphItemIter cit;
    int carry = 0;
    if (pango_glyph_item_iter_init_start(&cit, item, text)) {
      do {
        int lo = std::min(cit.start_glyph, cit.end_glyph),
            hi = std::max(cit.start_glyph, cit.end_glyph);
        if (run.backward) lo = cit.end_glyph + 1, hi = cit.start_glyph + 1;
        int n = 0;
        for (int g = lo; g < hi; ++g) n += drawn[static_cast<size_t>(g)] ? 1 : 0;
        int bytes = cit.end_index - cit.start_index;
        if (n == 0) {
          if (!run.clusters.empty())
            run.clusters.back().bytes += bytes;
          else
            carry += bytes;
          continue;
        }
        run.clusters.push_back({bytes + carry, n});
        carry = 0;
      } while (pango_glyph_item_iter_next_cluster(&cit));
    }
    if (run.glyphs.empty()) continue;
    strip_soft_hyphens(run);
    out.push_back(std::move(run));
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return out;
}

TextBlock layout_text(const FontContext& fonts, const std::string& raw, const TextStyle& style,
                      double width) {
  const LanguageInfo& lang = language_info(style.language);
  // A right-to-left language sets the paragraph direction, whatever its first letter is
  // (an Arabic text may begin with a Latin acronym).
  PangoLayout* layout = pango_layout_new(lang.rtl ? fonts.rtl_context() : fonts.context());
  pango_layout_set_auto_dir(layout, lang.rtl ? FALSE : TRUE);
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, style.family.c_str());
  pango_font_description_set_size(desc, static_cast<int>(std::lround(style.size * PANGO_SCALE)));
  pango_font_description_set_weight(desc, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  // Arabic and CJK have no italics: a synthetic slant would only distort them.
  const bool italic = style.italic && lang.italic;
  pango_font_description_set_style(desc, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout, desc);
  pango_font_description_free(desc);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::lround(width * PANGO_SCALE)));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
  }
  // Start and End follow the writing direction.
  const PangoAlignment start = lang.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  const PangoAlignment end = lang.rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  switch (style.align) {
    case Align::Start:
      pango_layout_set_alignment(layout, start);
      break;
    case Align::Centre:
      pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
      break;
    case Align::End:
      pango_layout_set_alignment(layout, end);
      break;
    case Align::Justify:
      pango_layout_set_alignment(layout, start);
      pango_layout_set_justify(layout, lang.justify ? TRUE : FALSE);
      break;
  }
  std::string text = style.hyphenate && !style.language.empty() && !style.markup
                         ? hyphenator_for(style.language).hyphenate(raw)
                         : raw;
  if (style.markup) {
    pango_layout_set_markup(layout, text.c_str(), static_cast<int>(text.size()));
  } else {
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
  }
  PangoAttrList* attrs = pango_layout_get_attributes(layout);
  attrs = attrs ? pango_attr_list_ref(attrs) : pango_attr_list_new();
  const double line_height = style.line_height * lang.line_height_scale;
  const int pitch = static_cast<int>(std::lround(line_height * style.size * PANGO_SCALE));
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute(pitch));
  if (style.letter_spacing != 0 && lang.letter_spacing) {
    pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(static_cast<int>(
                                      std::lround(style.letter_spacing * PANGO_SCALE))));
  }
  if (!style.language.empty()) {
    pango_attr_list_insert(
        attrs, pango_attr_language_new(pango_language_from_string(style.language.c_str())));
  }
  if (!style.features.empty())
    pango_attr_list_insert(attrs, pango_attr_font_features_new(style.features.c_str()));
  if (lang.script == Script::Cjk) keep_cjk_words(layout, attrs);
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);
  return TextBlock(layout, style.size, pitch);
}

namespace {

// Fitted sizes are whole quarter points. Each size Pango has not seen costs it a font match
// (two helper threads), a font and its metrics, about 0.3 ms; on a grid, the cards of a kit
// keep meeting the same few sizes, which Pango has cached.
constexpr double kFitStep = 0.25;

// Shrinks from style.size down to min_size with the style as given: the largest size on the
// quarter-point grid that fits (min_size itself when nothing larger does).
FitResult shrink_to_fit(const FontContext& fonts, const std::string& text, TextStyle style,
                        double width, double height, double min_size) {
  auto fits = [&](const TextBlock& b) {
    return b.height() <= height + 0.01 && b.width() <= width + 0.01 && !b.breaks_inside_word();
  };
  FitResult r;
  r.block = layout_text(fonts, text, style, width);
  if (fits(r.block)) {
    r.fits = true;
    return r;
  }
  double nominal = style.size;
  style.size = min_size;
  TextBlock smallest = layout_text(fonts, text, style, width);
  if (!fits(smallest)) {
    r.overflow = std::max(0.0, smallest.height() - height);
    r.word_too_wide = smallest.width() > width + 0.01 || smallest.breaks_inside_word();
    r.block = std::move(smallest);
    return r;
  }
  // Grid steps: lo * kFitStep <= min_size fits, hi * kFitStep >= nominal does not.
  auto lo = static_cast<long>(std::floor(min_size / kFitStep + 1e-9));
  auto hi = static_cast<long>(std::ceil(nominal / kFitStep - 1e-9));
  r.block = std::move(smallest);
  while (hi - lo > 1) {
    const long mid = lo + (hi - lo) / 2;
    style.size = static_cast<double>(mid) * kFitStep;
    TextBlock b = layout_text(fonts, text, style, width);
    if (fits(b)) {
      lo = mid;
      r.block = std::move(b);
    } else {
      hi = mid;
    }
  }
  r.fits = true;
  return r;
}

}  // namespace

FitResult fit_text(const FontContext& fonts, const std::string& text, TextStyle style, double width,
                   double height, double min_size) {
  FitResult r = shrink_to_fit(fonts, text, style, width, height, min_size);
  if (r.fits || style.hyphenate || !style.hyphenate_to_fit || style.language.empty()) return r;
  // Shrinking was not enough: allow hyphenation, then give up.
  style.hyphenate = true;
  FitResult h = shrink_to_fit(fonts, text, style, width, height, min_size);
  if (!h.fits) return r;
  h.hyphenated = true;
  return h;
}

}  // namespace kp
