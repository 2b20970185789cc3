// Saving libhyphen's pattern automaton to the user's cache and rebuilding it from there.
#include "i18n/hyphen_cache.hpp"

#include <hyphen.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// Format 1; the struct sizes of the hyphen.h it was written with follow it in the header.
const char kMagic[8] = {'K', 'P', 'H', 'Y', 'P', 'H', '1', '\n'};
constexpr uint32_t kNoString = 0xFFFFFFFFu;
constexpr int kMaxLevels = 8;  // libhyphen makes two; more means damaged data

uint64_t fnv1a(const char* data, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(data[i]);
    h *= 1099511628211ull;
  }
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
    if (static_cast<size_t>(end_ - p_) < sizeof v) {
      failed_ = true;
      return v;
    }
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    return v;
  }
  // A malloc'd, NUL-terminated copy of the next `n` bytes (nullptr when they are missing).
  char* copy(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) {
      failed_ = true;
      return nullptr;
    }
    char* s = static_cast<char*>(std::malloc(n + 1));
    if (!s) {
      failed_ = true;
      return nullptr;
    }
    std::memcpy(s, p_, n);
    s[n] = 0;
    p_ += n;
    return s;
  }
  char* string() {
    const auto n = get<uint32_t>();
    return failed_ || n == kNoString ? nullptr : copy(n);
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

// Whether `count` + 1 NUL-terminated strings lie within the n bytes at `buf`.
bool holds_strings(const char* buf, size_t n, int count) {
  if (count < 0) return false;
  size_t at = 0;
  for (int i = 0; i <= count; ++i) {
    const void* end = at < n ? std::memchr(buf + at, 0, n - at) : nullptr;
    if (!end) return false;
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

// One level, or nullptr (with nothing leaked) when the data is damaged. Every state number is
// checked, so that a damaged copy cannot send libhyphen outside its arrays.
HyphenDict* read_level(Reader& r) {
  auto* d = static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)));
  if (!d) return nullptr;
  d->lhmin = r.get<char>(), d->rhmin = r.get<char>();
  d->clhmin = r.get<char>(), d->crhmin = r.get<char>();
  d->nohyphenl = r.get<int32_t>();
  if (const auto n = r.get<uint32_t>(); !r.failed() && n != kNoString) {
    d->nohyphen = r.copy(n);
    // It must hold the nohyphenl + 1 strings libhyphen walks.
    if (d->nohyphen && !holds_strings(d->nohyphen, n, d->nohyphenl)) r.fail();
  }
  for (char& c : d->cset) c = r.get<char>();
  d->cset[sizeof d->cset - 1] = 0;
  d->utf8 = r.get<int32_t>();
  const auto states = r.get<int32_t>();
  // Each state takes at least 18 bytes: a bound on the count before allocating.
  if (r.failed() || states < 1 || static_cast<size_t>(states) > r.left() / 18) r.fail();
  if (!r.failed()) {
    d->states =
        static_cast<HyphenState*>(std::calloc(static_cast<size_t>(states), sizeof(HyphenState)));
    if (d->states) d->num_states = states;
  }
  for (int i = 0; i < d->num_states && !r.failed(); ++i) {
    HyphenState& s = d->states[i];
    s.match = r.string();
    s.repl = r.string();
    s.replindex = r.get<signed char>();
    s.replcut = r.get<signed char>();
    s.fallback_state = r.get<int32_t>();
    const auto trans = r.get<int32_t>();
    if (s.fallback_state < -1 || s.fallback_state >= states || trans < 0 ||
        static_cast<size_t>(trans) > r.left() / 5) {
      r.fail();
      break;
    }
    if (trans > 0) {
      s.trans =
          static_cast<HyphenTrans*>(std::malloc(static_cast<size_t>(trans) * sizeof(HyphenTrans)));
      if (!s.trans) {
        r.fail();
        break;
      }
      s.num_trans = trans;
      for (int t = 0; t < trans; ++t) {
        s.trans[t].ch = r.get<char>();
        s.trans[t].new_state = r.get<int32_t>();
        if (s.trans[t].new_state < 0 || s.trans[t].new_state >= states) r.fail();
      }
    }
  }
  if (r.failed() || !d->states) {
    hnj_hyphen_free(d);
    return nullptr;
  }
  return d;
}

bool read_whole_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  bytes = s.str();
  return static_cast<bool>(in);
}

}  // namespace

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
  w.put(fnv1a(w.out().data(), w.out().size()));
  return std::move(w.out());
}

HyphenDict* deserialize_hyphen_dictionary(const std::string& bytes, long long source_size,
                                          long long source_time) {
  if (bytes.size() < sizeof kMagic + sizeof(uint64_t)) return nullptr;
  const size_t body = bytes.size() - sizeof(uint64_t);
  uint64_t sum = 0;
  std::memcpy(&sum, bytes.data() + body, sizeof sum);
  if (sum != fnv1a(bytes.data(), body)) return nullptr;
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return nullptr;
  Reader r(bytes.data() + sizeof kMagic, body - sizeof kMagic);
  if (r.get<uint32_t>() != sizeof(HyphenDict) || r.get<uint32_t>() != sizeof(HyphenState) ||
      r.get<uint32_t>() != sizeof(HyphenTrans) || r.get<int64_t>() != source_size ||
      r.get<int64_t>() != source_time)
    return nullptr;
  const auto levels = r.get<int32_t>();
  if (r.failed() || levels < 1 || levels > kMaxLevels) return nullptr;
  HyphenDict* first = nullptr;
  HyphenDict** link = &first;
  for (int i = 0; i < levels; ++i) {
    HyphenDict* d = read_level(r);
    if (!d) {
      if (first) hnj_hyphen_free(first);
      return nullptr;
    }
    *link = d;
    link = &d->nextlevel;
  }
  if (r.left() != 0) {
    hnj_hyphen_free(first);
    return nullptr;
  }
  return first;
}

std::string hyphen_cache_file(const std::string& path) {
  std::error_code ec;
  std::string absolute = fs::weakly_canonical(fs::absolute(path), ec).string();
  if (ec) absolute = path;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(fnv1a(absolute.data(), absolute.size())));
  return (fs::path(user_cache_dir("hyphen")) /
          (fs::path(path).filename().string() + "-" + hash + ".bin"))
      .string();
}

HyphenDict* load_hyphen_dictionary(const std::string& path) {
  std::error_code size_ec, time_ec;
  const auto size = fs::file_size(path, size_ec);
  const auto time = fs::last_write_time(path, time_ec);
  if (size_ec || time_ec) return hnj_hyphen_load(path.c_str());
  const auto source_size = static_cast<long long>(size);
  const auto source_time = static_cast<long long>(time.time_since_epoch().count());
  const std::string cache = hyphen_cache_file(path);
  std::string bytes;
  if (read_whole_file(cache, bytes))
    if (HyphenDict* d = deserialize_hyphen_dictionary(bytes, source_size, source_time)) return d;
  HyphenDict* d = hnj_hyphen_load(path.c_str());
  if (!d) return nullptr;
  try {
    write_file_atomic(cache, serialize_hyphen_dictionary(*d, source_size, source_time));
  } catch (const std::exception&) {
    // A cache that cannot be written costs time on the next load, nothing else.
  }
  return d;
}

}  // namespace kp
