// guide.yaml `handout:`: the handout's title, its sections (guide section or deck ids) and the
// "my next step" box, every value located.
#include "model/handout_reader.hpp"

#include "core/suggest.hpp"

namespace kp {

std::optional<Handout> read_handout(const YamlNode& n, const SourceFile& src, Diagnostics& diags) {
  MapReader m(n, src, diags, "\"handout\"");
  if (!m.ok()) return std::nullopt;
  Handout h;
  h.where = m.where();
  if (auto t = m.text("title", true)) h.title = *t;
  h.sections = m.text_list("sections", true);
  if (auto t = m.text("next-step", false)) h.next_step = *t;
  if (auto k = m.integer("next-step-lines", 1, 20, false)) h.next_step_lines = *k;
  m.finish();
  if (h.sections.empty() && m.get("sections"))
    diags.error(h.where, "the handout has no sections",
                "list the guide sections (or decks) it reprints, e.g. sections: [argumentaire]");
  return h;
}

const GuideSection* find_guide_section(const std::vector<GuideSection>& sections,
                                       const std::string& id) {
  for (const auto& s : sections) {
    if (s.id == id) return &s;
    if (const GuideSection* sub = find_guide_section(s.sections, id)) return sub;
  }
  return nullptr;
}

namespace {
void collect_ids(const std::vector<GuideSection>& sections, std::vector<std::string>& out) {
  for (const auto& s : sections) {
    out.push_back(s.id);
    collect_ids(s.sections, out);
  }
}
}  // namespace

void check_handout(const Kit& kit, Diagnostics& diags) {
  if (!kit.session.handout) return;
  std::vector<std::string> ids;
  collect_ids(kit.guide, ids);
  for (const auto& d : kit.decks) ids.push_back(d.id);
  for (const auto& s : kit.session.handout->sections) {
    if (find_guide_section(kit.guide, s.value) || kit.find_deck(s.value)) continue;
    diags.error(s.where,
                "the handout's section \"" + s.value + "\" is neither a guide section nor a deck" +
                    did_you_mean(s.value, ids),
                "name the id of a section of the guide (at any depth) or of a deck");
  }
}

}  // namespace kp
