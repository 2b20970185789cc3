// guide.yaml: sections with blocks and subsections, and the session plan, every value located.
#include "model/guide_reader.hpp"

#include <algorithm>
#include <regex>

#include "core/suggest.hpp"
#include "model/deck_use_reader.hpp"
#include "model/handout_reader.hpp"
#include "model/stock.hpp"
#include "model/word_table.hpp"
#include "model/worksheets_reader.hpp"

namespace kp {

std::optional<int> parse_clock(const std::string& text) {
  static const std::regex re("([01]?[0-9]|2[0-3])[:hH]([0-5][0-9])");
  std::smatch m;
  if (!std::regex_match(text, m, re)) return std::nullopt;
  return std::stoi(m[1]) * 60 + std::stoi(m[2]);
}

namespace {

class GuideReader {
 public:
  GuideReader(const SourceFile& src, GuideReading& r, Kit& kit) : src_(src), r_(r), kit_(kit) {}

  void read(const YamlNode& root) {
    MapReader m(root, src_, r_.diags, "the guide");
    if (!m.ok()) return;
    Session& s = kit_.session;
    s.where = m.where();
    if (const YamlNode* w = m.get("words")) words(*w);
    if (auto e = m.text("event", false)) s.event = *e;
    if (auto p = m.text("paper", false))
      if (auto size = resolve_size(*p, paper_sizes(), "the guide's paper", r_.diags))
        s.guide_paper = *size;
    if (const YamlNode* n = m.get("session")) session(*n);
    if (const YamlNode* n = m.get("agenda")) agenda(*n);
    if (const YamlNode* n = m.get("decks")) read_deck_uses(*n, src_, r_, s.deck_uses);
    if (const YamlNode* n = m.get("materials")) materials(*n);
    if (const YamlNode* n = m.get("packs")) packs(*n);
    if (const YamlNode* n = m.get("sheets")) read_worksheets(*n, src_, r_, s.sheets);
    for (const char* old : {"survey", "rapport", "worksheets"})
      if (m.get(old))
        r_.diags.error(m.key_at(old), std::string("\"") + old + "\" is now a sheet of \"sheets:\"",
                       "write it as a list item under \"sheets:\": \"- canvas: deck-id\" (the "
                       "old worksheets:), \"- form: survey\" and \"- tally: survey\" (the old "
                       "survey: and its tally:), \"- notes: rapport\" (the old rapport:), with "
                       "the same keys (kit/README.md, \"sheets\")");
    if (const YamlNode* n = m.get("handout")) s.handout = read_handout(*n, src_, r_.diags);
    const YamlNode* sections = m.require("sections");
    m.finish();
    if (!sections) return;
    if (!sections->is_sequence()) {
      r_.diags.error(src_.at_offset(sections->offset), "\"sections\" must be a list of sections");
      return;
    }
    for (const auto& n : sections->items) section(n, kit_.guide, 1);
  }

 private:
  const SourceFile& src_;
  GuideReading& r_;
  Kit& kit_;

  Location at(const YamlNode& n) const { return src_.at_offset(n.offset); }

  bool sequence(const YamlNode& n, const std::string& what) {
    if (n.is_sequence()) return true;
    r_.diags.error(at(n),
                   what + " must be a list (lines starting with \"- \"), not " + n.kind_name());
    return false;
  }

  // A closed list (model/word_table.cpp): an unknown key is an error with "did you mean".
  void words(const YamlNode& n) {
    MapReader m(n, src_, r_.diags, "the guide's \"words\"");
    if (!m.ok()) return;
    for (const auto& w : guide_words())
      if (auto t = m.text(w.key, false)) kit_.session.words[w.key] = *t;
    m.finish();
  }

