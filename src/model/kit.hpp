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
  enum class Kind {
    Paragraph,  // text with **bold** and *italic*
    List,       // items
    Cards,      // the cards of `deck`, as a list (title: body)
    Stickers,   // the sticker texts
    Tip,        // a tinted box: `title` (optional) and `text`
    Steps,      // numbered steps (items)
    Materials,  // the materials checklist, computed from the session
    Agenda,     // the agenda table
    Groups,     // which profile (card of `deck`) each sub-group works on
    Profiles,   // each card of `deck` with the deck's prompts and `items` as their hints
    Thumbnails  // a thumbnail of every card of every deck
  };
  Kind kind = Kind::Paragraph;
  Location where;
  std::string id;           // Tip: its own translation key (optional; else from its text)
  Text title;               // Tip
  Text text;                // Paragraph, Tip
  std::vector<Text> items;  // List, Steps, Profiles (one hint per prompt)
  std::string deck;         // Cards, Groups, Profiles
};

struct GuideSection {
  std::string id;
  Text title;
  std::vector<GuideBlock> blocks;
  std::vector<GuideSection> sections;  // subsections, one level deeper
};

// One step of the session's agenda.
struct AgendaStep {
  Location where;
  std::string id;  // its translation key (optional; else from its title)
  int minutes = 0;
  Text title, who, materials;
};

// One line of the materials checklist: `text` with {n} (the count) and, as they apply,
// {deck}, {cards}, {per-profile}, {labels}, {per-sheet}. The count is `per` (participants,
// groups, guests, one, sticker-sheets) × times + plus.
struct MaterialItem {
  enum class Per { Participants, Groups, Guests, One, StickerSheets };
  Location where;
  Text text;
  Per per = Per::One;
  int times = 1, plus = 0;
  std::string deck;  // for {deck}, {cards} and {per-profile}
};

struct SurveyQuestion {
  Location where;
  std::string id;  // its translation key (optional; else from its text)
  Text text;
  std::vector<Text> choices;  // from `choices`, or the titles of the cards of `choices-from`
  std::vector<Text> notes;    // a line under each choice (the card bodies of `choices-from`)
  Text other;                 // an "other" choice with a line to write on (optional)
  Text write;                 // label of a writing space (optional)
  int lines = 0;              // writing lines under `write`
};

// The session plan the guide and the worksheets print.
struct Session {
  Location where;
  std::map<std::string, Text> words;  // the guide's own words (headings, table headers...)
  Text event;                         // on the cover (optional)
  int start_minutes = 9 * 60;         // clock time of the start, in minutes after midnight
  Text agenda_note;                   // e.g. that the schedule is a proposal
  std::vector<AgendaStep> agenda;
  int guests = 0;  // guest observers (rapport d'étonnement)
  std::vector<MaterialItem> materials;
  // Worksheets
  std::string canvas_deck;  // one canvas per card of this deck, columns from its prompts
  std::optional<NamedSize> canvas_paper;  // default A3 (landscape)
  Text canvas_intro;
  Text survey_title, survey_intro;
  std::vector<SurveyQuestion> survey;
  Text tally_title, tally_intro;
  Text rapport_title, rapport_intro;
  std::vector<Text> rapport_prompts;
  Text signature;  // "Nom, fonction" line on the rapport sheet (optional)
  NamedSize guide_paper{"A4", Length::mm(210), Length::mm(297)};  // guide and forms

  // A word of the guide (`words:`), or `fallback`.
  std::string word(const std::string& key, const std::string& fallback) const;
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
  Session session;  // from guide.yaml: agenda, materials, survey, worksheets, words

  // A word kitpress prints (from `words:`), or `fallback` when the kit does not give it.
  std::string word(const std::string& key, const std::string& fallback) const;
  const Deck* find_deck(const std::string& id) const;
  size_t card_count() const;
};

}  // namespace kp
