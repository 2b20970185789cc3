// Composing the facilitator's guide: a cover, then the kit's guide sections as a paginated flow.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/flow.hpp"
#include "layout/page.hpp"
#include "layout/sticker_sheets.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// The guide's look, from the kit's theme (LOOK.md: body 10.5/14.5, H1 20, H2 14, H3 11.5).
FlowStyle guide_flow_style(const Kit& kit);

// guide.pdf: cover, contents with links, the sections with computed materials and agenda,
// and an annex of card thumbnails; bookmarks, page labels and metadata.
// Sticker sheet counts follow `stickers` (product and first label), as stickers.pdf does.
Document compose_guide(const Kit& kit, const FontContext& fonts, const StickerOptions& stickers,
                       Diagnostics& diags);

// The agenda's clock time `minutes` after midnight, in the kit's format (words: clock).
std::string format_clock(const Kit& kit, int minutes);
// The kit's date in its format (words: date); "" when the kit has no date.
std::string format_date(const Kit& kit);

// The flow blocks of one guide section as the guide prints it: its heading at `level`, its
// blocks, its subsections one level deeper (the handout reprints sections this way).
std::vector<FlowBlock> guide_section_blocks(const Kit& kit, const FontContext& fonts,
                                            const StickerOptions& stickers,
                                            const GuideSection& section, int level,
                                            Diagnostics& diags);

}  // namespace kp
