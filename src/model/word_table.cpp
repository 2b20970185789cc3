// The words kitpress prints, as data: one table per `words:` mapping, read by the loaders and
// by Kit::word / Session::word for the fallbacks (the only place a fallback is written).
#include "model/word_table.hpp"

namespace kp {

const std::vector<WordEntry>& sheet_words() {
  static const std::vector<WordEntry> table = {
      {"print-at-100", "Print at 100 %, no scaling", "the line in the margin of card sheets"},
      {"sheet", "sheet", "\"sheet 2/5\" in the margin of card sheets"},
      {"fronts", "front", "the fronts of a sheet (margin line, press page labels)"},
      {"backs", "back", "the backs of a sheet (margin line, press page labels)"},
      {"calibrate-help",
       "Print duplex at 100 %, hold the sheet against the light: where each line of the back "
       "crosses a scale, read the back offset to add, in mm (x on the horizontal scales, y on "
       "the vertical ones).",
       "the instructions on the duplex calibration page"},
  };
  return table;
}

const std::vector<WordEntry>& guide_words() {
  static const std::vector<WordEntry> table = {
      {"guide", "Guide", "the guide's name (cover, running header)"},
      {"worksheets", "Worksheets", "the worksheets' name (document title)"},
      {"handout", "Handout", "the participants' handout's name (document title)"},
      {"contents", "Contents", "the heading of the table of contents"},
      {"date", "{y}-{m}-{d}", "how a date prints: {d}, {m}, {y}"},
      {"clock", "{h}:{mm}", "how a clock time prints: {h}, {mm}"},
      {"minutes", "{n} min", "a duration in the agenda: {n}"},
      {"time", "Time", "agenda table header"},
      {"duration", "Duration", "agenda table header"},
      {"step", "Step", "agenda table header"},
      {"who", "Who", "agenda table header"},
      {"materials", "Materials", "agenda table header and the materials box's title"},
      {"total", "Total", "the agenda's last row"},
      {"group", "Group {n}", "a sub-group in the groups table: {n}"},
      {"groups-column", "Group", "groups table header"},
      {"profile", "Profile", "groups table header"},
      {"card-id", "{n}/{count} · {title}", "annex captions: {deck}, {n}, {count}, {title}, {id}"},
      {"tally-choice", "Answer", "tally sheet header"},
      {"tally-marks", "Tally", "tally sheet header"},
      {"tally-total", "Total", "tally sheet header"},
      {"tally-responses", "Responses:", "the tally sheet's count of forms"},
      {"canvas-group", "Group:", "where a sub-group writes its name on a canvas"},
      {"deal-more-cards",
       "{cards} cards for {groups} groups, dealt in turn: groups {list} get {n} cards, the "
       "others {m}.",
       "the guide's note when some groups get more cards: {cards}, {groups}, {list}, {n}, {m}"},
      {"deal-shared-cards",
       "{groups} groups for {cards} cards, dealt in turn: {n} groups work on {list}, {m} on "
       "each other card.",
       "the guide's note when a card goes to several groups: {cards}, {groups}, {list}, {n}, {m}"},
      {"pack-worksheet", "Worksheet: the canvas of {cards}",
       "a sub-group pack's cover slip: its worksheet, {cards}"},
      {"pack-time", "Time: {n} min", "a sub-group pack's cover slip: the time it has, {n}"},
  };
  return table;
}

std::vector<std::string> word_keys(const std::vector<WordEntry>& table) {
  std::vector<std::string> keys;
  for (const auto& w : table) keys.emplace_back(w.key);
  return keys;
}

const WordEntry* find_word(const std::vector<WordEntry>& table, const std::string& key) {
  for (const auto& w : table)
    if (key == w.key) return &w;
  return nullptr;
}

}  // namespace kp
