// Composing the cards document: every deck's faces, imposed on sheets, with metadata.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/imposition.hpp"
#include "layout/page.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

// One card face alone on a page of the card's size, for PNG proofs.
struct ProofFace {
  std::string name;  // e.g. "profils-meprisant-front"
  Page page;
};

// Lays out every card of the kit and imposes them, sheet by sheet. Fills `proofs` when not
// null. With a `sink`, each page goes to it as soon as its sheet is laid out and the
// document's pages stay empty (its info and bookmarks are filled): only one sheet of faces is
// held at a time.
Document compose_cards(const Kit& kit, const FontContext& fonts, const SheetOptions& options,
                       Diagnostics& diags, std::vector<ProofFace>* proofs = nullptr,
                       const PageSink& sink = {});

// Document metadata shared by every output of a kit (title, authors, creator, date).
DocumentInfo kit_document_info(const Kit& kit, const std::string& what);
// The creation date of every PDF of a kit: SOURCE_DATE_EPOCH, else the kit's date, else the
// epoch (never the wall clock), as ISO 8601.
std::string document_date(const Kit& kit);

// Checks theme and deck colours for WCAG AA contrast of the text drawn on them.
void check_contrast(const Kit& kit, Diagnostics& diags);

}  // namespace kp
