// A private fontconfig configuration and Pango context: only the project's and the kit's fonts.
#pragma once
#include <pango/pango.h>

#include <string>
#include <vector>

typedef struct _FcConfig FcConfig;

namespace kp {

// Owns a FcConfig built from nothing but the given font folders (plus synthetic bold and
// oblique rules), a Pango font map over it, and a device-independent Pango context
// (72 dpi, no hinting, no rounding), so layout never depends on the machine's fonts.
class FontContext {
 public:
  // `font_files` adds single files (e.g. a Debian package's CJK fonts) to the folders.
  explicit FontContext(const std::vector<std::string>& font_dirs,
                       const std::vector<std::string>& font_files = {});
  ~FontContext();
  FontContext(const FontContext&) = delete;
  FontContext& operator=(const FontContext&) = delete;

  PangoContext* context() const { return context_; }
  // The same context with a right-to-left base direction, for Arabic and Hebrew paragraphs.
  PangoContext* rtl_context() const { return rtl_context_; }
  PangoFontMap* font_map() const { return font_map_; }
  // Family names available through this configuration.
  std::vector<std::string> families() const;
  bool has_family(const std::string& family) const;
  // The families of a comma-separated list ("Noto Naskh Arabic, Noto Sans") that are absent.
  std::vector<std::string> missing_families(const std::string& family_list) const;

 private:
  FcConfig* config_ = nullptr;
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
  PangoContext* rtl_context_ = nullptr;
};

// "A, B ,C" → {"A", "B", "C"}.
std::vector<std::string> split_families(const std::string& family_list);

// The font folders for a kit: the project's fonts/ and the kit's own fonts/ if it has one.
std::vector<std::string> font_dirs_for_kit(const std::string& kit_dir);

}  // namespace kp
