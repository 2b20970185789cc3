// The translation skeleton and the YAML scalar writer it uses.
#include "i18n/skeleton.hpp"

#include <cstdio>

#include "core/utf8.hpp"
#include "i18n/fingerprint.hpp"
#include "i18n/language.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {

constexpr size_t kWrap = 88;

// Splits prose at single spaces into lines of at most `width` bytes (longer words stay whole).
std::vector<std::string> wrap(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// Prose that a folded block keeps exactly: one line, no doubled, leading or trailing spaces.
bool foldable(const std::string& text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  if (text.find("  ") != std::string::npos) return false;
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}

std::string comment(const std::string& prefix, const std::string& text, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out;
  std::string flat = text;
  for (char& c : flat)
    if (c == '\n' || c == '\t') c = ' ';
  bool first = true;
  for (const auto& line : wrap(flat, kWrap - static_cast<size_t>(indent) - prefix.size())) {
    out += pad + "# " + (first ? prefix : std::string(prefix.size(), ' ')) + line + "\n";
    first = false;
  }
  return out;
}

}  // namespace

std::string yaml_scalar(const std::string& text, int indent) {
  const size_t room = kWrap - static_cast<size_t>(indent) - 2;
  if (utf8_count(text, text.size()) + 8 <= static_cast<int>(room) || !foldable(text))
    return quoted(text);
  std::string pad(static_cast<size_t>(indent) + 2, ' ');
  std::string out = ">-";
  for (const auto& line : wrap(text, room)) out += "\n" + pad + line;
  return out;
}

std::string translation_skeleton(const Kit& source, const std::string& language,
                                 const Translation* existing) {
  const std::string from_name = language_info(source.language).code.empty()
                                    ? source.language
                                    : language_info(source.language).name;
  const std::string to_name =
      language_info(language).code.empty() ? language : language_info(language).name;
  std::string out;
  out += comment("",
                 "Translation of the kit \"" + source.title.value + "\" from " + from_name +
                     " into " + to_name + ".",
                 0);
  out += "#\n";
  out += comment("",
                 "For each key, write the translation after \"text:\" (in double quotes, or as a "
                 "folded block after \">-\" for long texts). Leave \"from\" as it is: it is a "
                 "fingerprint of the " +
                     from_name +
                     " text you translated, so that kitpress can tell you when that text "
                     "changes (kitpress i18n status). A text left empty is printed in " +
                     from_name + ", with a warning. Do not change the keys.",
                 0);
  out += "kitpress: 1\n";
  out += "language: " + language + "\n";
  out += "texts:\n";
  visit_texts(source, [&](const std::string& key, const Text& text) {
    const TranslationEntry* e = existing ? existing->find(key) : nullptr;
    out += "  " + key + ":\n";
    if (e)
      for (const auto& note : e->notes) out += "    # " + note + "\n";
    out += comment(source.language + ": ", text.value, 4);
    const std::string now = text_fingerprint(text.value);
    const bool kept = e && !e->text.empty();
    if (kept && !e->current_for(text.value)) {
      std::string before = e->translated_from();
      if (!before.empty() && text_fingerprint(before) != now)
        out += comment(source.language + " before: ", before, 4);
    }
    out += "    from: " + (kept && !e->from.empty() ? e->from : now) + "\n";
    out += "    text: " + yaml_scalar(e ? e->text.value : std::string(), 4) + "\n";
  });
  return out;
}

}  // namespace kp
