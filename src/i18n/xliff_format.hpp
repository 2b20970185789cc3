// Translations as XLIFF 2.0 files (CAT tools), written and read with libxml2.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "i18n/exchange.hpp"

namespace kp {

// XLIFF 2.0 core: one <unit id="KEY"> per text, its <segment> with <source> and <target>;
// state "initial" (not translated) or "translated", a stale text "translated" with subState
// "kitpress:needs-review-translation" and its previous source in a note; translator comments
// are notes of category "translator", the source's place one of category "location".
std::string write_xliff(const ExchangeSet& set);

// The units of an XLIFF 2.0 file (trgLang is its language). Malformed XML, another version or
// namespace, and units without id are located errors (nullopt). Entities are never expanded and
// nothing is fetched from the network.
std::optional<ImportedFile> read_xliff(const std::string& path, const std::string& shown_path,
                                       Diagnostics& diags);

}  // namespace kp
