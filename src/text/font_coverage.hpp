// Checking, before any layout, that the fonts chosen for a language draw every character it needs.
#pragma once
#include <set>

#include "core/diagnostics.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// For every text of the kit (as printed, after typography), every character must be in one
// of the families of kit.theme.font or of the other fonts of `fonts` (Pango's fallbacks),
// regular and bold. Each gap is an error naming the
// language, the character (U+XXXX) and the text's key, located where the text was written.
// Returns false when something is missing.
// The characters the kit prints that need a glyph (its texts after typography, plus the hyphen,
// ellipsis and digits the layout adds).
std::set<char32_t> kit_characters(const Kit& kit);

bool check_font_coverage(const Kit& kit, const FontContext& fonts, Diagnostics& diags);

}  // namespace kp
