// The kit model: metadata, theme, decks of cards, stickers and guide, every value located.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/length.hpp"
#include "model/deck_use.hpp"
#include "model/handout.hpp"
#include "model/image_asset.hpp"
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

enum class FrontLayout { Text, Prompts, Big, Fields };
enum class BackLayout { Standard, Blank, Fields };
enum class Symbol { Circle, Square, Triangle, Diamond, Hexagon };

// How a field prints (kit/README.md, "Fields"): a title; a paragraph; a small bold label
// followed by the value; a labelled writing area of ruled lines; a large centred word; a
// short value in a corner; a small muted note at the bottom of the card.
enum class FieldStyle { Title, Text, Label, Lines, Big, Badge, Note };
enum class Corner { TopRight, TopLeft, BottomRight, BottomLeft };
enum class Side { Front, Back };

// One field a deck declares (or a preset gives it): cards give its value by `name`.
struct Field {
  std::string name;
  Location where;
  FieldStyle style = FieldStyle::Text;
  Side side = Side::Front;
  bool required = false;
  Text default_value;  // printed when a card gives no value (translated with the deck)
  Text label;          // Label and Lines: the label printed before the value or the lines
  int lines = 3;       // Lines: how many ruled lines
  Corner corner = Corner::TopRight;  // Badge
  // Lines of the `prompts` preset: one writing area per prompt of the card (or the deck),
  // sharing the height left, instead of one area labelled `label`.
  bool from_prompts = false;
};

// The names of the fields a card stores in Card::title, body and footnote (the fields of
// the presets, which the guide and worksheets also print).
bool is_standard_field(const std::string& name);

struct Card {
  std::string id;
  Location where;
  Text title;
  Text body;
  Text footnote;
  std::vector<Text> prompts;  // overrides the deck's prompts when not empty
  // The values of the deck's other declared fields, by field name.
  std::map<std::string, Text> values;
  int copies = 1;  // how many of this card are printed
  ImageRef icon;   // a pictogram beside the title (optional)

  // The value of field `name` (title, body, footnote or a declared one); empty if unset.
  const Text& value(const std::string& name) const;
  Text& value(const std::string& name);
};

struct Deck {
  std::string id;
  Location where;
  std::string file;  // the deck's file, relative to the kit folder
  Text name;
  Colour colour;
  Symbol symbol = Symbol::Circle;
  NamedSize size;
  bool landscape = false;                 // `orientation: landscape`: `size` is already turned
  FrontLayout front = FrontLayout::Text;  // a preset, or Fields when the deck declares them
  BackLayout back = BackLayout::Standard;
  Text lead;
  std::vector<Text> prompts;
  // The fields in print order: the preset's (text, prompts, big) or the deck's own.
  std::vector<Field> fields;
  int copies = 1;   // the default of the cards' `copies`
  ImageRef icon;    // in the band and on the standard back, instead of the symbol (optional)
  std::string csv;  // the spreadsheet the cards come from (`cards: {csv: ...}`), or ""
  std::vector<Card> cards;

  const Field* find_field(const std::string& field) const;
  bool has_back_fields() const;
  // The value card prints for `f`: its own, else the field's default.
  const Text& shown(const Card& card, const Field& f) const;
  // The card's title as the guide lists it: its first title or big field.
  const Text& title_of(const Card& card) const;
  size_t printed_count() const;  // cards with their copies
};

// One set of stickers: its texts, their caption and colour, and how many of the set print.
struct StickerSet {
  std::string id;  // `sets:` id, its translation key; "" for the texts at the top of the file
  Location where;
  Text caption;
  bool per_participant = true;
  int copies = 1;  // sets per participant (`{per-participant: N}`), or in all when not
  Colour colour;
  std::vector<Text> texts;
  Location colour_where;  // where the kit set the colour (else the set's start)
  // How many of the set are printed for `participants`.
  int copies_for(int participants) const {
    return per_participant ? participants * copies : copies;
  }
};

// stickers.yaml: the texts at the top of the file are the first set (when there are any),
// `sets:` adds sets with their own caption, colour and copies; all print on one run of
// sheets, set after set.
struct Stickers : StickerSet {
  std::vector<StickerSet> sets;
  Text product{"Avery L7160", {}};       // the label sheet product
  Length safe_margin = Length::mm(1.5);  // text keeps this far inside the label's edge
  Length size = Length::pt(16);          // the text's size before shrinking
  LabelProducts products;                // the kit's own label products
  Location safe_margin_where;            // where the kit set safe-margin (else the file's start)

  // Every set in print order: the top-level texts (when there are any), then `sets:`.
  std::vector<const StickerSet*> all_sets() const;
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
// groups, guests, one, sticker-sheets) × times + plus; without `per`, the copies of `deck`
// its use hands out (UsedDeck: sets, or cards dealt).
struct MaterialItem {
  enum class Per { Participants, Groups, Guests, One, StickerSheets, UsedDeck };
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
  int scale = 0;              // a scale of tick boxes 1..scale (optional)
  std::string choices_from;   // the deck whose card titles are the choices (or "")
};

// One sheet of worksheets.pdf (guide.yaml `sheets:`): a canvas per sub-group, a form, the
// tally of a form, a notes sheet (prompts and a signature) or a page of text.
struct Worksheet {
  enum class Kind { Canvas, Form, Tally, Notes, Text };
  Kind kind = Kind::Text;
  Location where;
  std::string id;  // keys its translations: guide.worksheets.<id>.…
  Text title, intro;
  std::optional<NamedSize> paper;  // Canvas: A3 by default, always landscape; else the guide's
  std::string deck;                // Canvas: one canvas per card dealt to a sub-group
  std::vector<Text> columns;       // Canvas: its own columns, instead of the cards' prompts
  std::vector<SurveyQuestion> questions;  // Form
  std::string form;                       // Tally: the id of the form it counts
  std::vector<Text> prompts;              // Notes: a heading and writing lines each
  Text signature;                         // Notes: a "name, function" line (optional)
  std::vector<Text> paragraphs;           // Text
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
  std::map<std::string, DeckUse> deck_uses;  // `decks:`: how the session uses each deck
  int pack_step = 0;  // `packs: {step: N}`: the agenda step whose minutes the cover slips give
  std::vector<Worksheet> sheets;                                  // `sheets:`, in print order
  NamedSize guide_paper{"A4", Length::mm(210), Length::mm(297)};  // guide and forms
  std::optional<Handout> handout;  // handout.pdf, when the guide has `handout:`

  // A word of the guide (`words:`), or its English fallback from guide_words() (a key not
  // in that table is a programming error: std::logic_error).
  std::string word(const std::string& key) const;
  // The first canvas sheet, the first sheet with id `id` (nullptr if none).
  const Worksheet* canvas_sheet() const;
  const Worksheet* find_sheet(const std::string& id) const;
  // How the session uses deck `id` (`decks:`), or nullptr when the guide does not say.
  const DeckUse* use_of(const std::string& id) const;
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

  // A word of the card sheets and calibration page (kit.yaml `words:`), or its English
  // fallback from sheet_words() (a key not in that table is a programming error).
  std::string word(const std::string& key) const;
  const Deck* find_deck(const std::string& id) const;
  size_t card_count() const;  // card designs, not counting copies
};

}  // namespace kp
