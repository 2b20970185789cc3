// Reading translation files with located diagnostics.
#include "i18n/translation.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "i18n/fingerprint.hpp"
#include "model/yaml_tree.hpp"

namespace kp {
namespace fs = std::filesystem;

const TranslationEntry* Translation::find(const std::string& key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

std::string TranslationEntry::translated_from() const {
  if (!before_comment.empty()) return before_comment;
  if (!source_comment.empty() && text_fingerprint(source_comment) == from) return source_comment;
  return {};
}

bool TranslationEntry::current_for(const std::string& source_text) const {
  return from.empty() || from == text_fingerprint(source_text);
}

void read_entry_comments(const std::string& file_text, Translation& t) {
  std::vector<std::string> lines;
  for (size_t at = 0; at <= file_text.size();) {
    size_t end = file_text.find('\n', at);
    if (end == std::string::npos) end = file_text.size();
    lines.push_back(file_text.substr(at, end - at));
    at = end + 1;
  }
  // "# fr: text" or "# fr before: text", continued on lines "#" + the same indentation.
  static const std::regex source_line("# ([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)( before)?: (.*)");
  for (size_t i = 0; i < t.entries.size(); ++i) {
    TranslationEntry& e = t.entries[i];
    const size_t first = static_cast<size_t>(e.key_at.line);  // the line after the key
    const size_t last = i + 1 < t.entries.size()
                            ? static_cast<size_t>(t.entries[i + 1].key_at.line) - 1
                            : lines.size();
    std::string* open = nullptr;  // the source comment being continued
    size_t continued_indent = 0;
    for (size_t l = first; l < last && l < lines.size(); ++l) {
      const std::string& raw = lines[l];
      size_t lead = raw.find_first_not_of(' ');
      if (lead == std::string::npos || raw[lead] != '#') {
        open = nullptr;
        continue;
      }
      std::string c = raw.substr(lead);
      if (open && c.size() > continued_indent &&
          c.compare(0, continued_indent, "#" + std::string(continued_indent - 1, ' ')) == 0 &&
          c[continued_indent] != ' ') {
        *open += " " + c.substr(continued_indent);
        continue;
      }
      std::smatch m;
      if (std::regex_match(c, m, source_line)) {
        open = m[2].matched ? &e.before_comment : &e.source_comment;
        *open = m[3].str();
        continued_indent = c.size() - m[3].length();
        continue;
      }
      open = nullptr;
      e.notes.push_back(c.size() > 2 && c[1] == ' ' ? c.substr(2) : c.substr(1));
    }
  }
}

std::string translation_path(const std::string& kit_dir, const std::string& language) {
  return (fs::path(kit_dir) / "i18n" / (language + ".yaml")).string();
}

std::vector<std::string> translation_languages(const std::string& kit_dir) {
  std::vector<std::string> langs;
  std::error_code ec;
  fs::path dir = fs::path(kit_dir) / "i18n";
  if (!fs::is_directory(dir, ec)) return langs;
  static const std::regex tag("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".yaml") continue;
    std::string stem = e.path().stem().string();
    if (std::regex_match(stem, tag)) langs.push_back(stem);
  }
  std::sort(langs.begin(), langs.end());
  return langs;
}

std::optional<Translation> load_translation(const std::string& kit_dir, const std::string& language,
                                            Diagnostics& diags) {
  Translation t;
  t.language = language;
  t.file = translation_path(kit_dir, language);
  std::error_code ec;
  if (!fs::is_regular_file(t.file, ec)) {
    diags.error(Location{t.file, 0, 0, {}}, "there is no translation into \"" + language + "\"",
                "start one with: kitpress i18n new " + kit_dir + " " + language);
    return std::nullopt;
  }
  SourceFile src;
  auto root = parse_yaml_file(t.file, t.file, &src, diags);
  if (!root) return std::nullopt;
  size_t errors_before = diags.error_count();
  MapReader m(*root, src, diags, "the translation file");
  if (!m.ok()) return std::nullopt;
  if (auto v = m.integer("kitpress", 1, 1000, true); v && *v != 1) {
    diags.error(m.key_at("kitpress"), "this translation uses format version " + std::to_string(*v) +
                                          "; this kitpress reads version 1");
  }
  if (auto lang = m.text("language", true); lang && lang->value != language) {
    diags.error(lang->where,
                "the file says language \"" + lang->value + "\" but is named " + language + ".yaml",
                "rename the file or correct \"language\"");
  }
  const YamlNode* texts = m.require("texts");
  m.finish();
  if (texts && texts->is_null()) texts = nullptr;  // an empty skeleton
  if (texts && !texts->is_map()) {
    diags.error(src.at_offset(texts->offset),
                "\"texts\" must be a mapping of keys, each with \"from\" and \"text\"");
    texts = nullptr;
  }
  if (texts) {
    std::set<std::string> seen;
    for (const auto& [k, v] : texts->entries) {
      if (!k.is_scalar()) continue;
      TranslationEntry e;
      e.key = k.scalar;
      e.key_at = src.at_offset(k.offset);
      if (!seen.insert(e.key).second) {
        diags.error(e.key_at, "the key \"" + e.key + "\" is translated twice",
                    "keep one of the two");
        continue;
      }
      MapReader em(v, src, diags, "a translated text");
      if (!em.ok()) continue;
      if (auto from = em.text("from", false)) {
        static const std::regex hex("[0-9a-f]{8}");
        if (!std::regex_match(from->value, hex)) {
          diags.error(from->where, "\"from\" must be the 8-digit fingerprint kitpress wrote",
                      "copy it from `kitpress i18n new`, or see `kitpress i18n status`");
        }
        e.from = from->value;
        e.from_at = from->where;
      }
      if (auto text = em.text("text", false)) e.text = *text;
      em.finish();
      t.entries.push_back(std::move(e));
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  read_entry_comments(src.text, t);
  return t;
}

}  // namespace kp
