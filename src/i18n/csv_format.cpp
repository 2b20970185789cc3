// CSV export with RFC 4180 quoting, import through the kit's CSV parser.
#include "i18n/csv_format.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "core/suggest.hpp"
#include "model/csv_reader.hpp"

namespace kp {

namespace {

std::string cell(const std::string& text) {
  bool quote = text.empty() ? false
                            : text.find_first_of(",;\t\"\r\n") != std::string::npos ||
                                  text.front() == ' ' || text.back() == ' ';
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

const char* status_name(UnitState s) {
  switch (s) {
    case UnitState::Translated:
      return "translated";
    case UnitState::Stale:
      return "stale";
    case UnitState::Untranslated:
      break;
  }
  return "missing";
}

}  // namespace

std::string write_csv(const ExchangeSet& set) {
  std::string out =
      "\xEF\xBB\xBF"
      "key,source,translation,status,previous,notes\r\n";
  for (const auto& u : set.units) {
    std::string notes;
    for (const auto& n : u.notes) notes += (notes.empty() ? "" : "\n") + n;
    out += cell(u.key) + "," + cell(u.source) + "," + cell(u.translation) + "," +
           status_name(u.state) + "," + cell(u.previous) + "," + cell(notes) + "\r\n";
  }
  return out;
}

std::optional<ImportedFile> read_csv_translation(const std::string& path,
                                                 const std::string& shown_path,
                                                 Diagnostics& diags) {
  SourceFile src;
  src.path = shown_path;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.error(src.whole_file(), "cannot read the file", "check the path");
      return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    src.text = ss.str();
  }
  if (src.text.compare(0, 3, "\xEF\xBB\xBF") == 0) src.text.replace(0, 3, "   ");
  auto table = parse_csv(src, diags);
  if (!table) return std::nullopt;
  std::map<std::string, size_t> column;
  std::vector<std::string> names;
  for (size_t i = 0; i < table->header.size(); ++i) {
    column[table->header[i].value] = i;
    names.push_back(table->header[i].value);
  }
  bool ok = true;
  for (const char* required : {"key", "source", "translation", "status"}) {
    if (column.count(required)) continue;
    diags.error(
        table->header.empty() ? src.whole_file() : table->header.front().where,
        std::string("the column \"") + required + "\" is missing" + did_you_mean(required, names),
        "keep the header row kitpress i18n export wrote: key, source, translation, "
        "status");
    ok = false;
  }
  if (!ok) return std::nullopt;
  ImportedFile out;
  const size_t errors_before = diags.error_count();
  for (size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    auto get = [&](const char* name) -> const Text* {
      auto it = column.find(name);
      return it == column.end() ? nullptr : &row[it->second];
    };
    ExchangeUnit u;
    u.at = table->row_where[r];
    u.key = get("key")->value;
    u.source = get("source")->value;
    u.translation = get("translation")->value;
    if (const Text* p = get("previous")) u.previous = p->value;
    if (const Text* n = get("notes"); n && !n->value.empty()) {
      std::istringstream lines(n->value);
      for (std::string line; std::getline(lines, line);) u.notes.push_back(line);
    }
    const std::string& status = get("status")->value;
    if (status != "translated" && status != "stale" && status != "missing" && !status.empty()) {
      diags.error(get("status")->where, "unknown status \"" + status + "\"",
                  "write translated, stale (still to review) or missing");
      continue;
    }
    if (u.translation.empty())
      u.state = UnitState::Untranslated;
    else
      u.state = status == "stale" ? UnitState::Stale : UnitState::Translated;
    if (u.key.empty()) {
      diags.error(u.at, "a row without key", "keep the key column as kitpress wrote it");
      continue;
    }
    out.units.push_back(std::move(u));
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace kp
