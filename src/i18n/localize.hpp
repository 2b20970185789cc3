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

// How localize reports what a translation lacks.
enum class TranslationReport {
  Summary,  // one warning per kind and language: "it: 201 of 203 texts are not translated..."
  EachKey   // a warning per missing, stale (old and new source side by side) and extra key
};

// The source kit with every text replaced by its translation and `language` set, so that
// hyphenation, typography and fonts follow. A missing translation falls back to the source
// text; a stale one is still used. Both, and extra keys, are warnings (see TranslationReport).
// Translated texts are located in the translation file.
Kit localize(const Kit& source, const Translation& t, Diagnostics& diags,
             TranslationReport report = TranslationReport::Summary);

// The one-line summary of a status ("it: 201 of 203 texts are not translated; ..."), one line
// per kind of problem; empty when the translation is complete.
std::vector<std::string> status_summary(const TranslationStatus& st,
                                        const std::string& source_name);

// A stale text's old and new source, for reports: `was: "..."  now: "..."` (the old one where the
// translation file still holds it).
std::string stale_comparison(const TranslationEntry& e, const std::string& now);

}  // namespace kp
