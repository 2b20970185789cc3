// An RFC 4180 CSV parser for card sources, with separator detection and located cells.
#include "model/csv_reader.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/paths.hpp"
#include "core/utf8.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// The separator of the first line: the most frequent of , ; and tab outside quotes (spreadsheets
// in French or German write ";"), comma when none is there.
char detect_separator(const std::string& t) {
  size_t counts[3] = {0, 0, 0};
  const char seps[3] = {',', ';', '\t'};
  bool quoted = false;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (int k = 0; k < 3; ++k) counts[k] += c == seps[k] ? 1 : 0;
  }
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (counts[k] > counts[best]) best = k;
  return seps[best];
}

std::string separator_name(char sep) {
  return sep == ',' ? "commas" : sep == ';' ? "semicolons" : "tabs";
}

class Parser {
 public:
  Parser(const SourceFile& src, Diagnostics& diags)
      : src_(src), t_(src.text), diags_(diags), sep_(detect_separator(src.text)) {}

  char separator() const { return sep_; }
  bool ok() const { return ok_; }

  // Reads the next record into `cells` (after any blank lines); false at the end of the text
  // or after an error that stops parsing.
  bool record(std::vector<Text>& cells, Location& where) {
    cells.clear();
    while (i_ < t_.size() && (t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
    if (i_ >= t_.size() || stopped_) return false;
    where = src_.at_offset(i_);
    for (;;) {
      if (!cell(cells)) return false;
      if (i_ >= t_.size()) return true;
      const char c = t_[i_++];
      if (c == sep_) continue;
      if (c == '\r' && i_ < t_.size() && t_[i_] == '\n') ++i_;
      return true;  // a line end
    }
  }

 private:
  const SourceFile& src_;
  const std::string& t_;
  Diagnostics& diags_;
  char sep_;
  size_t i_ = 0;
  bool ok_ = true, stopped_ = false;

  bool blank(char c) const { return c == ' ' || (c == '\t' && sep_ != '\t'); }
  bool ends_cell(char c) const { return c == sep_ || c == '\n' || c == '\r'; }

  void error(size_t at, const std::string& message, const std::string& hint) {
    diags_.error(src_.at_offset(at), message, hint);
    ok_ = false;
  }

  // Reads one cell, leaving i_ on the separator or line end after it (or at the end).
  bool cell(std::vector<Text>& cells) {
    size_t start = i_;
    while (start < t_.size() && blank(t_[start])) ++start;
    if (start < t_.size() && t_[start] == '"') return quoted_cell(start, cells);
    size_t end = start;
    while (end < t_.size() && !ends_cell(t_[end])) ++end;
    size_t last = end;
    while (last > start && blank(t_[last - 1])) --last;
    cells.push_back(Text{t_.substr(start, last - start), src_.at_offset(start)});
    i_ = end;
    return true;
  }

  bool quoted_cell(size_t open, std::vector<Text>& cells) {
    std::string value;
    size_t i = open + 1;
    for (;;) {
      if (i >= t_.size()) {
        error(open, "this quoted cell is never closed: the quote runs to the end of the file",
              "end the cell with a quote (\"); a quote inside a cell is written twice, e.g. "
              "\"she said \"\"yes\"\"\"");
        stopped_ = true;
        return false;
      }
      if (t_[i] == '"') {
        if (i + 1 < t_.size() && t_[i + 1] == '"') {
          value += '"';
          i += 2;
          continue;
        }
        ++i;
        break;
      }
      value += t_[i++];
    }
    while (i < t_.size() && blank(t_[i])) ++i;
    if (i < t_.size() && !ends_cell(t_[i])) {
      error(i, "text after the closing quote of a cell",
            "a quote inside a quoted cell is written twice (\"\"); or quote the whole cell");
      while (i < t_.size() && !ends_cell(t_[i])) ++i;  // go on with the next cell
    }
    cells.push_back(Text{std::move(value), src_.at_offset(open)});
    i_ = i;
    return true;
  }
};

std::string column_list(const std::vector<Text>& header) {
  std::string out;
  for (const auto& h : header) out += (out.empty() ? "" : ", ") + h.value;
  return out;
}

}  // namespace

std::optional<CsvTable> parse_csv(const SourceFile& src, Diagnostics& diags,
                                  const CsvLimits& limits) {
  const size_t errors_before = diags.error_count();
  const size_t bad = utf8_first_invalid(src.text);
  if (bad != std::string::npos) {
    diags.error(src.at_offset(bad), "invalid UTF-8 byte sequence",
                "save the spreadsheet as \"CSV UTF-8\" (LibreOffice: character set Unicode "
                "(UTF-8); Excel: CSV UTF-8)");
    return std::nullopt;
  }
  Parser p(src, diags);
  CsvTable table;
  table.separator = p.separator();
  Location where;
  if (!p.record(table.header, where)) {
    if (p.ok())
      diags.error(src.whole_file(), "the CSV file is empty",
                  "its first row names the columns, e.g. id,name,role; each next row is a card");
    return std::nullopt;
  }
  std::set<std::string> names;
  for (size_t k = 0; k < table.header.size(); ++k) {
    Text& h = table.header[k];
    if (h.value.empty()) {
      diags.error(h.where, "column " + std::to_string(k + 1) + " of the header has no name",
                  "the first row names every column (the fields of the deck)");
    } else if (!names.insert(h.value).second) {
      diags.error(h.where, "the column \"" + h.value + "\" is named twice in the header",
                  "give each column its own name");
    }
  }
  std::vector<Text> cells;
  while (p.record(cells, where)) {
    if (table.rows.size() >= limits.max_rows) {
      diags.error(where, "the CSV file has more than " + std::to_string(limits.max_rows) + " rows",
                  "split the cards into several decks");
      return std::nullopt;
    }
    if (cells.size() != table.header.size()) {
      diags.error(where,
                  "this row has " + std::to_string(cells.size()) + " cell" +
                      (cells.size() == 1 ? "" : "s") + ", but the header names " +
                      std::to_string(table.header.size()) + " columns (" +
                      column_list(table.header) + ")",
                  "the cells are separated by " + separator_name(table.separator) +
                      ": quote a cell that holds one (\"a, b\"), and leave empty cells for "
                      "missing values");
      continue;
    }
    table.rows.push_back(cells);
    table.row_where.push_back(where);
  }
  if (!p.ok() || diags.error_count() > errors_before) return std::nullopt;
  return table;
}

std::optional<CsvTable> read_csv_file(const std::string& kit_dir, const Text& relative,
                                      Diagnostics& diags, const CsvLimits& limits) {
  std::string why;
  const std::string full = join_inside(kit_dir, relative.value, &why);
  if (full.empty()) {
    diags.error(relative.where, "the CSV file \"" + relative.value + "\": " + why,
                "keep the kit's spreadsheets in its folder, e.g. decks/cards.csv");
    return std::nullopt;
  }
  std::error_code ec;
  if (!fs::is_regular_file(full, ec)) {
    diags.error(relative.where,
                "the CSV file \"" + relative.value + "\" does not exist in the kit folder",
                "check the spelling, or export the spreadsheet to " + full);
    return std::nullopt;
  }
  const auto size = fs::file_size(full, ec);
  if (!ec && size > limits.max_bytes) {
    diags.error(relative.where,
                "the CSV file \"" + relative.value + "\" is " + std::to_string(size) +
                    " bytes, more than the limit of " + std::to_string(limits.max_bytes >> 20) +
                    " MiB",
                "split the cards into several decks");
    return std::nullopt;
  }
  std::ifstream in(full, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (ec || in.bad()) {
    diags.error(relative.where, "the CSV file \"" + relative.value + "\" cannot be read",
                "check that you may read it (ls -l " + full + ")");
    return std::nullopt;
  }
  SourceFile src;
  src.path = full;
  src.text = content.str();
  if (src.text.compare(0, 3, "\xEF\xBB\xBF") == 0) src.text.erase(0, 3);
  return parse_csv(src, diags, limits);
}

}  // namespace kp
