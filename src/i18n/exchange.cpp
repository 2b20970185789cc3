// Exchange units from a kit and its translation, and the checks applied when importing them.
#include "i18n/exchange.hpp"

#include <map>
#include <set>

#include "core/suggest.hpp"
#include "core/utf8.hpp"
#include "i18n/fingerprint.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {

// The {name} placeholders of a text, as a sorted list (a name repeated counts each time).
std::multiset<std::string> placeholders(const std::string& text) {
  std::multiset<std::string> out;
  for (size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
    size_t end = text.find('}', at);
    if (end == std::string::npos) break;
    std::string name = text.substr(at + 1, end - at - 1);
    bool word = !name.empty();
    for (char c : name) word = word && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
    if (word) out.insert(name);
  }
  return out;
}

std::string joined(const std::multiset<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
  return out.empty() ? "none" : out;
}

// How many "**" and lone "*" markers a text has.
std::pair<size_t, size_t> markers(const std::string& text) {
  size_t bold = 0, italic = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '*') continue;
    if (i + 1 < text.size() && text[i + 1] == '*') {
      ++bold;
      ++i;
    } else {
      ++italic;
    }
  }
  return {bold, italic};
}

}  // namespace

ExchangeSet exchange_set(const Kit& source, const Translation& t) {
  ExchangeSet set;
  set.kit_title = source.title.value;
  set.source_language = source.language;
  set.language = t.language;
  set.date = source.date;
  visit_texts(source, [&](const std::string& key, const Text& text) {
    ExchangeUnit u;
    u.key = key;
    u.source = text.value;
    u.source_at = text.where;
    // Name the file inside the kit, wherever the kit is.
    const std::string prefix = source.dir + "/";
    if (!source.dir.empty() && u.source_at.file.rfind(prefix, 0) == 0)
      u.source_at.file = u.source_at.file.substr(prefix.size());
    if (const TranslationEntry* e = t.find(key)) {
      u.notes = e->notes;
      u.translation = e->text.value;
      if (u.translation.empty())
        u.state = UnitState::Untranslated;
      else if (e->current_for(text.value))
        u.state = UnitState::Translated;
      else {
        u.state = UnitState::Stale;
        u.previous = e->translated_from();
      }
    }
    set.units.push_back(std::move(u));
  });
  return set;
}

void check_translated_text(const std::string& key, const std::string& source,
                           const std::string& translation, const Location& at, Diagnostics& diags) {
  if (size_t bad = utf8_first_invalid(translation); bad != std::string::npos) {
    diags.error(at,
                "the translation of \"" + key + "\" is not valid UTF-8 (byte " +
                    std::to_string(bad + 1) + ")",
                "save the file as UTF-8");
    return;
  }
  for (char32_t c : utf8_decode(translation)) {
    if ((c < 0x20 && c != '\n') || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
      diags.error(at, "the translation of \"" + key + "\" holds the control character U+" + buf,
                  "remove it; a line break is the only control character a text may hold");
      return;
    }
  }
  if (translation.empty()) return;
  auto want = placeholders(source), got = placeholders(translation);
  if (want != got) {
    diags.error(at,
                "the translation of \"" + key + "\" has the placeholders " + joined(got) +
                    ", the source " + joined(want),
                "keep each {name} of the source exactly as it is: kitpress replaces it by a "
                "number or a name");
  }
  auto [bold, italic] = markers(translation);
  if (bold % 2 || italic % 2) {
    diags.error(at,
                "the translation of \"" + key + "\" has an unclosed " +
                    (bold % 2 ? "**bold**" : "*italic*") + " marker",
                "close each ** and * that opens, as in the source");
  }
}

std::optional<Translation> import_units(const Kit& source, const Translation& existing,
                                        const std::vector<ExchangeUnit>& units,
                                        Diagnostics& diags) {
  std::map<std::string, std::string> texts;  // key → current source text
  std::vector<std::string> keys;
  visit_texts(source, [&](const std::string& key, const Text& text) {
    texts[key] = text.value;
    keys.push_back(key);
  });
  const size_t errors_before = diags.error_count();
  std::map<std::string, const ExchangeUnit*> imported;
  for (const auto& u : units) {
    if (!texts.count(u.key)) {
      diags.error(u.at, "\"" + u.key + "\" is not a text of the kit" + did_you_mean(u.key, keys),
                  "export the file again from the current kit (kitpress i18n export), or "
                  "correct the key");
      continue;
    }
    if (!imported.emplace(u.key, &u).second) {
      diags.error(u.at, "\"" + u.key + "\" is translated twice in this file",
                  "keep one of the two");
      continue;
    }
    check_translated_text(u.key, u.source.empty() ? texts[u.key] : u.source, u.translation, u.at,
                          diags);
  }
  if (diags.error_count() > errors_before) return std::nullopt;

  Translation out = existing;
  for (const auto& key : keys) {
    auto it = imported.find(key);
    if (it == imported.end()) continue;
    const ExchangeUnit& u = *it->second;
    TranslationEntry* e = nullptr;
    for (auto& entry : out.entries)
      if (entry.key == key) e = &entry;
    if (!e) {
      out.entries.push_back(TranslationEntry{});
      e = &out.entries.back();
      e->key = key;
    }
    const std::string shown = u.source.empty() ? texts[key] : u.source;
    e->notes = u.notes;
    e->text = Text{u.translation, u.at};
    e->key_at = u.at;
    e->before_comment.clear();
    if (u.translation.empty() || u.state == UnitState::Untranslated) {
      e->text = Text{"", u.at};
      e->from = text_fingerprint(texts[key]);
    } else if (u.state == UnitState::Translated) {
      e->from = text_fingerprint(shown);
      if (shown != texts[key]) e->before_comment = shown;
    } else {  // still to review: keep what it was translated from
      const std::string& before = !u.previous.empty() ? u.previous : e->translated_from();
      if (!before.empty()) {
        e->from = text_fingerprint(before);
        e->before_comment = before;
      } else if (e->from.empty() || e->from == text_fingerprint(texts[key])) {
        e->from = text_fingerprint("");  // reviewed by nobody: stale until accepted
      }
    }
  }
  return out;
}

}  // namespace kp
