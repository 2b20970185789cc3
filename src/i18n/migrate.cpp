// Mapping translation entries onto current keys, by key, old position, fingerprint or sibling.
#include "i18n/migrate.hpp"

#include <map>
#include <set>

#include "i18n/fingerprint.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {

struct Target {
  std::string key, positional, fingerprint;
  bool claimed = false;
};

std::vector<std::string> segments(const std::string& key) {
  std::vector<std::string> out;
  size_t at = 0;
  for (;;) {
    size_t dot = key.find('.', at);
    out.push_back(key.substr(at, dot - at));
    if (dot == std::string::npos) return out;
    at = dot + 1;
  }
}

// Keys of one list's items: the same but in the one segment the item's own key fills.
bool siblings(const std::string& a, const std::string& b) {
  auto sa = segments(a), sb = segments(b);
  if (sa.size() != sb.size()) return false;
  int differ = 0;
  for (size_t i = 0; i < sa.size(); ++i) differ += sa[i] != sb[i];
  return differ == 1;
}

}  // namespace

Translation migrate_translation(const Kit& source, const Translation& t, MigrationReport* report) {
  MigrationReport r;
  std::vector<Target> targets;
  std::map<std::string, size_t> by_key, by_positional;
  std::multimap<std::string, size_t> by_fingerprint;
  visit_text_keys(source, [&](const TextKey& k, const Text& text) {
    by_key[k.key] = targets.size();
    by_positional[k.positional] = targets.size();
    by_fingerprint.emplace(text_fingerprint(text.value), targets.size());
    targets.push_back({k.key, k.positional, text_fingerprint(text.value)});
  });

  std::vector<const TranslationEntry*> placed(targets.size(), nullptr);
  std::vector<const TranslationEntry*> left;
  auto place = [&](size_t target, const TranslationEntry& e) {
    targets[target].claimed = true;
    placed[target] = &e;
  };
  // 1. Entries under a current key.
  for (const auto& e : t.entries) {
    auto it = by_key.find(e.key);
    if (it != by_key.end() && !targets[it->second].claimed) {
      place(it->second, e);
      ++r.kept;
    } else {
      left.push_back(&e);
    }
  }
  // 2. Old keys whose text is still there, or found elsewhere by its fingerprint.
  std::vector<const TranslationEntry*> unplaced;
  for (const TranslationEntry* e : left) {
    auto pos = by_positional.find(e->key);
    if (pos != by_positional.end() && !targets[pos->second].claimed &&
        targets[pos->second].fingerprint == e->from) {
      place(pos->second, *e);
      ++r.renamed;
      continue;
    }
    size_t found = targets.size();
    auto range = by_fingerprint.equal_range(e->from);
    for (auto it = range.first; it != range.second; ++it) {
      if (targets[it->second].claimed) continue;
      // Prefer a text of the same list, else the first one.
      if (found == targets.size() || siblings(targets[it->second].key, e->key) ||
          siblings(targets[it->second].positional, e->key))
        found = it->second;
    }
    if (found != targets.size() && !e->from.empty()) {
      place(found, *e);
      ++r.moved;
    } else {
      unplaced.push_back(e);
    }
  }
  // 3. Edited texts: the old place, else the one untranslated sibling.
  for (const TranslationEntry* e : unplaced) {
    size_t found = targets.size();
    auto pos = by_positional.find(e->key);
    if (pos != by_positional.end() && !targets[pos->second].claimed) {
      found = pos->second;
    } else {
      int count = 0;
      for (size_t i = 0; i < targets.size(); ++i) {
        if (targets[i].claimed || !siblings(targets[i].key, e->key)) continue;
        found = i;
        ++count;
      }
      if (count != 1) found = targets.size();
    }
    if (found != targets.size() && !e->text.empty()) {
      place(found, *e);
      ++r.edited;
    } else {
      r.dropped.push_back(e->key);
    }
  }

  Translation out;
  out.language = t.language;
  out.file = t.file;
  for (size_t i = 0; i < targets.size(); ++i) {
    if (!placed[i]) continue;
    TranslationEntry e = *placed[i];
    e.key = targets[i].key;
    out.entries.push_back(std::move(e));
  }
  if (report) *report = r;
  return out;
}

}  // namespace kp
