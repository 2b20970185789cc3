// Locale typography rules.
#include "i18n/typography.hpp"

#include "core/utf8.hpp"
#include "i18n/language.hpp"

namespace kp {

std::string apply_typography(const std::string& text, const std::string& language) {
  const char32_t kNarrowNbsp = 0x202F;
  const LanguageInfo& lang = language_info(language);
  const bool french = lang.spaced_punctuation;
  const std::u32string open = utf8_decode(lang.open_quote), close = utf8_decode(lang.close_quote);
  bool in_quote = false;
  std::u32string in = utf8_decode(text), out;
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (c == U'"') {
      out += in_quote ? close : open;
      in_quote = !in_quote;
      continue;
    }
    if (c == U'\'') {
      out.push_back(0x2019);
      continue;
    }
    if (c == U'.' && i + 2 < in.size() && in[i + 1] == U'.' && in[i + 2] == U'.') {
      out.push_back(0x2026);
      i += 2;
      continue;
    }
    if (french) {
      bool before_punct = (c == U' ' || c == 0x00A0) && i + 1 < in.size() &&
                          (in[i + 1] == U';' || in[i + 1] == U':' || in[i + 1] == U'!' ||
                           in[i + 1] == U'?' || in[i + 1] == 0x00BB);
      bool after_quote = (c == U' ' || c == 0x00A0) && i > 0 && in[i - 1] == 0x00AB;
      if (before_punct || after_quote) {
        out.push_back(kNarrowNbsp);
        continue;
      }
    }
    out.push_back(c);
  }
  return utf8_encode(out);
}

std::string label_separator(const std::string& language) {
  return language_info(language).label_separator;
}

}  // namespace kp
