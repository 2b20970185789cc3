// Unit tests for i18n/hyphen_cache: the saved automaton is libhyphen's, damaged copies are refused.
#include "i18n/hyphen_cache.hpp"

#include <doctest/doctest.h>
#include <hyphen.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "i18n/hyphenator.hpp"

using namespace kp;
namespace fs = std::filesystem;

namespace {

bool same_string(const char* a, const char* b) {
  return (!a && !b) || (a && b && std::strcmp(a, b) == 0);
}

// Field by field, level by level.
void check_same(const HyphenDict* a, const HyphenDict* b) {
  for (; a || b; a = a->nextlevel, b = b->nextlevel) {
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->lhmin == b->lhmin);
    CHECK(a->rhmin == b->rhmin);
    CHECK(a->clhmin == b->clhmin);
    CHECK(a->crhmin == b->crhmin);
    CHECK(a->nohyphenl == b->nohyphenl);
    CHECK(std::strcmp(a->cset, b->cset) == 0);
    CHECK(a->utf8 == b->utf8);
    REQUIRE(a->num_states == b->num_states);
    int differences = 0;
    for (int i = 0; i < a->num_states; ++i) {
      const HyphenState& x = a->states[i];
      const HyphenState& y = b->states[i];
      bool same = same_string(x.match, y.match) && same_string(x.repl, y.repl) &&
                  x.replindex == y.replindex && x.replcut == y.replcut &&
                  x.fallback_state == y.fallback_state && x.num_trans == y.num_trans;
      for (int t = 0; same && t < x.num_trans; ++t)
        same = x.trans[t].ch == y.trans[t].ch && x.trans[t].new_state == y.trans[t].new_state;
      if (!same) ++differences;
    }
    CHECK(differences == 0);
  }
}

std::string hyphenated(HyphenDict* d, const std::string& word) {
  std::string hyphens(word.size() + 5, '\0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate2(d, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr,
                        &rep, &pos, &cut);
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    out += word[i];
    if (hyphens[i] & 1) out += '-';
  }
  free(rep), free(pos), free(cut);
  return out;
}

int total_states(const HyphenDict* d) {
  int n = 0;
  for (; d; d = d->nextlevel) n += d->num_states;
  return n;
}

struct CacheHome {
  fs::path dir = fs::temp_directory_path() / ("kp-hyphen-cache-" + std::to_string(getpid()));
  std::string saved;
  CacheHome() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    if (const char* x = std::getenv("XDG_CACHE_HOME")) saved = x;
    setenv("XDG_CACHE_HOME", dir.c_str(), 1);
  }
  ~CacheHome() {
    if (saved.empty())
      unsetenv("XDG_CACHE_HOME");
    else
      setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    fs::remove_all(dir);
  }
};

}  // namespace

TEST_CASE("a saved dictionary comes back state for state, and hyphenates alike") {
  for (const char* language : {"fr", "en", "es", "de"}) {
    CAPTURE(language);
    const std::string path = hyphen_dictionary_for(language);
    REQUIRE(!path.empty());
    HyphenDict* fresh = hnj_hyphen_load(path.c_str());
    REQUIRE(fresh);
    const std::string bytes = serialize_hyphen_dictionary(*fresh, 1234, 5678);
    HyphenDict* copy = deserialize_hyphen_dictionary(bytes, 1234, 5678);
    REQUIRE(copy);
    check_same(fresh, copy);
    for (const char* word : {"considération", "hyphenation", "administration", "organización",
                             "Donaudampfschifffahrt"})
      CHECK(hyphenated(fresh, word) == hyphenated(copy, word));
    free_hyphen_dictionary(copy);
    hnj_hyphen_free(fresh);
  }
}

TEST_CASE("a damaged, truncated or outdated copy is refused") {
  HyphenDict* fresh = hnj_hyphen_load(hyphen_dictionary_for("fr").c_str());
  REQUIRE(fresh);
  const std::string bytes = serialize_hyphen_dictionary(*fresh, 10, 20);
  hnj_hyphen_free(fresh);
  CHECK(deserialize_hyphen_dictionary(bytes, 11, 20) == nullptr);  // the source grew
  CHECK(deserialize_hyphen_dictionary(bytes, 10, 21) == nullptr);  // the source changed
  CHECK(deserialize_hyphen_dictionary(bytes.substr(0, bytes.size() / 2), 10, 20) == nullptr);
  CHECK(deserialize_hyphen_dictionary("", 10, 20) == nullptr);
  std::string flipped = bytes;
  flipped[flipped.size() / 3] ^= 0x40;
  CHECK(deserialize_hyphen_dictionary(flipped, 10, 20) == nullptr);
  // A state number out of range with a checksum that matches: still refused.
  HyphenDict* ok = deserialize_hyphen_dictionary(bytes, 10, 20);
  REQUIRE(ok);
  HyphenDict* last = ok;
  while (last->nextlevel) last = last->nextlevel;
  REQUIRE(last->num_states > 1);
  REQUIRE(last->states[0].num_trans > 0);
  last->states[0].trans[0].new_state = last->num_states + 7;
  CHECK(deserialize_hyphen_dictionary(serialize_hyphen_dictionary(*ok, 10, 20), 10, 20) == nullptr);
  last->states[0].trans[0].new_state = 0;
  free_hyphen_dictionary(ok);
}

