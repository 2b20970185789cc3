// libhyphen wrapper: dictionary lookup, encoding conversion and soft-hyphen insertion.
#include "i18n/hyphenator.hpp"

#include <glib.h>
#include <hyphen.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <vector>

#include "core/utf8.hpp"
#include "i18n/hyphen_cache.hpp"

namespace kp {
namespace fs = std::filesystem;

std::string hyphen_dictionary_for(const std::string& language) {
  std::string lang = language.substr(0, language.find('-'));
  std::string region =
      language.find('-') == std::string::npos ? "" : language.substr(language.find('-') + 1);
  static const std::map<std::string, std::string> default_region = {
      {"fr", "FR"}, {"de", "DE"}, {"en", "US"}, {"es", "ES"},
      {"it", "IT"}, {"pt", "PT"}, {"nl", "NL"}};
  std::vector<std::string> names;
  if (!region.empty()) names.push_back("hyph_" + lang + "_" + region + ".dic");
  if (auto it = default_region.find(lang); it != default_region.end())
    names.push_back("hyph_" + lang + "_" + it->second + ".dic");
  names.push_back("hyph_" + lang + ".dic");
  const char* env = std::getenv("KITPRESS_HYPHEN_DIR");
  std::string dir = env && *env ? env : "/usr/share/hyphen";
  for (const auto& n : names) {
    std::error_code ec;
    if (fs::is_regular_file(fs::path(dir) / n, ec)) return (fs::path(dir) / n).string();
  }
  return {};
}

Hyphenator::Hyphenator(const std::string& language) {
  path_ = hyphen_dictionary_for(language);
  if (path_.empty()) return;
  dict_ = load_hyphen_dictionary(path_);
  if (dict_) latin1_ = !dict_->utf8;
}

Hyphenator::~Hyphenator() {
  free_hyphen_dictionary(dict_);
}

std::string Hyphenator::hyphenate_word(const std::u32string& word) const {
  std::u32string lower;
  for (char32_t c : word) lower.push_back(static_cast<char32_t>(g_unichar_tolower(c)));
  std::string encoded;
  if (latin1_) {
    for (char32_t c : lower) {
      if (c > 0xFF) return utf8_encode(word);  // not representable: leave the word whole
      encoded.push_back(static_cast<char>(c));
    }
  } else {
    encoded = utf8_encode(lower);
  }
  std::vector<char> hyphens(encoded.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int rc = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    rc = hnj_hyphen_hyphenate3(dict_, encoded.c_str(), static_cast<int>(encoded.size()),
                               hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 2);
  }
  std::string out;
  // Indices count characters: Latin-1 bytes are characters, and libhyphen reports UTF-8
  // dictionaries' points per character too.
  for (size_t i = 0; i < word.size(); ++i) {
    out += utf8_encode(word[i]);
    bool standard = !rep || !rep[i];
    if (rc == 0 && i + 1 < word.size() && i < hyphens.size() && (hyphens[i] & 1) && standard)
      out += "\u00AD";
  }
  if (rep) {
    for (size_t i = 0; i < encoded.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  return out;
}

std::string Hyphenator::hyphenate(const std::string& text, size_t min_word) const {
  if (!dict_) return text;
  std::u32string cps = utf8_decode(text);
  std::string out;
  std::u32string word;
  auto flush = [&] {
    if (word.size() >= min_word)
      out += hyphenate_word(word);
    else
      out += utf8_encode(word);
    word.clear();
  };
  for (char32_t c : cps) {
    if (g_unichar_isalpha(c) || g_unichar_ismark(c)) {
      word.push_back(c);
    } else {
      flush();
      out += utf8_encode(c);
    }
  }
  flush();
  return out;
}

std::string keep_breaks_inside(const std::string& text, size_t edge) {
  constexpr char32_t kShy = 0x00AD;
  std::u32string cps = utf8_decode(text);
  if (cps.find(kShy) == std::u32string::npos) return text;
  auto letter = [](char32_t c) { return g_unichar_isalpha(c) || g_unichar_ismark(c); };
  std::u32string out;
  size_t i = 0;
  while (i < cps.size()) {
    if (!letter(cps[i]) && cps[i] != kShy) {
      out.push_back(cps[i++]);
      continue;
    }
    size_t end = i;  // one word, soft hyphens included
    while (end < cps.size() && (letter(cps[end]) || cps[end] == kShy)) ++end;
    size_t letters = 0;
    for (size_t k = i; k < end; ++k) letters += cps[k] == kShy ? 0 : 1;
    size_t before = 0;
    for (size_t k = i; k < end; ++k) {
      if (cps[k] != kShy) {
        ++before;
        out.push_back(cps[k]);
      } else if (before >= edge && letters - before >= edge) {
        out.push_back(kShy);
      }
    }
    i = end;
  }
  return utf8_encode(out);
}

const Hyphenator& hyphenator_for(const std::string& language) {
  // The map is locked only to find the slot: a dictionary that loads slowly (German takes
  // seconds) must not hold up the languages built beside it.
  struct Slot {
    std::once_flag once;
    std::unique_ptr<Hyphenator> hyphenator;
  };
  static std::mutex m;
  // Never destroyed: freeing a large dictionary at exit (German: 560,000 blocks) only delays
  // the end of the process, which returns the memory anyway.
  static auto& cache = *new std::map<std::string, std::unique_ptr<Slot>>;
  Slot* slot = nullptr;
  {
    std::lock_guard<std::mutex> lock(m);
    auto& s = cache[language];
    if (!s) s = std::make_unique<Slot>();
    slot = s.get();
  }
  std::call_once(slot->once, [&] { slot->hyphenator = std::make_unique<Hyphenator>(language); });
  return *slot->hyphenator;
}

}  // namespace kp
