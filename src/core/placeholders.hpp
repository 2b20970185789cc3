// Filling "{n}"-style placeholders in a kit's words and texts.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace kp {

// `text` with every occurrence of each key (e.g. "{n}") replaced by its value, key after key in
// the order given; a value is not searched again for its own key.
std::string fill_placeholders(std::string text,
                              const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace kp