TEST_CASE("a copy libhyphen could not walk safely is refused, however well it is stamped") {
  HyphenDict* fresh = hnj_hyphen_load(hyphen_dictionary_for("fr").c_str());
  REQUIRE(fresh);
  HyphenDict* d = deserialize_hyphen_dictionary(serialize_hyphen_dictionary(*fresh, 1, 2), 1, 2);
  hnj_hyphen_free(fresh);
  REQUIRE(d);
  auto reloaded = [&](HyphenBytes origin = HyphenBytes::Cache) {
    HyphenDict* copy =
        deserialize_hyphen_dictionary(serialize_hyphen_dictionary(*d, 1, 2), 1, 2, origin);
    const bool ok = copy != nullptr;
    free_hyphen_dictionary(copy);
    return ok;
  };
  REQUIRE(reloaded());
  HyphenDict* patterns = d;  // the level holding the patterns (the first may be empty)
  while (patterns->nextlevel) patterns = patterns->nextlevel;
  HyphenState& root = patterns->states[0];
  REQUIRE(root.num_trans > 1);
  const int child = root.trans[0].new_state;  // depth 1
  HyphenState& s = patterns->states[child];

  const int fallback = s.fallback_state;
  s.fallback_state = child;  // falls back to itself: libhyphen would loop for ever
  CHECK_FALSE(reloaded());
  s.fallback_state = fallback;

  char* match = s.match;
  char too_long[] = "012";  // three digits for a state one letter deep
  s.match = too_long;
  CHECK_FALSE(reloaded());
  char letters[] = "1a";
  s.match = letters;
  CHECK_FALSE(reloaded());
  s.match = match;

  const int other = root.trans[1].new_state;
  root.trans[1].new_state = child;  // two paths to one state: not libhyphen's trie
  CHECK_FALSE(reloaded());
  root.trans[1].new_state = other;

  char repl[] = "k";
  s.repl = repl;  // replacement rules are trusted from the source alone
  CHECK_FALSE(reloaded());
  CHECK(reloaded(HyphenBytes::Source));
  s.repl = nullptr;

  char* nohyphen = d->nohyphen;
  const int nohyphens = d->nohyphenl;
  char empty[] = "";  // an empty word that must not be hyphenated: strstr finds it everywhere
  d->nohyphen = empty;
  d->nohyphenl = 0;
  CHECK_FALSE(reloaded());
  d->nohyphen = nohyphen;
  d->nohyphenl = nohyphens;

  CHECK(reloaded());
  free_hyphen_dictionary(d);
}

TEST_CASE("load_hyphen_dictionary keeps a copy in the user's cache and notices a changed source") {
  CacheHome home;
  const fs::path dic = home.dir / "hyph_xx_XX.dic";
  fs::copy_file(hyphen_dictionary_for("fr"), dic);
  const std::string cache = hyphen_cache_file(dic.string());
  CHECK(cache.rfind(home.dir.string(), 0) == 0);
  CHECK_FALSE(fs::exists(cache));
  HyphenDict* first = load_hyphen_dictionary(dic.string());
  REQUIRE(first);
  REQUIRE(fs::exists(cache));
  HyphenDict* second = load_hyphen_dictionary(dic.string());  // from the copy
  REQUIRE(second);
  check_same(first, second);
  free_hyphen_dictionary(second);
  // A pattern added to the source: the copy no longer matches it and is made again.
  const auto before = fs::file_size(cache);
  std::ofstream(dic, std::ios::app) << "1zzq1\n";
  HyphenDict* third = load_hyphen_dictionary(dic.string());
  REQUIRE(third);
  CHECK(total_states(third) > total_states(first));
  CHECK(fs::file_size(cache) != before);
  free_hyphen_dictionary(third);
  free_hyphen_dictionary(first);
  // A damaged copy is ignored and replaced.
  std::ofstream(cache, std::ios::trunc) << "not a dictionary";
  HyphenDict* fourth = load_hyphen_dictionary(dic.string());
  REQUIRE(fourth);
  CHECK(fs::file_size(cache) > 100);
  free_hyphen_dictionary(fourth);
}
