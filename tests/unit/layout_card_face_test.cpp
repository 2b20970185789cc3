// Unit tests for layout/card_face: golden traces of card faces and the safe zone.
#include "layout/card_face.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/paths.hpp"
#include "model/kit_loader.hpp"
#include "render/trace.hpp"
#include "support/default_kit.hpp"

using namespace kp;

namespace {

using test::default_kit;
using test::DefaultKit;

std::string trace_face(const Group& g, double w, double h) {
  Page p;
  p.width = w;
  p.height = h;
  p.items.emplace_back(g);
  return trace_page(p);
}

// Compares with tests/ref/NAME; KP_UPDATE_GOLDEN=1 rewrites the reference.
void check_golden(const std::string& name, const std::string& actual) {
  std::string path = std::string(KP_TESTS_DIR) + "/ref/" + name;
  if (std::getenv("KP_UPDATE_GOLDEN")) {
    std::ofstream(path) << actual;
    return;
  }
  std::ifstream f(path);
  REQUIRE_MESSAGE(f, "missing " << path << " (run with KP_UPDATE_GOLDEN=1 to create it)");
  std::stringstream s;
  s << f.rdbuf();
  CHECK(s.str() == actual);
}

}  // namespace

TEST_CASE("golden traces of a profile card, an argument card and a back") {
  auto& k = default_kit();
  Diagnostics d;
  CardContext ctx{k.kit, k.fonts, 0, d};
  const Deck& profils = k.kit.decks[0];
  const Deck& arguments = k.kit.decks[1];
  double w = profils.size.width.points(), h = profils.size.height.points();
  check_golden("card-profils-meprisant.trace", trace_face(card_front(ctx, profils, 0), w, h));
  check_golden("card-arguments-rayonner.trace", trace_face(card_front(ctx, arguments, 1), w, h));
  check_golden("back-leviers.trace", trace_face(card_back(ctx, k.kit.decks[2]), w, h));
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("every glyph of every card front lies in the 4 mm safe zone") {
  auto& k = default_kit();
  Diagnostics d;
  CardContext ctx{k.kit, k.fonts, 3 * kPointsPerMm, d};
  const double safe = 4 * kPointsPerMm - 0.01;
  for (const auto& deck : k.kit.decks) {
    for (size_t i = 0; i < deck.cards.size(); ++i) {
      Group g = card_front(ctx, deck, i);
      for_each_run(g.items, Transform(), [&](const GlyphRun& r, const Transform& t) {
        Point a = t.apply(r.origin);
        CAPTURE(r.text);
        CHECK(a.x >= safe);
        CHECK(a.x + r.width() <= deck.size.width.points() - safe + 0.5);
        CHECK(a.y <= deck.size.height.points() - safe);
        CHECK(a.y - r.font->size() * 0.75 >= safe);
      });
    }
  }
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("a body too long for the card is an error naming card, field and overflow") {
  auto& k = default_kit();
  Kit kit = k.kit;
  Deck& deck = kit.decks[2];
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "Une phrase de plus pour déborder. ";
  deck.cards[0].body.value = long_text;
  Diagnostics d;
  CardContext ctx{kit, k.fonts, 0, d};
  card_front(ctx, deck, 0);
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].message.find("card \"leviers/pas-a-pas\": the body does not fit: it is ") ==
        0);
  CHECK(d.items()[0].message.find("mm too tall at the minimum size 7.0pt") != std::string::npos);
}
