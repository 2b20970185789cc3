// Per-key replacement of the kit's texts, with fallback and missing/stale/extra reports.
#include "i18n/localize.hpp"

#include <algorithm>
#include <set>

#include "core/suggest.hpp"
#include "i18n/fingerprint.hpp"
#include "i18n/language.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {

std::string source_name(const Kit& kit) {
  const LanguageInfo& l = language_info(kit.language);
  return l.code.empty() ? "source (" + kit.language + ")" : l.name;
}

}  // namespace

TranslationStatus translation_status(const Kit& source, const Translation& t) {
  TranslationStatus s;
  s.language = t.language;
  std::set<std::string> keys;
  visit_texts(source, [&](const std::string& key, const Text& text) {
    keys.insert(key);
    ++s.total;
    const TranslationEntry* e = t.find(key);
    if (!e || e->text.empty())
      s.missing.push_back(key);
    else if (!e->current_for(text.value))
      s.stale.push_back(key);
    else
      ++s.translated;
  });
  for (const auto& e : t.entries)
    if (!keys.count(e.key)) s.extra.push_back(e.key);
  return s;
}

std::string stale_comparison(const TranslationEntry& e, const std::string& now) {
  std::string before = e.translated_from();
  if (before.empty()) return "now: \"" + now + "\" (the old text is no longer in the file)";
  return "was: \"" + before + "\"  now: \"" + now + "\"";
}

std::vector<std::string> status_summary(const TranslationStatus& st, const std::string& from) {
  std::vector<std::string> lines;
  const std::string tag = st.language + ": ";
  const std::string of = " of " + std::to_string(st.total);
  if (!st.missing.empty())
    lines.push_back(tag + std::to_string(st.missing.size()) + of + " texts are not translated; " +
                    "the " + from + " text is printed for them");
  if (!st.stale.empty())
    lines.push_back(tag + std::to_string(st.stale.size()) + of + " translations are stale (the " +
                    from + " text changed since); they are still printed");
  if (!st.extra.empty())
    lines.push_back(tag + std::to_string(st.extra.size()) +
                    " keys of the translation are no text of the kit; they are ignored");
  return lines;
}

Kit localize(const Kit& source, const Translation& t, Diagnostics& diags,
             TranslationReport report) {
  Kit kit = source;
  kit.language = t.language;
  const std::string from = source_name(source);
  const std::string tag = t.language + ": ";
  const bool each = report == TranslationReport::EachKey;
  std::vector<std::string> keys;
  visit_texts(kit, [&](const std::string& key, Text& text) {
    keys.push_back(key);
    const TranslationEntry* e = t.find(key);
    if (!e || e->text.empty()) {
      if (each)
        diags.warning(e ? e->key_at : Location{t.file, 0, 0, {}},
                      tag + "no translation for \"" + key + "\"; the " + from + " text is used",
                      "translate it in " + t.file + " (the source is at " + text.where.file + ":" +
                          std::to_string(text.where.line) + ")");
      return;
    }
    if (each && !e->current_for(text.value)) {
      diags.warning(e->from_at,
                    tag + "the translation of \"" + key + "\" is stale: the " + from +
                        " text changed after it was translated",
                    stale_comparison(*e, text.value) +
                        "; once the translation is reviewed: kitpress i18n accept " + source.dir +
                        " " + t.language + " " + key);
    }
    text = e->text;
  });
  // Survey choices copied from a deck's cards (choices-from) follow the translated cards.
  for (auto& w : kit.session.sheets)
    for (auto& q : w.questions) {
      for (size_t c = 0; c < q.choices.size() && c < q.notes.size(); ++c) {
        for (size_t d = 0; d < source.decks.size(); ++d) {
          for (size_t i = 0; i < source.decks[d].cards.size(); ++i) {
            const Card& from_card = source.decks[d].cards[i];
            if (from_card.title.value != q.choices[c].value ||
                from_card.body.value != q.notes[c].value)
              continue;
            q.choices[c] = kit.decks[d].cards[i].title;
            q.notes[c] = kit.decks[d].cards[i].body;
          }
        }
      }
    }
  if (each) {
    for (const auto& e : t.entries) {
      if (std::find(keys.begin(), keys.end(), e.key) != keys.end()) continue;
      diags.warning(e.key_at,
                    tag + "\"" + e.key + "\" is not a text of the kit" + did_you_mean(e.key, keys),
                    "remove it, or check the id it names; kitpress i18n migrate " + source.dir +
                        " carries translations over to moved and edited texts");
    }
  } else {
    for (const auto& line : status_summary(translation_status(source, t), from))
      diags.warning(Location{t.file, 0, 0, {}}, line,
                    "kitpress i18n status " + source.dir +
                        " --keys lists them; build with "
                        "--verbose for a message per text");
  }
  return kit;
}

}  // namespace kp
