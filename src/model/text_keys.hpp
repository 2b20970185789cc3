// Every translatable text of a kit under a stable key derived from ids ("decks.leviers.name").
#pragma once
#include <functional>
#include <string>

#include "model/kit.hpp"

namespace kp {

// Calls `visit` with the key and the text of every non-empty translatable text, in the
// order of the source files. Keys come from ids, or from 1-based positions where a list has
// no ids:
//   title, subtitle, words.sheet,
//   decks.<deck>.name | .lead | .prompts.<n> | .fields.<field>.label | .fields.<field>.default,
//   decks.<deck>.cards.<card>.title | .body | .footnote | .<declared field> | .prompts.<n>,
//   stickers.caption, stickers.texts.<n>,
//   guide.sections.<section>[.sections.<sub>].title | .body.<n>[.<item>] | .body.<n>.title|.text,
//   guide.words.<word>, guide.event, guide.agenda.note, guide.agenda.steps.<n>.title|who|
//   materials, guide.materials.<n>, guide.worksheets.(canvas|survey|tally|rapport)...
// A new text field in the model must be added here, and it is translated everywhere.
void visit_texts(Kit& kit, const std::function<void(const std::string& key, Text& text)>& visit);
void visit_texts(const Kit& kit,
                 const std::function<void(const std::string& key, const Text& text)>& visit);

}  // namespace kp
