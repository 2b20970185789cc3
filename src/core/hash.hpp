// FNV-1a, the one small non-cryptographic hash for fingerprints and derived ids.
#pragma once
#include <cstdint>
#include <string_view>

namespace kp {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;

// Feeds `bytes` into the FNV-1a state `h` (start from kFnvOffset) and returns the new state.
constexpr uint64_t fnv1a(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// 32 bits folded from a 64-bit state, as 8 lower-case hex digits.
inline void hex32(uint64_t h, char out[9]) {
  const auto v = static_cast<uint32_t>((h >> 32) ^ (h & 0xffffffffu));
  static const char digits[] = "0123456789abcdef";
  for (int i = 7; i >= 0; --i) out[7 - i] = digits[(v >> (4 * i)) & 0xf];
  out[8] = 0;
}

}  // namespace kp
