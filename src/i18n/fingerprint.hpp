// Short fingerprints of source texts, stored beside each translation to detect stale ones.
#pragma once
#include <string>

namespace kp {

// Eight hex digits (FNV-1a) of the text with runs of white space made one space and the ends
// trimmed, so that re-wrapping a YAML paragraph does not make its translations stale.
std::string text_fingerprint(const std::string& text);

}  // namespace kp
