// Job sheet text: decks with their pages and counts, then the press file's print settings.
#include "layout/job_sheet.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "model/session_counts.hpp"

namespace kp {

namespace {

// How many of each card of `deck` the session needs: by its use (`decks:`); else from the
// first material line naming the deck, as sets ({cards}) or dealt one card per sub-group
// ({per-profile}); else one.
std::vector<int> copies_of(const Kit& kit, const Deck& deck) {
  if (kit.session.use_of(deck.id)) return session_copies(kit, deck);
  for (const auto& m : kit.session.materials) {
    if (m.deck != deck.id) continue;
    const int n = material_count(kit, m, {});
    if (m.text.value.find("{per-profile}") == std::string::npos)
      return std::vector<int>(deck.cards.size(), n);
    std::vector<int> copies(deck.cards.size(), 0);
    for (const auto& d : deal_cards(deck.cards.size(), n, 1)) ++copies[d.card];
    return copies;
  }
  return std::vector<int>(deck.cards.size(), 1);
}

std::string mm(double points) {
  return format_mm(Length::pt(points));
}

}  // namespace

std::string job_sheet(const Kit& kit, const PressOptions& o, const Document& press) {
  std::ostringstream out;
  out << "Print job: " << kit.title.value << " (" << kit.language << ")\n"
      << "File: cards-press.pdf, " << press.pages.size() << " pages, PDF/X-1a:2001, CMYK ("
      << (o.output.info.empty() ? o.output.identifier : o.output.info) << ")\n"
      << "Session: " << kit.participants << " participants in " << kit.groups << " sub-groups\n";
  int total = 0, different = 0;
  for (const auto& deck : kit.decks) {
    size_t first = 0, last = 0;
    for (size_t i = 0; i < press.pages.size(); ++i)
      if (press.pages[i].label.rfind(deck.id + "/", 0) == 0) {
        if (!first) first = i + 1;
        last = i + 1;
      }
    const std::vector<int> copies = copies_of(kit, deck);
    const int cards = std::accumulate(copies.begin(), copies.end(), 0);
    const bool even =
        std::all_of(copies.begin(), copies.end(), [&](int c) { return c == copies.front(); });
    const double w = deck.size.width.points(), h = deck.size.height.points();
    out << "\nDeck \"" << deck.name.value << "\" (" << deck.id << ")\n"
        << "  Card size: " << mm(w) << " x " << mm(h) << " trim ("
        << (deck.size.name.empty() ? "custom" : deck.size.name) << "), " << mm(w + 2 * o.bleed)
        << " x " << mm(h + 2 * o.bleed) << " with bleed\n"
        << "  Pages: " << first << "-" << last << " (front, back of each card)\n"
        << "  Cards: " << deck.cards.size() << " different\n";
    if (copies.empty() || even) {
      out << "  Copies: " << (copies.empty() ? 0 : copies.front()) << " of each card\n";
    } else {
      out << "  Copies:";
      for (size_t i = 0; i < copies.size(); ++i)
        out << (i ? ", " : " ") << deck.cards[i].id << " x " << copies[i];
      out << "\n";
    }
    out << "  To print: " << cards << " cards\n";
    total += cards;
    different += static_cast<int>(deck.cards.size());
  }
  out << "\nStock: 300-350 g/m2 coated card (playing-card board), matt or silk, printed both "
         "sides\n"
      << "Bleed: " << mm(o.bleed) << " on every side (BleedBox), "
      << (o.crop_marks ? "crop marks outside the bleed" : "no crop marks") << "\n"
      << "Duplex: pages in front/back pairs: page 2 is the back of page 1, page 4 of page 3, "
         "..., each back the same way up as its front\n"
      << "Finishing: cut to the TrimBox, square corners\n"
      << "Total: " << total << " cards to print (" << different << " different)\n";
  return out.str();
}

}  // namespace kp
