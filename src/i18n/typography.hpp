// Locale typography applied to kit text before layout (French spacing, quotes, ellipsis).
#pragma once
#include <string>

namespace kp {

// French: narrow no-break space before ; : ! ? and inside « », typographic apostrophe,
// "..." as an ellipsis. Other languages: apostrophe and ellipsis only.
std::string apply_typography(const std::string& text, const std::string& language);

}  // namespace kp
