// `kitpress i18n export`, `import` and `accept`: translations to and from translators' tools.
#pragma once
#include <string>
#include <vector>

namespace kp {

enum class ExchangeFormat { Po, Xliff, Csv };

// The format a file name asks for (.po, .xlf/.xliff, .csv); false if none.
bool format_of_file(const std::string& path, ExchangeFormat* format);

// Writes LANG's translation of the kit as `format` into `file` (atomically). Exit code.
int export_translation(const std::string& kit_dir, const std::string& language,
                       ExchangeFormat format, const std::string& file);
// Reads `file` (its format from its name), checks every text and that the kit still lays out
// in that language, then rewrites KIT/i18n/<lang>.yaml (atomically). `language` may be empty
// when the file names its language (PO, XLIFF, or a CSV named LANG.csv). Exit code.
int import_translation(const std::string& kit_dir, const std::string& file,
                       const std::string& language);
// Marks the stale translations `keys` (every stale one with `all_reviewed`) as made from the
// current source text. Exit code.
int accept_translations(const std::string& kit_dir, const std::string& language,
                        const std::vector<std::string>& keys, bool all_reviewed);

}  // namespace kp
