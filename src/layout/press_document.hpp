// The press cards document: one card face per page with bleed and page boxes, fronts and backs.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "layout/print_setup.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// Every card as a front page then a back page. MediaBox = BleedBox = trim + 2 x bleed (larger
// only when crop marks are asked for); TrimBox = the card. Text is laid out without optional
// ligatures (Latin text then stays text in the press PDF), and a card with a glyph the press
// writer can neither show nor outline (a bitmap font) is an error naming the card and language.
Document compose_press_cards(const Kit& kit, const FontContext& fonts, const PressOptions& o,
                             Diagnostics& diags);

}  // namespace kp
