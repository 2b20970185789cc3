// The participants' handout: a title block, the chosen sections through the guide's own
// section layout, and a box with writing lines for the participant's next step.
#include "layout/handout_document.hpp"

#include "i18n/typography.hpp"
#include "layout/cards_document.hpp"
#include "layout/guide_document.hpp"
#include "model/handout_reader.hpp"

namespace kp {

namespace {

// A deck named in `sections:` prints as a section of its own: its name and its cards.
GuideSection deck_section(const Deck& deck) {
  GuideSection sec;
  sec.id = deck.id;
  sec.title = deck.name;
  GuideBlock cards;
  cards.kind = GuideBlock::Kind::Cards;
  cards.where = deck.where;
  cards.deck = deck.id;
  sec.blocks.push_back(cards);
  return sec;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : separator) + p;
  return out;
}

}  // namespace

Document compose_handout(const Kit& kit, const FontContext& fonts, const StickerOptions& stickers,
                         Diagnostics& diags) {
  Document doc;
  if (!kit.session.handout) return doc;
  const Handout& h = *kit.session.handout;
  const Session& s = kit.session;
  doc.info = kit_document_info(kit, s.word("handout"));
  FlowStyle style = guide_flow_style(kit);
  FlowFrame frame;
  frame.width = s.guide_paper.width.points();
  frame.height = s.guide_paper.height.points();
  frame.left = frame.right = 20 * kPointsPerMm;
  frame.top = 22 * kPointsPerMm;
  frame.bottom = 20 * kPointsPerMm;
  frame.header_left = apply_typography(kit.title.value, kit.language);

  std::vector<FlowBlock> blocks;
  FlowBlock title = flow_heading(1, h.title.value, "handout");
  title.where = h.title.where;
  blocks.push_back(title);
  FlowBlock about = flow_paragraph(
      joined({"**" + kit.title.value + "**", s.event.value, format_date(kit)}, " · "));
  about.where = kit.title.where;
  blocks.push_back(about);
  for (const auto& id : h.sections) {
    const GuideSection* sec = find_guide_section(kit.guide, id.value);
    std::vector<FlowBlock> part;
    if (sec) {
      part = guide_section_blocks(kit, fonts, stickers, *sec, 2, diags);
    } else if (const Deck* d = kit.find_deck(id.value)) {
      part = guide_section_blocks(kit, fonts, stickers, deck_section(*d), 2, diags);
    }
    for (auto& b : part) blocks.push_back(std::move(b));
  }
  if (!h.next_step.empty()) {
    FlowBlock heading = flow_paragraph("**" + h.next_step.value + "**");
    heading.keep_with_next = true;
    FlowBlock box = flow_box({heading, flow_rules(h.next_step_lines, 9 * kPointsPerMm)},
                             style.accent.tint(0.9));
    box.where = h.next_step.where;
    blocks.push_back(flow_spacer(4 * kPointsPerMm));
    blocks.push_back(box);
  }
  FlowResult flow = layout_flow(fonts, blocks, style, frame, diags);
  if (flow.pages.size() > 2) {
    diags.warning(h.where,
                  "the handout takes " + std::to_string(flow.pages.size()) +
                      " pages; a handout to take home is one or two",
                  "reprint fewer sections in handout: sections");
  }
  // The decks' colours across the top of the first page, as on the guide's cover.
  if (!flow.pages.empty() && !kit.decks.empty()) {
    const double stripe = frame.width / static_cast<double>(kit.decks.size());
    double x = 0;
    for (const auto& d : kit.decks) {
      flow.pages.front().items.emplace_back(
          rect_shape({x, 0, stripe + 0.3, 5 * kPointsPerMm}, d.colour));
      x += stripe;
    }
  }
  doc.pages = std::move(flow.pages);
  doc.bookmarks = std::move(flow.bookmarks);
  return doc;
}

}  // namespace kp
