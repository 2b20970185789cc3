// Every translatable text of a kit under a stable key derived from ids ("decks.leviers.name").
#pragma once
#include <functional>
#include <string>

#include "model/kit.hpp"

namespace kp {

// The key of a text, and the key the same text had in the first, positional scheme (items of
// lists numbered from 1), which `kitpress i18n migrate` maps from.
struct TextKey {
  std::string key;
  std::string positional;
};

// Calls `visit` with the key and the text of every non-empty translatable text, in the
// order of the source files. Keys come from ids (decks, cards, sections, words). An item of a
// plain list (stickers, prompts, list items and paragraphs of a guide section, agenda steps,
// materials, survey questions and choices) is keyed by its own `id:` where it has one, else by a
// slug of its source text (text_slug), numbered "-2", "-3" where two items of one list share
// it; so inserting, removing or moving an item never changes another item's key:
//   title, subtitle, words.sheet,
//   decks.<deck>.name | .lead | .prompts.<item> | .fields.<field>.label | .fields.<field>.default,
//   decks.<deck>.cards.<card>.title | .body | .footnote | .<declared field> | .prompts.<item>,
//   stickers.caption, stickers.texts.<item>, stickers.sets.<set>.caption|texts.<item>,
//   guide.sections.<section>[.sections.<sub>].title | .<item>[.title|.text],
//   guide.words.<word>, guide.event, guide.agenda.note, guide.agenda.<step>.title|who|
//   materials, guide.materials.<item>, guide.worksheets.(canvas|survey|tally|rapport)...,
//   guide.handout.title|next-step
// A new text field in the model must be added here, and it is translated everywhere.
void visit_texts(Kit& kit, const std::function<void(const std::string& key, Text& text)>& visit);
void visit_texts(const Kit& kit,
                 const std::function<void(const std::string& key, const Text& text)>& visit);
// The same walk with both keys of each text.
void visit_text_keys(const Kit& kit,
                     const std::function<void(const TextKey& key, const Text& text)>& visit);

// The key part a text gives itself: lower-case ASCII letters and digits joined by "-", accents
// dropped ("Très bienveillant !" → "tres-bienveillant"), at most 40 characters cut at a word;
// "t" and 8 hex digits of a hash of the text where no letter or digit is left (CJK, Arabic).
std::string text_slug(const std::string& text);

}  // namespace kp
