// ICC header checks (ICC.1:2010 section 7.2): size, signature, class and colour space.
#include "core/icc_profile.hpp"

#include <cstdint>
#include <fstream>
#include <iterator>

namespace kp {

namespace {

uint32_t be32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

// A four-character signature as text, its trailing spaces dropped, unprintable bytes as '?'.
std::string signature(const std::string& b, size_t at) {
  std::string s;
  for (size_t i = 0; i < 4; ++i) {
    const char c = b[at + i];
    s += c >= 0x20 && c < 0x7F ? c : '?';
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

std::string cmyk_output_profile_problem(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "the file cannot be read";
  std::string b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  constexpr size_t kHeader = 128 + 4;  // the header and the tag count
  if (b.size() < kHeader)
    return "it is " + std::to_string(b.size()) + " bytes long, shorter than an ICC header";
  if (b.compare(36, 4, "acsp") != 0) return "it is not an ICC profile (no 'acsp' signature)";
  const uint32_t declared = be32(b, 0);
  if (declared > b.size())
    return "its header says " + std::to_string(declared) + " bytes but the file has " +
           std::to_string(b.size()) + " (it is cut short)";
  if (declared < kHeader)
    return "its header gives an impossible size of " + std::to_string(declared);
  const std::string cls = signature(b, 12), space = signature(b, 16);
  if (space != "CMYK") return "its colour space is " + space + ", not CMYK";
  if (cls != "prtr")
    return "it is a '" + cls + "' profile, not an output (printer, 'prtr') profile";
  return {};
}

}  // namespace kp
