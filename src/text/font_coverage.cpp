// Font coverage through pango_font_has_char on each family of the language's list.
#include "text/font_coverage.hpp"

#include <glib.h>
#include <pango/pango.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/utf8.hpp"
#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {

// Characters drawn without a glyph of their own: spaces (shaped from the font's space),
// line breaks, soft hyphens and invisible format marks.
bool needs_glyph(char32_t c) {
  GUnicodeType type = g_unichar_type(c);
  return type != G_UNICODE_SPACE_SEPARATOR && type != G_UNICODE_CONTROL &&
         type != G_UNICODE_FORMAT && type != G_UNICODE_LINE_SEPARATOR &&
         type != G_UNICODE_PARAGRAPH_SEPARATOR;
}

class Coverage {
 public:
  Coverage(const FontContext& fonts, const std::string& family_list) {
    for (const auto& family : split_families(family_list)) {
      for (PangoWeight weight : {PANGO_WEIGHT_NORMAL, PANGO_WEIGHT_BOLD}) {
        PangoFontDescription* desc = pango_font_description_new();
        pango_font_description_set_family(desc, family.c_str());
        pango_font_description_set_weight(desc, weight);
        pango_font_description_set_size(desc, 10 * PANGO_SCALE);
        PangoFont* font = pango_font_map_load_font(fonts.font_map(), fonts.context(), desc);
        pango_font_description_free(desc);
        if (font) fonts_.push_back(font);
      }
    }
  }
  ~Coverage() {
    for (PangoFont* f : fonts_) g_object_unref(f);
  }
  Coverage(const Coverage&) = delete;
  Coverage& operator=(const Coverage&) = delete;

  bool has(char32_t c) {
    auto it = known_.find(c);
    if (it != known_.end()) return it->second;
    bool found = false;
    for (PangoFont* f : fonts_) found = found || pango_font_has_char(f, static_cast<gunichar>(c));
    known_.emplace(c, found);
    return found;
  }

 private:
  std::vector<PangoFont*> fonts_;
  std::map<char32_t, bool> known_;
};

}  // namespace

std::set<char32_t> kit_characters(const Kit& kit) {
  std::set<char32_t> chars = {U'-', U'\u2010', U'\u2026'};
  for (char32_t d = U'0'; d <= U'9'; ++d) chars.insert(d);
  visit_texts(kit, [&](const std::string&, const Text& text) {
    for (char32_t c : utf8_decode(apply_typography(text.value, kit.language)))
      if (needs_glyph(c)) chars.insert(c);
  });
  return chars;
}

bool check_font_coverage(const Kit& kit, const FontContext& fonts, Diagnostics& diags) {
  // The chosen families, then the others Pango falls back to.
  std::string families = kit.theme.font;
  const std::vector<std::string> chosen = split_families(kit.theme.font);
  for (const auto& f : fonts.families())
    if (std::find(chosen.begin(), chosen.end(), f) == chosen.end()) families += ", " + f;
  Coverage coverage(fonts, families);
  const LanguageInfo& lang = language_info(kit.language);
  const std::string name = lang.code.empty() ? kit.language : lang.name;
  bool ok = true;
  visit_texts(kit, [&](const std::string& key, const Text& text) {
    std::set<char32_t> reported;
    for (char32_t c : utf8_decode(apply_typography(text.value, kit.language))) {
      if (!needs_glyph(c) || coverage.has(c) || !reported.insert(c).second) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      diags.add({Severity::Error, text.where,
                 kit.language + ": the character " + code + " (" + utf8_encode(c) + ") in \"" +
                     key + "\" is in none of the fonts for " + name + " (" + families + ")",
                 "replace the character, or add a font that has it to the kit's fonts/ folder",
                 std::nullopt, kMissingGlyph});
      ok = false;
    }
  });
  return ok;
}

}  // namespace kp
