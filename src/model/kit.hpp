// The kit model: metadata, theme, decks of cards, stickers and guide, every value located.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/length.hpp"
#include "model/label_stock.hpp"
#include "model/print_settings.hpp"
#include "model/yaml_reader.hpp"

namespace kp {

struct NamedSize {
  std::string name;  // preset name, or the size as written
  Length width, height;
};

struct Theme {
  std::string font = "Noto Sans";
  Location font_where;  // where the font was named (empty: the default)
  Colour text = Colour::grey(0.1);
  Colour muted = Colour::grey(0.36);
  Length title_size = Length::pt(13);
  Length body_size = Length::pt(10);
  Length min_size = Length::pt(7);
};

enum class FrontLayout { Text, Prompts, Big };
enum class BackLayout { Standard, Blank };
enum class Symbol { Circle, Square, Triangle, Diamond, Hexagon };

struct Card {
  std::string id;
  Location where;
  Text title;
  Text body;
  Text footnote;
  std::vector<Text> prompts;  // overrides the deck's prompts when not empty
};

struct Deck {
  std::string id;
  Location where;
  std::string file;  // the deck's file, relative to the kit folder
  Text name;
  Colour colour;
  Symbol symbol = Symbol::Circle;
  NamedSize size;
  FrontLayout front = FrontLayout::Text;
  BackLayout back = BackLayout::Standard;
  Text lead;
  std::vector<Text> prompts;
  std::vector<Card> cards;
};

struct Stickers {
  Location where;
  Text caption;
  bool per_participant = true;
  int copies = 1;  // when not per participant
  Colour colour;
  std::vector<Text> texts;
  Text product{"Avery L7160", {}};       // the label sheet product
  Length safe_margin = Length::mm(1.5);  // text keeps this far inside the label's edge
  Length size = Length::pt(16);          // the text's size before shrinking
  LabelProducts products;                // the kit's own label products
  // Where the kit set safe-margin and colour (else the file's start), for diagnostics.
  Location safe_margin_where, colour_where;
};

struct GuideBlock {
  enum class Kind { Paragraph, List, Cards, Stickers };
  Kind kind = Kind::Paragraph;
  Location where;
  Text text;                // Paragraph
  std::vector<Text> items;  // List
  std::string deck;         // Cards
};

struct GuideSection {
  std::string id;
  Text title;
  std::vector<GuideBlock> blocks;
};

struct Kit {
  std::string dir;  // the kit folder as given
  Text title;
  Text subtitle;
  std::string language;
  std::vector<Text> authors;
  std::string date;  // YYYY-MM-DD or empty
  int participants = 12;
  int groups = 3;
  Theme theme;
  PrintSettings print;                // kit.yaml `print:`
  std::map<std::string, Text> words;  // sheet words ("sheet", "print-at-100", ...)
  std::vector<Deck> decks;
  std::optional<Stickers> stickers;
  std::vector<GuideSection> guide;

  // A word kitpress prints (from `words:`), or `fallback` when the kit does not give it.
  std::string word(const std::string& key, const std::string& fallback) const;
  const Deck* find_deck(const std::string& id) const;
  size_t card_count() const;
};

}  // namespace kp
