// FNV-1a over whitespace-normalised text.
#include "i18n/fingerprint.hpp"

#include <cstdint>
#include <cstdio>

namespace kp {

std::string text_fingerprint(const std::string& text) {
  uint64_t h = 14695981039346656037ull;
  auto feed = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  bool pending_space = false, started = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = started;
      continue;
    }
    if (pending_space) feed(' ');
    pending_space = false;
    started = true;
    feed(c);
  }
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>((h >> 32) ^ (h & 0xffffffffu)));
  return buf;
}

}  // namespace kp
