// The closed lists of words kitpress prints itself, each key with its English fallback.
#pragma once
#include <string>
#include <vector>

namespace kp {

// One word a kit may give: its key, what kitpress prints when the kit does not give it, and
// what it is (for the docs and the schema).
struct WordEntry {
  const char* key;
  const char* fallback;
  const char* about;
};

// The words of kit.yaml's `words:` (sheet margins, calibration page).
const std::vector<WordEntry>& sheet_words();
// The words of guide.yaml's `words:` (guide, worksheets and handout headings, table headers).
const std::vector<WordEntry>& guide_words();

// The keys of `table`, in table order.
std::vector<std::string> word_keys(const std::vector<WordEntry>& table);
// The entry of `key` in `table`, or nullptr.
const WordEntry* find_word(const std::vector<WordEntry>& table, const std::string& key);

}  // namespace kp
