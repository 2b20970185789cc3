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
    for (auto& card : deck.cards) {
      std::string c = d + ".cards." + card.id;
      one(c + ".title", card.title);
      one(c + ".body", card.body);
      one(c + ".footnote", card.footnote);
      list(c + ".prompts", card.prompts);
    }
  }
  if (kit.stickers) {
    one("stickers.caption", kit.stickers->caption);
    list("stickers.texts", kit.stickers->texts);
  }
  for (auto& section : kit.guide) {
    std::string s = "guide.sections." + section.id;
    one(s + ".title", section.title);
    for (size_t b = 0; b < section.blocks.size(); ++b) {
      GuideBlock& block = section.blocks[b];
      std::string k = s + ".body." + std::to_string(b + 1);
      one(k, block.text);
      list(k, block.items);
    }
  }
}

void visit_texts(const Kit& kit,
                 const std::function<void(const std::string& key, const Text& text)>& visit) {
  // The walk never changes the kit; the mutable one is the single source of the keys.
  visit_texts(const_cast<Kit&>(kit), [&](const std::string& key, Text& t) { visit(key, t); });
}

}  // namespace kp