  void session(const YamlNode& n) {
    MapReader m(n, src_, r_.diags, "\"session\"");
    Session& s = kit_.session;
    if (auto t = m.text("start", false)) {
      if (auto c = parse_clock(t->value)) {
        s.start_minutes = *c;
      } else {
        r_.diags.error(t->where, "\"" + t->value + "\" is not a clock time",
                       "write it as H:MM, e.g. \"9:30\" (quoted)");
      }
    }
    if (auto g = m.integer("guests", 0, 100, false)) s.guests = *g;
    m.finish();
  }

  void agenda(const YamlNode& n) {
    MapReader m(n, src_, r_.diags, "\"agenda\"");
    if (auto t = m.text("note", false)) kit_.session.agenda_note = *t;
    const YamlNode* steps = m.require("steps");
    m.finish();
    if (!steps || !sequence(*steps, "\"steps\"")) return;
    for (const auto& item : steps->items) {
      MapReader sm(item, src_, r_.diags, "an agenda step");
      if (!sm.ok()) continue;
      AgendaStep st;
      st.where = sm.where();
      if (auto id = sm.text("id", false); id && r_.valid_id(*id)) st.id = id->value;
      if (auto d = sm.integer("minutes", 1, 1440, true)) st.minutes = *d;
      if (auto t = sm.text("title", true)) st.title = *t;
      if (auto t = sm.text("who", false)) st.who = *t;
      if (auto t = sm.text("materials", false)) st.materials = *t;
      sm.finish();
      kit_.session.agenda.push_back(std::move(st));
    }
  }

  void materials(const YamlNode& n) {
    if (!sequence(n, "\"materials\"")) return;
    static const std::vector<std::string> pers = {"participants", "groups", "guests", "one",
                                                  "sticker-sheets"};
    for (const auto& item : n.items) {
      MapReader m(item, src_, r_.diags, "a materials line");
      if (!m.ok()) continue;
      MaterialItem mi;
      mi.where = m.where();
      if (auto t = m.text("text", true)) mi.text = *t;
      const bool has_deck = m.get("deck") != nullptr;
      mi.per = MaterialItem::Per::UsedDeck;
      if (auto p = m.text("per", !has_deck)) {
        auto it = std::find(pers.begin(), pers.end(), p->value);
        if (it == pers.end()) {
          r_.diags.error(p->where,
                         "unknown count \"" + p->value + "\"" + did_you_mean(p->value, pers),
                         "\"per\" is one of " + join_choices(pers));
        } else {
          mi.per = static_cast<MaterialItem::Per>(it - pers.begin());
        }
      }
      if (auto k = m.integer("times", 1, 1000, false)) mi.times = *k;
      if (auto k = m.integer("plus", 0, 1000, false)) mi.plus = *k;
      if (auto d = m.text("deck", false)) {
        mi.deck = d->value;
        r_.deck_refs.push_back(*d);
      }
      m.finish();
      kit_.session.materials.push_back(std::move(mi));
    }
  }

  void packs(const YamlNode& n) {
    MapReader m(n, src_, r_.diags, "\"packs\"");
    if (auto k = m.integer("step", 1, 1000, false)) {
      kit_.session.pack_step = *k;
      step_where_ = m.key_at("step");
    }
    m.finish();
  }

  void section(const YamlNode& n, std::vector<GuideSection>& into, int depth) {
    MapReader sm(n, src_, r_.diags, "the guide section");
    if (!sm.ok()) return;
    GuideSection sec;
    if (auto id = sm.text("id", true); id && r_.valid_id(*id)) sec.id = id->value;
    if (auto t = sm.text("title", true)) sec.title = *t;
    const YamlNode* body = sm.get("body");
    const YamlNode* subs = sm.get("sections");
    sm.finish();
    if (body) read_body(*body, sec);
    if (subs) {
      if (depth >= 3) {
        r_.diags.error(at(*subs), "sections nest three levels deep at most",
                       "move these sections up a level");
      } else if (sequence(*subs, "\"sections\"")) {
        for (const auto& s : subs->items) section(s, sec.sections, depth + 1);
      }
    }
    into.push_back(std::move(sec));
  }

