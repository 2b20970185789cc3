// Translations as CSV for spreadsheets: key, source, translation, status (+ previous, notes).
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "i18n/exchange.hpp"

namespace kp {

// UTF-8 with a byte-order mark (so spreadsheets read the accents), comma-separated, a header
// row "key,source,translation,status,previous,notes"; status is translated, missing or stale;
// previous is a stale text's old source; notes are the translator's comments, one per line.
std::string write_csv(const ExchangeSet& set);

// Reads a CSV written by write_csv and edited in a spreadsheet (any of , ; or tab as separator).
// The columns key, source, translation and status are required, in any order. A row with
// status "stale" stays to review; any other row with a translation is translated from the
// source it shows. Errors are located at file:row:column.
std::optional<ImportedFile> read_csv_translation(const std::string& path,
                                                 const std::string& shown_path, Diagnostics& diags);

}  // namespace kp
