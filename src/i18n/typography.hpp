// Locale typography applied to kit text before layout (French spacing, quotes, ellipsis).
#pragma once
#include <string>

namespace kp {

// Every language: typographic apostrophe, "..." as an ellipsis, straight double quotes as the
// language's quotes (« » in French, „ “ in German, 「 」 in Japanese...). French also: narrow
// no-break space before ; : ! ? and inside « ».
std::string apply_typography(const std::string& text, const std::string& language);

// What joins a label to its text ("Clichés : …" in French, "Clichés: …" in English,
// full-width "：" in Japanese and Chinese).
std::string label_separator(const std::string& language);

}  // namespace kp
