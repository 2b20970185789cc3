// What kitpress knows about each language: script, direction, fonts, line spacing, quotes.
#pragma once
#include <string>
#include <vector>

namespace kp {

enum class Script { Latin, Arabic, Cjk };

struct LanguageInfo {
  std::string code;  // primary subtag: "fr", "ar", "ja"
  std::string name;  // in English, for messages: "German"
  Script script = Script::Latin;
  bool rtl = false;  // written right to left: whole layouts are mirrored
  // Families tried before the theme's font, in order (explicit: fallback order in a private
  // fontconfig is arbitrary). The theme font comes after them, for Latin words and digits.
  std::vector<std::string> families;
  // Font files of a Debian package the families need, looked for in the system font folders,
  // and the package that installs them (for the hint when they are missing).
  std::vector<std::string> system_font_files;
  std::string font_package;
  double line_height_scale = 1.0;  // taller scripts need more room between lines
  bool letter_spacing = true;      // false for joined scripts: spacing would break the joins
  bool justify = true;             // false where justifying letter-spaces the line (CJK)
  bool italic = true;              // false where slanting is not a typographic habit
  std::string open_quote = "\u201C", close_quote = "\u201D";  // for straight "..." pairs
  // Punctuation kitpress puts between texts itself: between the items of a list ("، " in
  // Arabic, "、" in Japanese), and between a label and its text (" : " in French, "：" in CJK).
  std::string list_comma = ", ";
  std::string label_separator = ": ";
  // French: a narrow no-break space before ; : ! ? and inside « » (typography replaces a space).
  bool spaced_punctuation = false;
};

// The language of a BCP 47 tag ("de-CH" → German); unknown languages get Latin defaults.
const LanguageInfo& language_info(const std::string& tag);
// Every language kitpress has explicit settings for.
const std::vector<LanguageInfo>& known_languages();

// The theme font with the language's own families in front: "Noto Naskh Arabic, Noto Sans".
std::string font_families_for(const std::string& tag, const std::string& theme_font);

// The font files of the language's families found on this machine (absolute paths), and the
// names of those not found.
struct SystemFonts {
  std::vector<std::string> found, missing;
};
SystemFonts system_fonts_for(const std::string& tag);

}  // namespace kp
