// FNV-1a over whitespace-normalised text.
#include "i18n/fingerprint.hpp"

#include "core/hash.hpp"

namespace kp {

std::string text_fingerprint(const std::string& text) {
  uint64_t h = kFnvOffset;
  bool pending_space = false, started = false;
  for (char ch : text) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      pending_space = started;
      continue;
    }
    if (pending_space) h = fnv1a(" ", h);
    pending_space = false;
    started = true;
    h = fnv1a(std::string_view(&ch, 1), h);
  }
  char buf[9];
  hex32(h, buf);
  return buf;
}

}  // namespace kp
