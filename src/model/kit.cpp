// Small queries on the kit model.
#include "model/kit.hpp"

#include <stdexcept>

#include "model/word_table.hpp"

namespace kp {

namespace {

// The kit's `key` from `given`, or the table's fallback; a key the table lacks is a
// programming error.
std::string word_of(const std::map<std::string, Text>& given, const std::vector<WordEntry>& table,
                    const char* table_name, const std::string& key) {
  if (auto it = given.find(key); it != given.end()) return it->second.value;
  const WordEntry* w = find_word(table, key);
  if (!w) throw std::logic_error("\"" + key + "\" is not a word of " + table_name);
  return w->fallback;
}

}  // namespace

std::string Kit::word(const std::string& key) const {
  return word_of(words, sheet_words(), "sheet_words()", key);
}

std::string Session::word(const std::string& key) const {
  return word_of(words, guide_words(), "guide_words()", key);
}

const Worksheet* Session::canvas_sheet() const {
  for (const auto& w : sheets)
    if (w.kind == Worksheet::Kind::Canvas) return &w;
  return nullptr;
}

const Worksheet* Session::find_sheet(const std::string& id) const {
  for (const auto& w : sheets)
    if (w.id == id) return &w;
  return nullptr;
}

const DeckUse* Session::use_of(const std::string& id) const {
  auto it = deck_uses.find(id);
  return it == deck_uses.end() ? nullptr : &it->second;
}

std::vector<const StickerSet*> Stickers::all_sets() const {
  std::vector<const StickerSet*> out;
  if (!texts.empty()) out.push_back(this);
  for (const auto& s : sets) out.push_back(&s);
  return out;
}

const Deck* Kit::find_deck(const std::string& id) const {
  for (const auto& d : decks)
    if (d.id == id) return &d;
  return nullptr;
}

bool is_standard_field(const std::string& name) {
  return name == "title" || name == "body" || name == "footnote";
}

const Text& Card::value(const std::string& name) const {
  static const Text none;
  if (name == "title") return title;
  if (name == "body") return body;
  if (name == "footnote") return footnote;
  auto it = values.find(name);
  return it == values.end() ? none : it->second;
}

Text& Card::value(const std::string& name) {
  if (name == "title") return title;
  if (name == "body") return body;
  if (name == "footnote") return footnote;
  return values[name];
}

const Field* Deck::find_field(const std::string& field) const {
  for (const auto& f : fields)
    if (f.name == field) return &f;
  return nullptr;
}

bool Deck::has_back_fields() const {
  for (const auto& f : fields)
    if (f.side == Side::Back) return true;
  return false;
}

const Text& Deck::shown(const Card& card, const Field& f) const {
  const Text& own = card.value(f.name);
  return own.empty() ? f.default_value : own;
}

const Text& Deck::title_of(const Card& card) const {
  for (const auto& f : fields)
    if (f.style == FieldStyle::Title || f.style == FieldStyle::Big) return shown(card, f);
  return card.title;
}

size_t Deck::printed_count() const {
  size_t n = 0;
  for (const auto& c : cards) n += static_cast<size_t>(c.copies);
  return n;
}

size_t Kit::card_count() const {
  size_t n = 0;
  for (const auto& d : decks) n += d.cards.size();
  return n;
}

}  // namespace kp
