// Reading guide.yaml's `sheets:`: the typed sheets of worksheets.pdf.
#pragma once
#include <vector>

#include "model/guide_reader.hpp"

namespace kp {

// `sheets: [{canvas: deck}, {form: id}, {tally: form-id}, {notes: id}, {text: id}]`, each
// with its own keys; appends to `out`. Choices from a deck are filled by fill_sheet_choices.
void read_worksheets(const YamlNode& n, const SourceFile& src, GuideReading& r,
                     std::vector<Worksheet>& out);

// Once the decks are read: the choices of `choices-from` questions (the cards' titles, their
// bodies as notes); a tally of a form with nothing to count is an error.
void finish_worksheets(Kit& kit, Diagnostics& diags);

}  // namespace kp
