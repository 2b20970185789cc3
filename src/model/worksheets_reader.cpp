// guide.yaml `sheets:`: canvas, form, tally, notes and text sheets, every value located.
#include "model/worksheets_reader.hpp"

#include <set>

#include "core/suggest.hpp"
#include "model/stock.hpp"

namespace kp {

namespace {

class SheetsReader {
 public:
  SheetsReader(const SourceFile& src, GuideReading& r) : src_(src), r_(r) {}

  void sheet(const YamlNode& n, std::vector<Worksheet>& out) {
    MapReader m(n, src_, r_.diags, "a sheet");
    if (!m.ok()) return;
    using K = Worksheet::Kind;
    Worksheet w;
    w.where = m.where();
    static const std::vector<std::pair<std::string, K>> kinds = {{"canvas", K::Canvas},
                                                                 {"form", K::Form},
                                                                 {"tally", K::Tally},
                                                                 {"notes", K::Notes},
                                                                 {"text", K::Text}};
    std::optional<Text> head;
    for (const auto& [key, kind] : kinds) {
      if (auto t = m.text(key, false)) {
        if (head) {
          r_.diags.error(t->where, "a sheet is of one kind: it says \"" + key + "\" and more",
                         "make two sheets");
          continue;
        }
        head = t;
        w.kind = kind;
      }
    }
    if (!head) {
      r_.diags.error(w.where, "a sheet needs its kind: canvas, form, tally, notes or text",
                     "start it with \"- canvas: deck-id\", \"- form: id\", \"- tally: form-id\", "
                     "\"- notes: id\" or \"- text: id\"");
      return;  // its other keys say nothing without a kind
    }
    if (auto id = m.text("id", false); id && r_.valid_id(*id)) w.id = id->value;
    if (w.kind != K::Canvas)
      if (auto t = m.text("title", true)) w.title = *t;
    if (auto t = m.text("intro", false)) w.intro = *t;
    if (auto p = m.text("paper", false))
      w.paper = resolve_size(*p, paper_sizes(), "the sheet's paper", r_.diags);
    switch (w.kind) {
      case K::Canvas:
        w.deck = head->value;
        r_.deck_refs.push_back(*head);
        if (w.id.empty()) w.id = "canvas";
        w.columns = m.text_list("columns", false);
        break;
      case K::Form:
        if (r_.valid_id(*head)) w.id = head->value;
        if (const YamlNode* qs = m.require("questions")) {
          questions(*qs, w.questions);
          if (w.questions.empty())
            r_.diags.error(m.key_at("questions"), "the form \"" + w.id + "\" has no questions",
                           "give it at least one question, or remove the sheet");
        }
        break;
      case K::Tally:
        w.form = head->value;
        forms_named_.push_back(*head);
        if (w.id.empty()) w.id = "tally";
        break;
      case K::Notes:
        if (r_.valid_id(*head)) w.id = head->value;
        w.prompts = m.text_list("prompts", true);
        if (auto t = m.text("signature", false)) w.signature = *t;
        break;
      case K::Text:
        if (r_.valid_id(*head)) w.id = head->value;
        w.paragraphs = m.text_list("body", true);
        break;
    }
    m.finish();
    if (!ids_.insert(w.id).second)
      r_.diags.error(w.where, "two sheets have the id \"" + w.id + "\"",
                     "give each sheet its own id (\"id: ...\"): it keys the translations");
    out.push_back(std::move(w));
  }

  std::vector<Text> forms_named_;

 private:
  const SourceFile& src_;
  GuideReading& r_;
  std::set<std::string> ids_;

  void questions(const YamlNode& n, std::vector<SurveyQuestion>& out) {
    if (!n.is_sequence()) {
      r_.diags.error(src_.at_offset(n.offset), "\"questions\" must be a list of questions");
      return;
    }
    for (const auto& item : n.items) {
      MapReader qm(item, src_, r_.diags, "a survey question");
      if (!qm.ok()) continue;
      SurveyQuestion q;
      q.where = qm.where();
      if (auto id = qm.text("id", false); id && r_.valid_id(*id)) q.id = id->value;
      if (auto t = qm.text("text", true)) q.text = *t;
      q.choices = qm.text_list("choices", false);
      if (auto d = qm.text("choices-from", false)) {
        r_.deck_refs.push_back(*d);
        q.choices_from = d->value;
      }
      if (auto t = qm.text("other", false)) q.other = *t;
      if (auto t = qm.text("write", false)) q.write = *t;
      if (auto k = qm.integer("lines", 0, 40, false)) q.lines = *k;
      if (auto k = qm.integer("scale", 2, 10, false)) q.scale = *k;
      qm.finish();
      out.push_back(std::move(q));
    }
  }
};

}  // namespace

void read_worksheets(const YamlNode& n, const SourceFile& src, GuideReading& r,
                     std::vector<Worksheet>& out) {
  if (!n.is_sequence()) {
    r.diags.error(src.at_offset(n.offset),
                  "\"sheets\" must be a list of sheets (lines starting with \"- \")");
    return;
  }
  SheetsReader reader(src, r);
  for (const auto& item : n.items) reader.sheet(item, out);
  for (const auto& f : reader.forms_named_) {
    bool found = false;
    std::vector<std::string> forms;
    for (const auto& w : out)
      if (w.kind == Worksheet::Kind::Form) {
        forms.push_back(w.id);
        found = found || w.id == f.value;
      }
    if (!found)
      r.diags.error(f.where,
                    "no form sheet has the id \"" + f.value + "\"" + did_you_mean(f.value, forms),
                    forms.empty() ? "add a \"- form: id\" sheet for the tally to count"
                                  : "the forms are " + join_choices(forms));
  }
}

void finish_worksheets(Kit& kit, Diagnostics& diags) {
  for (auto& w : kit.session.sheets)
    for (auto& q : w.questions)
      if (const Deck* d = kit.find_deck(q.choices_from))
        for (const auto& c : d->cards) {
          q.choices.push_back(c.title);
          q.notes.push_back(c.body);
        }
  for (const auto& w : kit.session.sheets) {
    const Worksheet* form =
        w.kind == Worksheet::Kind::Tally ? kit.session.find_sheet(w.form) : nullptr;
    if (!form) continue;
    bool counted = false;
    for (const auto& q : form->questions) counted = counted || !q.choices.empty() || q.scale > 0;
    if (!counted)
      diags.error(w.where, "the tally of form \"" + w.form + "\" has nothing to count",
                  "give one of the form's questions \"choices\", \"choices-from\" or "
                  "\"scale\", or remove the tally");
  }
}

}  // namespace kp
