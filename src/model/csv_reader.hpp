// Reading cards from a spreadsheet: an RFC 4180 CSV parser with every cell located.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/yaml_reader.hpp"
#include "model/yaml_tree.hpp"

namespace kp {

struct CsvTable {
  char separator = ',';
  std::vector<Text> header;             // column names, trimmed, unique, not empty
  std::vector<std::vector<Text>> rows;  // each as many cells as the header
  std::vector<Location> row_where;      // where each row starts
};

struct CsvLimits {
  size_t max_bytes = 8u << 20;  // per file
  size_t max_rows = 20000;
};

// Parses CSV text (UTF-8; comma, semicolon or tab as separator, chosen from the header line;
// LF or CRLF line ends; quoted cells with separators, doubled quotes "" and line breaks).
// Blank lines are skipped; unquoted cells are trimmed. Each cell's Text is located at the
// file's line and column (in characters) where it starts. Problems (an unclosed quote, text
// after a closing quote, a row with more or fewer cells than the header, an empty or repeated
// column name, invalid UTF-8) are located errors with a hint; returns nullopt after any.
std::optional<CsvTable> parse_csv(const SourceFile& src, Diagnostics& diags,
                                  const CsvLimits& limits = {});

// Reads the CSV file `relative` (a kit value) from `kit_dir`: confined to the kit folder, an
// optional UTF-8 byte-order mark dropped (spreadsheets write one), then parse_csv(). Errors
// about the file itself are located at `relative`.
std::optional<CsvTable> read_csv_file(const std::string& kit_dir, const Text& relative,
                                      Diagnostics& diags, const CsvLimits& limits = {});

}  // namespace kp
