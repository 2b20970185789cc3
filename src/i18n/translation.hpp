// Translation files (KIT/i18n/<lang>.yaml): loading them and listing a kit's languages.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/yaml_reader.hpp"

namespace kp {

// One translated text: its key, the translation, and the fingerprint of the source text
// it was translated from.
struct TranslationEntry {
  std::string key;
  Location key_at;
  Text text;         // empty: not translated yet
  std::string from;  // text_fingerprint() of the source when translated
  Location from_at;
  // The comments of the entry: the translator's own lines (kept as they are), the source text
  // as kitpress wrote it beside the key ("# fr: ...") and, for a stale text, the source it was
  // translated from ("# fr before: ...").
  std::vector<std::string> notes;
  std::string source_comment, before_comment;
  // The source text this translation was made from, where the file still holds it (the
  // "before" comment, or the source comment while its fingerprint is `from`); else empty.
  std::string translated_from() const;
  // Made from `source_text` as it is now. An entry without "from" (written by hand) is taken
  // as current: kitpress writes the fingerprint in at the next rewrite of the file.
  bool current_for(const std::string& source_text) const;
};

struct Translation {
  std::string language;
  std::string file;                       // as shown in messages
  std::vector<TranslationEntry> entries;  // in file order
  const TranslationEntry* find(const std::string& key) const;
};

// Reads the comments of each entry of `t` from its file's text (see TranslationEntry).
void read_entry_comments(const std::string& file_text, Translation& t);

// KIT/i18n/<lang>.yaml.
std::string translation_path(const std::string& kit_dir, const std::string& language);
// The languages with a file in KIT/i18n/, sorted.
std::vector<std::string> translation_languages(const std::string& kit_dir);

// Reads a translation file; problems go to diags (errors stop: nullopt).
std::optional<Translation> load_translation(const std::string& kit_dir, const std::string& language,
                                            Diagnostics& diags);

}  // namespace kp
