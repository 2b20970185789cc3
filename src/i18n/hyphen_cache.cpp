// Saving libhyphen's pattern automaton to the user's cache and rebuilding it from there.
#include "i18n/hyphen_cache.hpp"

#include <hyphen.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// Format 2; the struct sizes of the hyphen.h it was written with follow it in the header.
const char kMagic[8] = {'K', 'P', 'H', 'Y', 'P', 'H', '2', '\n'};
constexpr uint32_t kNoString = 0xFFFFFFFFu;
constexpr int kMaxLevels = 8;  // libhyphen makes two; more means damaged data

// A checksum of the copy, eight bytes at a time (a byte-wise hash took 7 ms on the 7 MB of the
// German automaton).
uint64_t checksum(const char* p, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, sizeof w);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  for (; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001B3ull;
  return h;
}

class Writer {
 public:
  template <typename T>
  void put(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void bytes(const char* p, size_t n) { out_.append(p, n); }
  void string(const char* s) {
    if (!s) {
      put(kNoString);
      return;
    }
    const auto n = static_cast<uint32_t>(std::strlen(s));
    put(n);
    bytes(s, n);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote; any read past the end sets failed() and returns zeros.
class Reader {
 public:
  Reader(const char* p, size_t n) : p_(p), end_(p + n) {}
  template <typename T>
  T get() {
    T v{};
    if (const char* at = take(sizeof v)) std::memcpy(&v, at, sizeof v);
    return v;
  }
  // The next n bytes, where they are (nullptr past the end).
  const char* take(size_t n) {
    if (failed_ || static_cast<size_t>(end_ - p_) < n) {
      failed_ = true;
      return nullptr;
    }
    const char* at = p_;
    p_ += n;
    return at;
  }
  // A string's length (kNoString for none) and bytes.
  const char* string(uint32_t& n) {
    n = get<uint32_t>();
    return failed_ || n == kNoString ? nullptr : take(n);
  }
  size_t left() const { return static_cast<size_t>(end_ - p_); }
  bool failed() const { return failed_; }
  void fail() { failed_ = true; }

 private:
  const char* p_;
  const char* end_;
  bool failed_ = false;
};

// The `nohyphen` buffer: nohyphenl + 1 strings, each ending with its NUL.
size_t nohyphen_size(const HyphenDict& d) {
  if (!d.nohyphen) return 0;
  size_t n = 0;
  for (int i = 0; i <= d.nohyphenl; ++i) n += std::strlen(d.nohyphen + n) + 1;
  return n;
}

// Whether `count` + 1 non-empty NUL-terminated strings lie within the n bytes at `buf` (libhyphen
// looks each up with strstr: an empty one matches everywhere and sends it outside the word).
bool holds_strings(const char* buf, size_t n, int count) {
  if (count < 0) return false;
  size_t at = 0;
  for (int i = 0; i <= count; ++i) {
    const void* end = at < n ? std::memchr(buf + at, 0, n - at) : nullptr;
    if (!end || end == buf + at) return false;
    at = static_cast<size_t>(static_cast<const char*>(end) - buf) + 1;
  }
  return true;
}

void write_level(Writer& w, const HyphenDict& d) {
  w.put(d.lhmin), w.put(d.rhmin), w.put(d.clhmin), w.put(d.crhmin);
  w.put<int32_t>(d.nohyphenl);
  if (d.nohyphen) {
    const size_t n = nohyphen_size(d);
    w.put(static_cast<uint32_t>(n));
    w.bytes(d.nohyphen, n);
  } else {
    w.put(kNoString);
  }
  w.bytes(d.cset, sizeof d.cset);
  w.put<int32_t>(d.utf8);
  w.put<int32_t>(d.num_states);
  for (int i = 0; i < d.num_states; ++i) {
    const HyphenState& s = d.states[i];
    w.string(s.match);
    w.string(s.repl);
    w.put(s.replindex), w.put(s.replcut);
    w.put<int32_t>(s.fallback_state);
    w.put<int32_t>(s.num_trans);
    for (int t = 0; t < s.num_trans; ++t) {
      w.put(s.trans[t].ch);
      w.put<int32_t>(s.trans[t].new_state);
    }
  }
}

// What one level holds, counted by a first pass so that it can be built in one block.
struct LevelSize {
  size_t states = 0, trans = 0, chars = 0;  // chars: every string with its NUL, and nohyphen
};

// First pass over a level: checks it, and every state number in it, so that a damaged copy
// cannot send libhyphen outside its arrays; counts what it holds. False when damaged.
bool measure_level(Reader& r, LevelSize& size) {
  r.take(4);  // lhmin, rhmin, clhmin, crhmin
  const auto nohyphenl = r.get<int32_t>();
  uint32_t n = 0;
  if (const char* nohyphen = r.string(n)) {
    if (!holds_strings(nohyphen, n, nohyphenl)) return false;
    size.chars += n;
  }
  r.take(sizeof(HyphenDict::cset) + sizeof(int32_t));  // cset, utf8
  const auto states = r.get<int32_t>();
  // Each state takes at least 18 bytes: a bound on the count before going on.
  if (r.failed() || states < 1 || static_cast<size_t>(states) > r.left() / 18) return false;
  size.states = static_cast<size_t>(states);
  for (int i = 0; i < states && !r.failed(); ++i) {
    for (int k = 0; k < 2; ++k)  // match, repl
      if (r.string(n)) size.chars += n + 1;
    r.take(2);  // replindex, replcut
    const auto fallback = r.get<int32_t>();
    const auto trans = r.get<int32_t>();
    if (fallback < -1 || fallback >= states || trans < 0 ||
        static_cast<size_t>(trans) > r.left() / 5)
      return false;
    size.trans += static_cast<size_t>(trans);
    for (int t = 0; t < trans; ++t) {
      r.take(1);
      const auto to = r.get<int32_t>();
      if (to < 0 || to >= states) return false;
    }
  }
  return !r.failed();
}

size_t aligned(size_t n) {
  constexpr size_t a = alignof(std::max_align_t);
  return (n + a - 1) / a * a;
}

// Second pass: the level measure_level accepted, in one block (the HyphenDict first), so that
// free_hyphen_dictionary frees it with one call. nullptr when memory runs out.
HyphenDict* build_level(Reader& r, const LevelSize& size) {
  const size_t states_at = aligned(sizeof(HyphenDict));
  const size_t trans_at = aligned(states_at + size.states * sizeof(HyphenState));
  const size_t chars_at = aligned(trans_at + size.trans * sizeof(HyphenTrans));
  char* block = static_cast<char*>(std::calloc(1, chars_at + size.chars));
  if (!block) return nullptr;
  auto* d = reinterpret_cast<HyphenDict*>(block);
  auto* states = reinterpret_cast<HyphenState*>(block + states_at);
  auto* trans = reinterpret_cast<HyphenTrans*>(block + trans_at);
  char* chars = block + chars_at;
  auto copy = [&](const char* p, size_t n) {
    char* s = chars;
    std::memcpy(s, p, n);
    chars += n;
    return s;
  };
  d->lhmin = r.get<char>(), d->rhmin = r.get<char>();
  d->clhmin = r.get<char>(), d->crhmin = r.get<char>();
  d->nohyphenl = r.get<int32_t>();
  uint32_t n = 0;
  if (const char* nohyphen = r.string(n)) d->nohyphen = copy(nohyphen, n);
  for (char& c : d->cset) c = r.get<char>();
  d->cset[sizeof d->cset - 1] = 0;
  d->utf8 = r.get<int32_t>();
  d->num_states = r.get<int32_t>();
  d->states = states;
  for (int i = 0; i < d->num_states; ++i) {
    HyphenState& s = states[i];
    for (char** field : {&s.match, &s.repl})
      if (const char* p = r.string(n)) {
        *field = copy(p, n);
        *chars++ = 0;
      }
    s.replindex = r.get<signed char>();
    s.replcut = r.get<signed char>();
    s.fallback_state = r.get<int32_t>();
    s.num_trans = r.get<int32_t>();
    s.trans = s.num_trans > 0 ? trans : nullptr;
    for (int t = 0; t < s.num_trans; ++t, ++trans) {
      trans->ch = r.get<char>();
      trans->new_state = r.get<int32_t>();
    }
  }
  return d;
}

// Whether libhyphen can walk a level safely, whatever the copy says: every state is reached
// from the root by one path (its depth); each falls back to a shallower state, so that a walk
// of fallbacks ends at the root; each match is digits, no longer than its depth plus one, as
// libhyphen writes a match at i + 1 - strlen(match), which must not fall before the word; and
// no replacement rules, whose positions libhyphen trusts (dictionaries with them are not
// cached).
bool walkable(const HyphenDict& d) {
  const auto n = static_cast<size_t>(d.num_states);
  // Each state's parent, from one sequential pass over the transitions; then its depth, found
  // by climbing to a known one (depth * 2, plus 1 when the path begins with '.').
  std::vector<int> parent(n, -1), info(n, -1);
  info[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    const HyphenState& s = d.states[i];
    for (int t = 0; t < s.num_trans; ++t) {
      const auto to = static_cast<size_t>(s.trans[t].new_state);
      if (to == 0 || parent[to] != -1) return false;  // a second path to a state
      parent[to] = static_cast<int>(i);
      if (i == 0) info[to] = 2 + (s.trans[t].ch == '.' ? 1 : 0);
    }
  }
  constexpr int kClimbing = -2;
  std::vector<size_t> path;
  for (size_t i = 0; i < n; ++i) {
    size_t j = i;
    while (info[j] < 0) {
      if (info[j] == kClimbing || parent[j] < 0) return false;  // a loop, or unreachable
      info[j] = kClimbing;
      path.push_back(j);
      j = static_cast<size_t>(parent[j]);
    }
    for (; !path.empty(); path.pop_back()) {
      const size_t k = path.back();
      info[k] = info[static_cast<size_t>(parent[k])] + 2;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const HyphenState& s = d.states[i];
    if (s.repl) return false;
    const int depth = info[i] / 2;
    const int fallback = s.fallback_state;
    if (fallback != -1 && info[static_cast<size_t>(fallback)] / 2 >= depth) return false;
    if (!s.match) continue;
    size_t length = 0;
    for (const char* c = s.match; *c; ++c, ++length)
      if (*c < '0' || *c > '9') return false;
    if (length > static_cast<size_t>(depth + 1 - info[i] % 2)) return false;
  }
  return true;
}

bool has_replacements(const HyphenDict* d) {
  for (; d; d = d->nextlevel)
    for (int i = 0; i < d->num_states; ++i)
      if (d->states[i].repl) return true;
  return false;
}

bool read_whole_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  bytes.resize(static_cast<size_t>(size));
  in.seekg(0);
  return static_cast<bool>(in.read(bytes.data(), size));
}

}  // namespace

void free_hyphen_dictionary(HyphenDict* dict) {
  while (dict) {
    HyphenDict* next = dict->nextlevel;
    std::free(dict);  // each level is one block
    dict = next;
  }
}

std::string serialize_hyphen_dictionary(const HyphenDict& dict, long long source_size,
                                        long long source_time) {
  Writer w;
  w.bytes(kMagic, sizeof kMagic);
  w.put<uint32_t>(sizeof(HyphenDict)), w.put<uint32_t>(sizeof(HyphenState));
  w.put<uint32_t>(sizeof(HyphenTrans));
  w.put<int64_t>(source_size), w.put<int64_t>(source_time);
  int levels = 0;
  for (const HyphenDict* d = &dict; d && levels < kMaxLevels; d = d->nextlevel) ++levels;
  w.put<int32_t>(levels);
  const HyphenDict* d = &dict;
  for (int i = 0; i < levels; ++i, d = d->nextlevel) write_level(w, *d);
  w.put(checksum(w.out().data(), w.out().size()));
  return std::move(w.out());
}

HyphenDict* deserialize_hyphen_dictionary(const std::string& bytes, long long source_size,
                                          long long source_time, HyphenBytes origin) {
  if (bytes.size() < sizeof kMagic + sizeof(uint64_t)) return nullptr;
  const size_t body = bytes.size() - sizeof(uint64_t);
  uint64_t sum = 0;
  std::memcpy(&sum, bytes.data() + body, sizeof sum);
  if (sum != checksum(bytes.data(), body)) return nullptr;
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return nullptr;
  Reader r(bytes.data() + sizeof kMagic, body - sizeof kMagic);
  if (r.get<uint32_t>() != sizeof(HyphenDict) || r.get<uint32_t>() != sizeof(HyphenState) ||
      r.get<uint32_t>() != sizeof(HyphenTrans) || r.get<int64_t>() != source_size ||
      r.get<int64_t>() != source_time)
    return nullptr;
  const auto levels = r.get<int32_t>();
  if (r.failed() || levels < 1 || levels > kMaxLevels) return nullptr;
  // Every level is checked and measured before anything is built.
  Reader check = r;
  LevelSize sizes[kMaxLevels];
  for (int i = 0; i < levels; ++i)
    if (!measure_level(check, sizes[i])) return nullptr;
  if (check.left() != 0) return nullptr;
  HyphenDict* first = nullptr;
  HyphenDict** link = &first;
  for (int i = 0; i < levels; ++i) {
    HyphenDict* d = build_level(r, sizes[i]);
    if (!d) {
      free_hyphen_dictionary(first);
      return nullptr;
    }
    *link = d;
    link = &d->nextlevel;
    if (origin == HyphenBytes::Cache && !walkable(*d)) {
      free_hyphen_dictionary(first);
      return nullptr;
    }
  }
  return first;
}

std::string hyphen_cache_file(const std::string& path) {
  std::error_code ec;
  std::string absolute = fs::weakly_canonical(fs::absolute(path), ec).string();
  if (ec) absolute = path;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(checksum(absolute.data(), absolute.size())));
  const std::string dir = user_cache_dir("hyphen");
  if (dir.empty()) return {};
  return (fs::path(dir) / (fs::path(path).filename().string() + "-" + hash + ".bin")).string();
}

HyphenDict* load_hyphen_dictionary(const std::string& path) {
  std::error_code size_ec, time_ec;
  const auto size = fs::file_size(path, size_ec);
  const auto time = fs::last_write_time(path, time_ec);
  if (size_ec || time_ec) return nullptr;  // not a readable file
  const auto source_size = static_cast<long long>(size);
  const auto source_time = static_cast<long long>(time.time_since_epoch().count());
  const std::string cache = hyphen_cache_file(path);
  std::string bytes;
  if (!cache.empty() && read_whole_file(cache, bytes))
    if (HyphenDict* d = deserialize_hyphen_dictionary(bytes, source_size, source_time)) return d;
  HyphenDict* fresh = hnj_hyphen_load(path.c_str());
  if (!fresh) return nullptr;
  bytes = serialize_hyphen_dictionary(*fresh, source_size, source_time);
  const bool cacheable = !cache.empty() && !has_replacements(fresh);
  hnj_hyphen_free(fresh);
  if (cacheable) {
    try {
      write_file_atomic(cache, bytes);
    } catch (const std::exception&) {
      // A cache that cannot be written costs time on the next load, nothing else.
    }
  }
  // Rebuilt from the bytes, so that every dictionary is freed the same way.
  return deserialize_hyphen_dictionary(bytes, source_size, source_time, HyphenBytes::Source);
}

}  // namespace kp
