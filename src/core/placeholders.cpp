// Filling "{n}"-style placeholders in a kit's words and texts.
#include "core/placeholders.hpp"

namespace kp {

std::string fill_placeholders(std::string text,
                              const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    if (key.empty()) continue;
    for (size_t at = 0; (at = text.find(key, at)) != std::string::npos; at += value.size())
      text.replace(at, key.size(), value);
  }
  return text;
}

}  // namespace kp
