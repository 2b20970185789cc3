// Composing the participants' handout (handout.pdf): the kit's chosen sections to take home.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "layout/sticker_sheets.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// handout.pdf on the guide's paper: the kit's title, the handout's title, the event and date,
// the sections the kit chose (guide sections as the guide prints them, or a deck's cards), and
// a blank "my next step" box. No pages when the guide has no `handout:`. More than two pages
// is a warning: a handout is a sheet to take home.
Document compose_handout(const Kit& kit, const FontContext& fonts, const StickerOptions& stickers,
                         Diagnostics& diags);

}  // namespace kp
