// Composing the session sheets: a canvas per profile, the survey form, its tally sheet and the
// guests' rapport d'étonnement sheet.
#pragma once
#include "core/diagnostics.hpp"
#include "layout/page.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// worksheets.pdf: canvases (A3 landscape by default) then the A4 forms. Empty when the kit's
// guide names neither a canvas deck, a survey nor a rapport d'étonnement.
Document compose_worksheets(const Kit& kit, const FontContext& fonts, Diagnostics& diags);

}  // namespace kp