  void read_body(const YamlNode& body, GuideSection& sec) {
    if (!body.is_sequence()) {
      r_.diags.error(at(body), "a section's \"body\" must be a list of paragraphs");
      return;
    }
    for (const auto& b : body.items) {
      GuideBlock block;
      block.where = at(b);
      if (b.is_scalar()) {
        if (auto t = read_text(b, src_, r_.diags, "a paragraph")) block.text = *t;
        sec.blocks.push_back(std::move(block));
        continue;
      }
      MapReader bm(b, src_, r_.diags, "a block of the guide");
      if (!bm.ok()) continue;
      using K = GuideBlock::Kind;
      auto deck_ref = [&](const std::string& key) {
        if (auto d = bm.text(key, false)) {
          block.deck = d->value;
          r_.deck_refs.push_back(*d);
          return true;
        }
        return false;
      };
      if (const YamlNode* list = bm.get("list")) {
        block.kind = K::List;
        items(*list, "\"list\"", block.items);
      } else if (const YamlNode* steps = bm.get("steps")) {
        block.kind = K::Steps;
        items(*steps, "\"steps\"", block.items);
      } else if (deck_ref("cards")) {
        block.kind = K::Cards;
      } else if (bm.get("stickers")) {
        block.kind = K::Stickers;
      } else if (auto tip = bm.text("tip", false)) {
        block.kind = K::Tip;
        block.text = *tip;
        if (auto t = bm.text("title", false)) block.title = *t;
        if (auto id = bm.text("id", false); id && r_.valid_id(*id)) block.id = id->value;
      } else if (bm.get("materials")) {
        block.kind = K::Materials;
      } else if (bm.get("agenda")) {
        block.kind = K::Agenda;
      } else if (deck_ref("groups")) {
        block.kind = K::Groups;
      } else if (deck_ref("profiles")) {
        block.kind = K::Profiles;
        block.items = bm.text_list("hints", false);
      } else if (bm.get("thumbnails")) {
        block.kind = K::Thumbnails;
      } else {
        r_.diags.error(block.where,
                       "a guide block must be a paragraph, {list: [...]}, {steps: [...]}, "
                       "{cards: deck-id}, {stickers: true}, {tip: text}, {materials: true}, "
                       "{agenda: true}, {groups: deck-id}, {profiles: deck-id} or "
                       "{thumbnails: true}");
      }
      bm.finish();
      sec.blocks.push_back(std::move(block));
    }
  }

  void items(const YamlNode& n, const std::string& what, std::vector<Text>& out) {
    if (!n.is_sequence()) {
      r_.diags.error(at(n), what + " must be a list of items");
      return;
    }
    for (const auto& it : n.items)
      if (auto t = read_list_item(it, src_, r_.diags, "a list item")) out.push_back(*t);
  }

 public:
  Location step_where_;  // where `packs: {step: N}` is written
};

}  // namespace

void read_guide(const YamlNode& root, const SourceFile& src, GuideReading& r, Kit& kit) {
  GuideReader reader(src, r, kit);
  reader.read(root);
  finish_worksheets(kit, r.diags);
  const int steps = static_cast<int>(kit.session.agenda.size());
  if (kit.session.pack_step > steps)
    r.diags.error(reader.step_where_,
                  "\"step\" is " + std::to_string(kit.session.pack_step) + " but the agenda has " +
                      std::to_string(steps) + " steps",
                  "give the number (from 1) of the agenda step the sub-groups work in");
  for (const auto& m : kit.session.materials)
    if (m.per == MaterialItem::Per::UsedDeck && !m.deck.empty() && !kit.session.use_of(m.deck))
      r.diags.error(m.where,
                    "the materials line counts deck \"" + m.deck +
                        "\" as it is used, "
                        "but \"decks:\" does not say how it is used",
                    "add \"" + m.deck +
                        ": {per: groups, deal: all}\" (or its use) under "
                        "\"decks:\", or give the line a \"per\"");
  check_handout(kit, r.diags);
}

}  // namespace kp
