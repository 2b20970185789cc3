// The neutral form of a translation for exchange formats (PO, XLIFF, CSV), and importing one.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "i18n/translation.hpp"
#include "model/kit.hpp"

namespace kp {

enum class UnitState { Untranslated, Translated, Stale };

// One text as a translator's tool sees it.
struct ExchangeUnit {
  std::string key;
  std::string source;       // the source text (for an import: the one the translator saw)
  std::string translation;  // empty: not translated
  std::string previous;     // Stale: the source text it was translated from, where known
  UnitState state = UnitState::Untranslated;
  std::vector<std::string> notes;  // the translator's comments
  Location source_at;              // export: where the source text is written in the kit
  Location at;                     // import: where the unit is in the imported file
};

// What an exchange file holds besides its units.
struct ExchangeSet {
  std::string kit_title, source_language, language, date;  // date: YYYY-MM-DD or empty
  std::vector<ExchangeUnit> units;
};

// What an imported file holds: its language (where the format says it) and its units.
struct ImportedFile {
  std::string language;
  std::vector<ExchangeUnit> units;
};

// Every text of `source` with its translation in `t` (in source order).
ExchangeSet exchange_set(const Kit& source, const Translation& t);

// `existing` with the imported units applied: a Translated unit is current for the source text
// it shows (so a unit translated from an older source is stale), a Stale one keeps the
// fingerprint it had, an Untranslated one clears the text; keys the import does not name stay
// as they were. Unknown keys, changed placeholders ({n}), unbalanced markup (**, *), invalid
// UTF-8 and control characters are errors located in the imported file; nothing is applied
// then (nullopt). Imported texts are located in the imported file, so that a text that does not
// fit is reported there.
std::optional<Translation> import_units(const Kit& source, const Translation& existing,
                                        const std::vector<ExchangeUnit>& units, Diagnostics& diags);

// The problems of one translated text against its source text, each reported at `at`.
void check_translated_text(const std::string& key, const std::string& source,
                           const std::string& translation, const Location& at, Diagnostics& diags);

}  // namespace kp
