// Translations as gettext PO files (Poedit, Lokalize, Weblate), read and written by libgettextpo.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "i18n/exchange.hpp"

namespace kp {

// The PO text of `set`: msgctxt is the key, msgid the source text, msgstr the translation; a
// stale text is "#, fuzzy" with its previous source as "#| msgid"; translator comments are
// "# " lines and the source's place a "#:" reference. Deterministic: no dates but the kit's.
std::string write_po(const ExchangeSet& set);

// The units of a PO file (fuzzy: Stale, with "#| msgid" as the previous source). Syntax errors
// are located errors (nullopt). `shown_path` names the file in messages.
std::optional<ImportedFile> read_po(const std::string& path, const std::string& shown_path,
                                    Diagnostics& diags);

}  // namespace kp
