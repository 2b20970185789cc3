// Turning the source kit into the same kit in another language, and the state of a translation.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "i18n/translation.hpp"
#include "model/kit.hpp"

namespace kp {

struct TranslationStatus {
  std::string language;
  size_t total = 0;                  // texts in the source kit
  size_t translated = 0;             // translated from the current source text
  std::vector<std::string> missing;  // no translation (or an empty one)
  std::vector<std::string> stale;    // translated from a source text that has changed since
  std::vector<std::string> extra;    // keys the source kit does not have
  bool complete() const { return missing.empty() && stale.empty() && extra.empty(); }
};

TranslationStatus translation_status(const Kit& source, const Translation& t);

// The source kit with every text replaced by its translation and `language` set, so that
// hyphenation, typography and fonts follow. A missing translation falls back to the source
// text, and is a warning naming the key and the language; so are stale and extra keys.
// Translated texts are located in the translation file.
Kit localize(const Kit& source, const Translation& t, Diagnostics& diags);

}  // namespace kp
