// Walking a kit's texts with their translation keys.
#include "model/text_keys.hpp"

namespace kp {

void visit_texts(Kit& kit, const std::function<void(const std::string& key, Text& text)>& visit) {
  auto one = [&](const std::string& key, Text& t) {
    if (!t.empty()) visit(key, t);
  };
  auto list = [&](const std::string& key, std::vector<Text>& items) {
    for (size_t i = 0; i < items.size(); ++i) one(key + "." + std::to_string(i + 1), items[i]);
  };
  one("title", kit.title);
  one("subtitle", kit.subtitle);
  for (auto& [word, text] : kit.words) one("words." + word, text);
  for (auto& deck : kit.decks) {
    std::string d = "decks." + deck.id;
    one(d + ".name", deck.name);
    one(d + ".lead", deck.lead);
    list(d + ".prompts", deck.prompts);
    for (auto& field : deck.fields) {
      one(d + ".fields." + field.name + ".label", field.label);
      one(d + ".fields." + field.name + ".default", field.default_value);
    }
    for (auto& card : deck.cards) {
      std::string c = d + ".cards." + card.id;
      // The deck's fields in their order (the presets: title, body, footnote).
      for (const auto& field : deck.fields)
        if (!field.from_prompts) one(c + "." + field.name, card.value(field.name));
      list(c + ".prompts", card.prompts);
    }
  }
  if (kit.stickers) {
    one("stickers.caption", kit.stickers->caption);
    list("stickers.texts", kit.stickers->texts);
  }
  std::function<void(const std::string&, GuideSection&)> section_texts =
      [&](const std::string& s, GuideSection& section) {
        one(s + ".title", section.title);
        for (size_t b = 0; b < section.blocks.size(); ++b) {
          GuideBlock& block = section.blocks[b];
          std::string k = s + ".body." + std::to_string(b + 1);
          if (block.kind == GuideBlock::Kind::Tip) {
            one(k + ".title", block.title);
            one(k + ".text", block.text);
          } else {
            one(k, block.text);
          }
          list(k, block.items);
        }
        for (auto& sub : section.sections) section_texts(s + ".sections." + sub.id, sub);
      };
  for (auto& section : kit.guide) section_texts("guide.sections." + section.id, section);
  Session& session = kit.session;
  for (auto& [word, text] : session.words) one("guide.words." + word, text);
  one("guide.event", session.event);
  one("guide.agenda.note", session.agenda_note);
  for (size_t i = 0; i < session.agenda.size(); ++i) {
    std::string k = "guide.agenda.steps." + std::to_string(i + 1);
    one(k + ".title", session.agenda[i].title);
    one(k + ".who", session.agenda[i].who);
    one(k + ".materials", session.agenda[i].materials);
  }
  for (size_t i = 0; i < session.materials.size(); ++i)
    one("guide.materials." + std::to_string(i + 1), session.materials[i].text);
  one("guide.worksheets.canvas.intro", session.canvas_intro);
  one("guide.worksheets.survey.title", session.survey_title);
  one("guide.worksheets.survey.intro", session.survey_intro);
  for (size_t i = 0; i < session.survey.size(); ++i) {
    SurveyQuestion& q = session.survey[i];
    std::string k = "guide.worksheets.survey.questions." + std::to_string(i + 1);
    one(k + ".text", q.text);
    // Choices copied from a deck's cards (choices-from) are translated with the cards.
    if (q.notes.empty()) list(k + ".choices", q.choices);
    one(k + ".other", q.other);
    one(k + ".write", q.write);
  }
  one("guide.worksheets.tally.title", session.tally_title);
  one("guide.worksheets.tally.intro", session.tally_intro);
  one("guide.worksheets.rapport.title", session.rapport_title);
  one("guide.worksheets.rapport.intro", session.rapport_intro);
  list("guide.worksheets.rapport.prompts", session.rapport_prompts);
  one("guide.worksheets.signature", session.signature);
}

void visit_texts(const Kit& kit,
                 const std::function<void(const std::string& key, const Text& text)>& visit) {
  // The walk never changes the kit; the mutable one is the single source of the keys.
  visit_texts(const_cast<Kit&>(kit), [&](const std::string& key, Text& t) { visit(key, t); });
}

}  // namespace kp
