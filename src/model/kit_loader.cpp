// Reads kit.yaml, the deck files, stickers and guide into a validated Kit.
#include "model/kit_loader.hpp"

#include <filesystem>
#include <regex>
#include <set>

#include "core/icc_profile.hpp"
#include "core/paths.hpp"
#include "core/suggest.hpp"
#include "core/utf8.hpp"
#include "model/csv_reader.hpp"
#include "model/guide_reader.hpp"
#include "model/stock.hpp"
#include "model/text_keys.hpp"
#include "model/word_table.hpp"
#include "model/yaml_tree.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// One loading run: the kit folder, the parsed files (kept alive for locations), diagnostics.
class Loader {
 public:
  Loader(std::string dir, Diagnostics& diags, const KitLimits& limits)
      : dir_(std::move(dir)), diags_(diags), limits_(limits) {}

  std::optional<Kit> load() {
    Kit kit;
    kit.dir = dir_;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
      diags_.error(Location{dir_, 0, 0, {}}, "the kit folder does not exist or is not a folder",
                   "give the path of a folder holding kit.yaml, e.g. kit/bulle-dg");
      return std::nullopt;
    }
    const YamlNode* root = parse("kit.yaml");
    if (!root) return std::nullopt;
    read_kit(*root, kit);
    // Every printed text, wherever it was read: words after " #" would silently be lost.
    visit_texts(kit, [&](const std::string&, const Text& t) { warn_cut_by_comment(t, diags_); });
    if (diags_.has_errors()) return std::nullopt;
    return kit;
  }

 private:
  std::string dir_;
  Diagnostics& diags_;
  const KitLimits& limits_;
  std::vector<std::unique_ptr<SourceFile>> sources_;
  std::vector<std::unique_ptr<YamlNode>> roots_;
  const SourceFile* current_ = nullptr;
  std::map<std::string, ImageRef> images_;  // each image file read once (nullptr: it failed)

  // The image file named in `text`, read and checked once however often it is named.
  ImageRef image(const Text& text) {
    auto it = images_.find(text.value);
    if (it != images_.end()) return it->second;
    return images_[text.value] = read_image_asset(dir_, text, diags_);
  }

  std::string shown(const std::string& rel) const { return (fs::path(dir_) / rel).string(); }

  const YamlNode* parse(const std::string& rel) {
    std::string why;
    if (join_inside(dir_, rel, &why).empty()) {
      diags_.error(Location{shown(rel), 0, 0, {}}, "the file is not read: " + why);
      return nullptr;
    }
    auto src = std::make_unique<SourceFile>();
    auto root = parse_yaml_file(shown(rel), shown(rel), src.get(), diags_);
    if (!root) return nullptr;
    current_ = src.get();
    sources_.push_back(std::move(src));
    roots_.push_back(std::move(root));
    return roots_.back().get();
  }

  // A file named in `text`, checked to stay inside the kit folder; "" on error.
  std::string kit_file(const Text& text) {
    std::string why;
    std::string full = join_inside(dir_, text.value, &why);
    if (full.empty()) {
      diags_.error(text.where, "\"" + text.value + "\": " + why);
      return {};
    }
    std::error_code ec;
    if (!fs::is_regular_file(full, ec)) {
      diags_.error(text.where, "the file \"" + text.value + "\" does not exist in the kit folder",
                   "check the spelling, or create " + shown(text.value));
      return {};
    }
    return text.value;
  }

  void check_length(const std::optional<Text>& t, const std::string& what) {
    if (t && t->value.size() > limits_.max_text_chars) {
      diags_.error(t->where,
                   what + " is longer than " + std::to_string(limits_.max_text_chars) + " bytes",
                   "a card or sticker text this long cannot fit; shorten it");
    }
  }

  Text fold(std::optional<Text> t, const std::string& what) {
    check_length(t, what);
    return t ? *t : Text{};
  }

  bool valid_id(const Text& id) { return check_id(id, diags_); }

  void read_kit(const YamlNode& root, Kit& kit) {
    const SourceFile& src = *current_;
    MapReader m(root, src, diags_, "kit.yaml");
    if (!m.ok()) return;
    if (auto v = m.integer("kitpress", 1, 1000, true); v && *v != 1) {
      diags_.error(m.key_at("kitpress"),
                   "this kit uses format version " + std::to_string(*v) +
                       ", but this kitpress reads version 1",
                   "use a newer kitpress, or write \"kitpress: 1\"");
    }
    kit.title = fold(m.text("title", true), "the title");
    kit.subtitle = fold(m.text("subtitle", false), "the subtitle");
    if (auto lang = m.text("language", true)) {
      static const std::regex re("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
      if (!std::regex_match(lang->value, re)) {
        diags_.error(lang->where, "\"" + lang->value + "\" is not a language code",
                     "write a BCP 47 code such as fr, en, de, ar, ja or pt-BR");
      }
      kit.language = lang->value;
    }
    kit.authors = m.text_list("authors", false);
    if (auto d = m.text("date", false)) {
      static const std::regex re("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
      if (!std::regex_match(d->value, re)) {
        diags_.error(d->where, "\"" + d->value + "\" is not a date",
                     "write it as YYYY-MM-DD, e.g. 2026-11-28");
      }
      kit.date = d->value;
    }
    if (auto p = m.integer("participants", 1, 10000, false)) kit.participants = *p;
    if (auto g = m.integer("groups", 1, 1000, false)) kit.groups = *g;
    if (const YamlNode* t = m.get("theme")) read_theme(*t, src, kit.theme);
    if (const YamlNode* w = m.get("words")) read_words(*w, src, kit);
    if (const YamlNode* p = m.get("print")) read_print(*p, src, kit.print);
    const YamlNode* decks = m.require("decks");
    Text stickers_file, guide_file;
    if (auto s = m.text("stickers", false)) stickers_file = *s;
    if (auto g = m.text("guide", false)) guide_file = *g;
    m.finish();

    if (decks) {
      if (!decks->is_sequence() || decks->items.empty()) {
        diags_.error(src.at_offset(decks->offset), "\"decks\" must list at least one deck file",
                     "write e.g.\n  decks:\n    - decks/profils.yaml");
      } else {
        for (const auto& item : decks->items) {
          if (item.is_map()) {
            read_deck(item, src, "kit.yaml", kit);
          } else if (auto file = read_text(item, src, diags_, "a deck file")) {
            read_deck_file(*file, kit);
          }
        }
      }
    }
    if (!stickers_file.empty()) read_stickers_file(stickers_file, kit);
    if (!guide_file.empty()) read_guide_file(guide_file, kit);
    check_unique_decks(kit);
    if (kit.card_count() > limits_.max_cards) {
      diags_.error(Location{shown("kit.yaml"), 0, 0, {}},
                   "the kit has " + std::to_string(kit.card_count()) +
                       " cards, more than the limit of " + std::to_string(limits_.max_cards),
                   "split it into several kits");
    }
  }

  void read_theme(const YamlNode& n, const SourceFile& src, Theme& theme) {
    MapReader m(n, src, diags_, "\"theme\"");
    if (auto f = m.text("font", false)) {
      theme.font = f->value;
      theme.font_where = f->where;
    }
    if (auto c = m.colour("text-colour", false)) theme.text = *c;
    if (auto c = m.colour("muted-colour", false)) theme.muted = *c;
    auto size = [&](const char* key, Length& into) {
      if (auto l = m.length(key, false)) {
        if (l->points() < 4 || l->points() > 200) {
          diags_.error(m.key_at(key), std::string("\"") + key + "\" must be between 4pt and 200pt",
                       "text sizes are usually 7pt to 14pt");
        } else {
          into = *l;
        }
      }
    };
    size("title-size", theme.title_size);
    size("body-size", theme.body_size);
    size("min-size", theme.min_size);
    m.finish();
  }

  // A value of `print:` checked by one of the shared parsers; reports `why` at its place.
  template <typename Parse>
  void parsed(MapReader& m, const char* key, Parse parse) {
    if (auto t = m.text(key, false)) {
      std::string why;
      if (!parse(t->value, &why)) {
        diags_.error(t->where, std::string("\"") + key + "\": \"" + t->value + "\" is not valid",
                     why);
      }
    }
  }

  void read_print(const YamlNode& n, const SourceFile& src, PrintSettings& ps) {
    MapReader m(n, src, diags_, "\"print\"");
    if (!m.ok()) return;
    if (auto t = m.text("paper", false)) {
      if (resolve_size(*t, paper_sizes(), "the paper", diags_)) ps.paper = *t;
    }
    parsed(m, "orientation", [&](const std::string& v, std::string* why) {
      return bool(ps.orientation = parse_orientation(v, why));
    });
    parsed(m, "grid", [&](const std::string& v, std::string* why) {
      return parse_grid(v, &ps.cols, &ps.rows, why);
    });
    if (auto g = m.length("gutter", false)) ps.gutter = *g;
    parsed(m, "duplex", [&](const std::string& v, std::string* why) {
      return bool(ps.duplex = parse_duplex(v, why));
    });
    parsed(m, "back-offset", [&](const std::string& v, std::string* why) {
      Length x, y;
      if (!parse_offset(v, &x, &y, why)) return false;
      ps.back_dx = x, ps.back_dy = y;
      return true;
    });
    if (const YamlNode* press = m.get("press")) read_press(*press, src, ps);
    m.finish();
  }

  void read_press(const YamlNode& n, const SourceFile& src, PrintSettings& ps) {
    MapReader m(n, src, diags_, "\"press\"");
    if (!m.ok()) return;
    if (auto b = m.length("bleed", false)) {
      if (b->millimetres() > 10) {
        diags_.error(m.key_at("bleed"), "\"bleed\" must be at most 10mm",
                     "print shops ask for 3mm (Europe) or 0.125in (US)");
      } else {
        ps.bleed = *b;
      }
    }
    parsed(m, "crop-marks", [&](const std::string& v, std::string* why) {
      if (v != "true" && v != "false") {
        *why = "write true (marks outside the bleed) or false (no marks: most shops' choice)";
        return false;
      }
      ps.crop_marks = v == "true";
      return true;
    });
    if (const YamlNode* oc = m.get("output-condition")) {
      MapReader om(*oc, src, diags_, "\"output-condition\"");
      if (om.ok()) {
        if (auto id = om.text("identifier", true)) ps.output_condition = id->value;
        if (auto info = om.text("info", false)) ps.output_info = info->value;
        if (auto prof = om.text("profile", false)) {
          // Like every file a kit names, the profile must be inside the kit folder.
          std::string rel = kit_file(*prof);
          if (!rel.empty()) {
            ps.output_profile = shown(rel);
            if (std::string why = cmyk_output_profile_problem(shown(rel)); !why.empty())
              diags_.error(prof->where,
                           "\"profile\": " + prof->value + " is not a CMYK output profile: " + why,
                           "give the ICC profile of the print shop's printing condition (an "
                           "output profile in CMYK, e.g. ISO Coated v2 for FOGRA39)");
          }
        }
        om.finish();
      }
    }
    m.finish();
  }

  void read_words(const YamlNode& n, const SourceFile& src, Kit& kit) {
    MapReader m(n, src, diags_, "\"words\"");
    for (const auto& w : sheet_words())
      if (auto t = m.text(w.key, false)) kit.words[w.key] = *t;
    m.finish();
  }

  // Reads `key` as one of `names` into the enum `out` (names in the enum's order); an unknown
  // word is an error with "did you mean" and the choices.
  template <typename Enum>
  void choose(MapReader& m, const std::string& key, const std::vector<std::string>& names,
              const std::string& what, Enum& out) {
    auto t = m.text(key, false);
    if (!t) return;
    auto it = std::find(names.begin(), names.end(), t->value);
    if (it == names.end()) {
      diags_.error(t->where,
                   "unknown " + what + " \"" + t->value + "\"" + did_you_mean(t->value, names),
                   "use " + join_choices(names));
    } else {
      out = static_cast<Enum>(it - names.begin());
    }
  }

  void read_deck_file(const Text& file, Kit& kit) {
    std::string rel = kit_file(file);
    const YamlNode* root = rel.empty() ? nullptr : parse(rel);
    if (root) {
      read_deck(*root, *current_, rel, kit);
    } else {
      deck_missing_ = true;
    }
  }

  // A deck file that could not be read: references to deck ids are not checked then, as the
  // missing deck may be the one they name (its error is the one to fix).
  bool deck_missing_ = false;

  void read_deck(const YamlNode& node, const SourceFile& src, const std::string& rel, Kit& kit) {
    Deck deck;
    deck.file = rel;
    deck.where = src.at_offset(node.offset);
    MapReader m(node, src, diags_, "the deck");
    if (!m.ok()) {
      deck_missing_ = true;
      return;
    }
    if (auto id = m.text("id", true); id && valid_id(*id)) deck.id = id->value;
    deck.name = fold(m.text("name", true), "the deck name");
    if (auto c = m.colour("colour", true)) deck.colour = *c;
    choose(m, "symbol", {"circle", "square", "triangle", "diamond", "hexagon"}, "symbol",
           deck.symbol);
    if (auto s = m.text("size", false)) {
      if (auto size = resolve_size(*s, card_sizes(), "the card size", diags_)) deck.size = *size;
    } else {
      deck.size = card_sizes().count("poker") ? card_sizes().at("poker")
                                              : NamedSize{"poker", Length::mm(63), Length::mm(88)};
    }
    choose(m, "front", {"text", "prompts", "big"}, "card layout", deck.front);
    choose(m, "back", {"standard", "blank"}, "back layout", deck.back);
    deck.lead = fold(m.text("lead", false), "the lead");
    deck.prompts = m.text_list("prompts", false);
    if (auto o = m.text("orientation", false)) {
      std::string why;
      if (auto orient = parse_orientation(o->value, &why)) {
        deck.landscape = *orient == Orientation::Landscape;
        double w = deck.size.width.points(), h = deck.size.height.points();
        if (deck.landscape ? w < h : w > h) std::swap(deck.size.width, deck.size.height);
      } else {
        diags_.error(o->where, "\"orientation\": \"" + o->value + "\" is not valid", why);
      }
    }
    if (auto c = m.integer("copies", 1, 1000, false)) deck.copies = *c;
    if (auto i = m.text("icon", false)) deck.icon = image(*i);
    const YamlNode* fields = m.get("fields");
    const YamlNode* cards = m.require("cards");
    m.finish();
    if (fields) {
      if (m.get("front")) {
        diags_.error(m.key_at("front"),
                     "a deck declares either \"fields\" or a \"front\" layout, not both",
                     "remove \"front\": the layouts text, prompts and big are presets of fields");
      }
      deck.front = FrontLayout::Fields;
      read_fields(*fields, src, deck);
    } else {
      deck.fields = preset_fields(deck.front);
    }
    if (deck.front == FrontLayout::Prompts && deck.prompts.empty()) {
      diags_.error(m.key_at("front"), "the layout \"prompts\" needs a \"prompts\" list in the deck",
                   "add\n  prompts:\n    - First question");
    }
    if (deck.has_back_fields()) {
      if (m.get("back")) {
        diags_.error(m.key_at("back"),
                     "fields with \"side: back\" print on the back: the deck cannot also have "
                     "\"back\"",
                     "remove \"back\", or print those fields on the front");
      }
      deck.back = BackLayout::Fields;
    }
    if (cards && cards->is_map())
      read_csv_cards(*cards, src, deck);
    else if (cards)
      read_cards(*cards, src, deck);
    kit.decks.push_back(std::move(deck));
  }

  // The fields of a preset layout, in print order.
  static std::vector<Field> preset_fields(FrontLayout front) {
    auto field = [](const char* name, FieldStyle style, bool required = false) {
      Field f;
      f.name = name;
      f.style = style;
      f.required = required;
      return f;
    };
    std::vector<Field> out;
    switch (front) {
      case FrontLayout::Text:
      case FrontLayout::Fields:
        out = {field("title", FieldStyle::Title, true), field("body", FieldStyle::Text)};
        break;
      case FrontLayout::Prompts: {
        Field prompts = field("prompts", FieldStyle::Lines);
        prompts.from_prompts = true;
        out = {field("title", FieldStyle::Title, true), field("body", FieldStyle::Text), prompts};
        break;
      }
      case FrontLayout::Big:
        out = {field("title", FieldStyle::Big, true), field("body", FieldStyle::Text)};
        break;
    }
    out.push_back(field("footnote", FieldStyle::Note));
    return out;
  }

  void read_fields(const YamlNode& n, const SourceFile& src, Deck& deck) {
    if (!n.is_map() || n.entries.empty()) {
      diags_.error(src.at_offset(n.offset), "\"fields\" must map each field name to its style",
                   "write e.g.\n  fields:\n    name: title\n    role: text\n    question: "
                   "{style: label, label: Question}");
      return;
    }
    static const std::vector<std::string> styles = {"title", "text",  "label", "lines",
                                                    "big",   "badge", "note"};
    static const std::set<std::string> reserved = {"id", "copies", "prompts", "icon", "image"};
    std::set<int> corners;
    for (const auto& [key, spec] : n.entries) {
      Field f;
      f.where = src.at_offset(key.offset);
      Text name{key.scalar, f.where};
      if (!key.is_scalar() || !valid_id(name)) continue;
      f.name = key.scalar;
      if (reserved.count(f.name)) {
        diags_.error(f.where, "\"" + f.name + "\" is a card key of kitpress, not a field name",
                     "choose another name for the field");
        continue;
      }
      if (deck.find_field(f.name)) {
        diags_.error(f.where, "the field \"" + f.name + "\" is declared twice",
                     "give each field its own name");
        continue;
      }
      std::string style;
      Text style_at;
      if (spec.is_scalar()) {
        style_at = Text{spec.scalar, src.at_offset(spec.offset)};
      } else {
        MapReader fm(spec, src, diags_, "a field");
        if (!fm.ok()) continue;
        if (auto s = fm.text("style", true)) style_at = *s;
        if (const YamlNode* r = fm.get("required")) {
          if (r->is_scalar() && (r->scalar == "true" || r->scalar == "false")) {
            f.required = r->scalar == "true";
          } else {
            diags_.error(fm.at(*r), "\"required\" must be true or false");
          }
        }
        f.default_value = fold(fm.text("default", false), "the default of field " + f.name);
        f.label = fold(fm.text("label", false), "the label of field " + f.name);
        if (auto l = fm.integer("lines", 1, 40, false)) f.lines = *l;
        choose(fm, "corner", {"top-right", "top-left", "bottom-right", "bottom-left"}, "corner",
               f.corner);
        choose(fm, "side", {"front", "back"}, "side", f.side);
        fm.finish();
      }
      if (style_at.value.empty()) style_at.value = "text";  // reported; read on
      auto it = std::find(styles.begin(), styles.end(), style_at.value);
      if (it == styles.end()) {
        diags_.error(
            style_at.where,
            "unknown field style \"" + style_at.value + "\"" + did_you_mean(style_at.value, styles),
            "use " + join_choices(styles));
        it = styles.begin() + 1;  // read on as a text field: the cards' values are not errors
      }
      f.style = static_cast<FieldStyle>(it - styles.begin());
      if (f.style == FieldStyle::Label && f.label.empty()) {
        diags_.error(f.where, "the field \"" + f.name + "\" has the style label but no label",
                     "write e.g.\n    " + f.name + ": {style: label, label: Question}");
      }
      if (f.style == FieldStyle::Badge &&
          !corners.insert(static_cast<int>(f.corner) * 2 + static_cast<int>(f.side)).second) {
        diags_.error(f.where, "two badges of the deck share a corner",
                     "give this one another corner: top-left, bottom-right or bottom-left");
      }
      if (f.required && !f.default_value.empty()) f.required = false;  // the default serves
      deck.fields.push_back(std::move(f));
    }
  }

  void read_cards(const YamlNode& n, const SourceFile& src, Deck& deck) {
    if (!n.is_sequence() || n.items.empty()) {
      diags_.error(src.at_offset(n.offset), "\"cards\" must be a list of at least one card",
                   "write each card as \"  - id: ...\" followed by its title and body");
      return;
    }
    std::map<std::string, Location> ids;
    for (const auto& item : n.items) {
      MapReader m(item, src, diags_, "the card");
      if (!m.ok()) continue;
      Card card;
      card.where = src.at_offset(item.offset);
      if (auto id = m.text("id", true)) card_id(*id, deck, ids, card);
      std::string what = "card \"" + card.id + "\"";
      // The keys of the presets are the format's own (in the schema); a declared field is
      // the kit's.
      auto read = [&](const std::string& name, bool required) {
        return is_standard_field(name) ? m.text(name, required) : m.declared_text(name, required);
      };
      for (const auto& f : deck.fields) {
        if (f.from_prompts) continue;
        card.value(f.name) = fold(read(f.name, f.required), "the " + f.name + " of " + what);
      }
      card.prompts = m.text_list("prompts", false);
      card.copies = deck.copies;
      if (auto c = m.integer("copies", 1, 1000, false)) card.copies = *c;
      if (auto i = m.text("icon", false)) card.icon = image(*i);
      m.finish();
      deck.cards.push_back(std::move(card));
    }
  }

  // Sets the card's id if it is valid and not already one of `ids` (which it joins).
  void card_id(const Text& id, const Deck& deck, std::map<std::string, Location>& ids, Card& card) {
    if (!valid_id(id)) return;
    card.id = id.value;
    auto [it, fresh] = ids.emplace(id.value, id.where);
    if (!fresh) {
      diags_.error(id.where, "duplicate card id \"" + id.value + "\" in deck \"" + deck.id + "\"",
                   "the first is at line " + std::to_string(it->second.line) +
                       "; give each card its own id");
    }
  }

  // `cards: {csv: file}`: one card a row of a spreadsheet, whose header names the columns:
  // id, copies, icon and the deck's fields.
  void read_csv_cards(const YamlNode& n, const SourceFile& src, Deck& deck) {
    MapReader m(n, src, diags_, "the card source");
    std::optional<Text> file = m.text("csv", true);
    m.finish();
    if (!file) return;
    std::optional<CsvTable> table = read_csv_file(dir_, *file, diags_);
    if (!table) return;
    deck.csv = file->value;
    std::vector<std::string> columns = {"id", "copies", "icon"};
    for (const auto& f : deck.fields)
      if (!f.from_prompts) columns.push_back(f.name);
    enum { kId = -1, kCopies = -2, kIcon = -3, kUnknown = -4 };
    std::vector<int> role;  // per column: a field index, or one of the keys above
    std::set<std::string> present;
    for (const Text& h : table->header) {
      present.insert(h.value);
      int r = h.value == "id"       ? kId
              : h.value == "copies" ? kCopies
              : h.value == "icon"   ? kIcon
                                    : kUnknown;
      for (size_t k = 0; k < deck.fields.size() && r == kUnknown; ++k)
        if (deck.fields[k].name == h.value && !deck.fields[k].from_prompts) r = static_cast<int>(k);
      if (r == kUnknown) {
        diags_.error(h.where,
                     "the column \"" + h.value + "\" is not a field of the deck \"" + deck.id +
                         "\"" + did_you_mean(h.value, columns),
                     "the columns may be " + join_choices(columns) +
                         "; declare the field in the deck's \"fields\" to print it");
      }
      role.push_back(r);
    }
    for (const auto& f : deck.fields) {
      if (f.required && !f.from_prompts && !present.count(f.name)) {
        diags_.error(table->header[0].where,
                     "the CSV file has no column \"" + f.name + "\" for the required field",
                     "add a column named \"" + f.name + "\" to the header row");
      }
    }
    if (table->rows.empty()) {
      diags_.error(file->where, "the CSV file \"" + file->value + "\" has no cards, only a header",
                   "each row after the header is a card");
    }
    std::map<std::string, Location> ids;
    for (size_t r = 0; r < table->rows.size(); ++r) {
      const std::vector<Text>& cells = table->rows[r];
      Card card;
      card.where = table->row_where[r];
      card.id = std::to_string(r + 1);  // the row number when there is no id column
      card.copies = deck.copies;
      for (size_t k = 0; k < cells.size(); ++k)
        if (role[k] == kId) card_id(cells[k], deck, ids, card);
      const std::string what = "card \"" + card.id + "\"";
      for (size_t k = 0; k < cells.size(); ++k) {
        const Text& cell = cells[k];
        if (role[k] >= 0) {
          const Field& f = deck.fields[static_cast<size_t>(role[k])];
          if (f.required && cell.empty()) {
            diags_.error(cell.where,
                         what + " has no value for the required field \"" + f.name + "\"",
                         "fill in this cell");
          }
          card.value(f.name) = fold(cell, "the " + f.name + " of " + what);
        } else if (role[k] == kCopies && !cell.empty()) {
          const bool digits = cell.value.size() <= 4 &&
                              cell.value.find_first_not_of("0123456789") == std::string::npos;
          const int count = digits ? std::stoi(cell.value) : 0;
          if (count < 1 || count > 1000) {
            diags_.error(cell.where,
                         "\"copies\": \"" + cell.value +
                             "\" is not a whole number "
                             "from 1 to 1000",
                         "write how many of this card to print, e.g. 2");
          } else {
            card.copies = count;
          }
        } else if (role[k] == kIcon && !cell.empty()) {
          card.icon = image(cell);
        }
      }
      deck.cards.push_back(std::move(card));
    }
  }

  void read_stickers_file(const Text& file, Kit& kit) {
    std::string rel = kit_file(file);
    if (rel.empty()) return;
    const YamlNode* root = parse(rel);
    if (!root) return;
    const SourceFile& src = *current_;
    MapReader m(*root, src, diags_, "the stickers");
    if (!m.ok()) return;
    Stickers st;
    st.where = src.at_offset(root->offset);
    st.caption = fold(m.text("caption", false), "the caption");
    if (const YamlNode* c = m.get("copies")) read_sticker_copies(*c, src, st);
    st.colour = kit.theme.text;
    st.colour_where = st.where;
    if (auto c = m.colour("colour", false)) {
      st.colour = *c;
      st.colour_where = m.key_at("colour");
    }
    const YamlNode* sets = m.get("sets");
    st.texts = m.text_list("texts", sets == nullptr);
    if (sets && sets->is_sequence()) {
      for (const auto& n : sets->items) read_sticker_set(n, src, st);
    } else if (sets) {
      diags_.error(src.at_offset(sets->offset),
                   "\"sets\" must be a list of sets ({id, texts, caption, colour, copies})");
    }
    if (const YamlNode* products = m.get("products"))
      read_label_products(*products, src, diags_, st.products);
    if (auto product = m.text("product", false)) {
      st.product = *product;
      if (!find_label_product(product->value, st.products)) {
        diags_.error(
            product->where,
            "unknown label product \"" + product->value + "\"" +
                suggest_label_product(product->value, st.products),
            "`kitpress labels` lists the products; a kit can define its own under \"products:\"");
      }
    }
    st.safe_margin_where = st.where;
    if (auto margin = m.length("safe-margin", false)) {
      st.safe_margin = *margin;
      st.safe_margin_where = m.key_at("safe-margin");
    }
    if (auto size = m.length("size", false)) {
      if (size->points() < 4 || size->points() > 72)
        diags_.error(m.key_at("size"), "the sticker text size must be between 4pt and 72pt");
      else
        st.size = *size;
    }
    m.finish();
    for (const auto& t : st.texts) check_length(t, "a sticker text");
    kit.stickers = std::move(st);
  }

  // copies: per-participant, {per-participant: N} (N sets each) or a number of sets in all.
  void read_sticker_copies(const YamlNode& c, const SourceFile& src, StickerSet& set) {
    if (c.is_scalar() && c.scalar == "per-participant") {
      set.per_participant = true;
      set.copies = 1;
    } else if (c.is_map()) {
      MapReader cm(c, src, diags_, "the stickers' \"copies\"");
      if (auto k = cm.integer("per-participant", 1, 100, true)) set.copies = *k;
      cm.finish();
      set.per_participant = true;
    } else if (auto k = read_integer(c, src, diags_,
                                     "\"copies\" (or per-participant, or {per-participant: N})", 1,
                                     1000)) {
      set.per_participant = false;
      set.copies = *k;
    }
  }

  // One of `sets:`: its id and texts, and its own caption, colour and copies (else the file's).
  void read_sticker_set(const YamlNode& n, const SourceFile& src, Stickers& st) {
    MapReader m(n, src, diags_, "a sticker set");
    if (!m.ok()) return;
    StickerSet set = static_cast<const StickerSet&>(st);
    set.where = m.where();
    set.id.clear();
    if (auto id = m.text("id", true); id && valid_id(*id)) {
      for (const auto& other : st.sets)
        if (other.id == id->value)
          diags_.error(id->where, "two sticker sets have the id \"" + id->value + "\"",
                       "give each set its own id: it keys the set's translations");
      set.id = id->value;
    }
    if (auto c = m.text("caption", false)) set.caption = fold(c, "the caption");
    if (const YamlNode* c = m.get("copies")) read_sticker_copies(*c, src, set);
    if (auto c = m.colour("colour", false)) {
      set.colour = *c;
      set.colour_where = m.key_at("colour");
    }
    set.texts = m.text_list("texts", true);
    m.finish();
    for (const auto& t : set.texts) check_length(t, "a sticker text");
    st.sets.push_back(std::move(set));
  }

  void read_guide_file(const Text& file, Kit& kit) {
    std::string rel = kit_file(file);
    if (rel.empty()) return;
    const YamlNode* root = parse(rel);
    if (!root) return;
    GuideReading reading{diags_, [this](const Text& id) { return valid_id(id); },
                         pending_deck_refs_};
    read_guide(*root, *current_, reading, kit);
  }

  std::vector<Text> pending_deck_refs_;

  void check_unique_decks(const Kit& kit) {
    std::map<std::string, const Deck*> seen;
    std::vector<std::string> ids;
    for (const auto& d : kit.decks) {
      if (d.id.empty()) continue;
      auto [it, fresh] = seen.emplace(d.id, &d);
      if (!fresh) {
        diags_.error(d.where,
                     "duplicate deck id \"" + d.id + "\" (also in " + it->second->file + ")",
                     "give each deck its own id");
      }
      ids.push_back(d.id);
    }
    for (const auto& ref : pending_deck_refs_) {
      if (!seen.count(ref.value) && !deck_missing_) {
        diags_.error(ref.where,
                     "no deck has the id \"" + ref.value + "\"" + did_you_mean(ref.value, ids),
                     "the decks are " + join_choices(ids));
      }
    }
  }
};

}  // namespace

std::optional<Kit> load_kit(const std::string& dir, Diagnostics& diags, const KitLimits& limits) {
  Loader loader(dir, diags, limits);
  return loader.load();
}

}  // namespace kp
