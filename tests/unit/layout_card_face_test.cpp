// Unit tests for layout/card_face: golden traces of card faces and the safe zone.
#include "layout/card_face.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/paths.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "layout/card_style.hpp"
#include "model/kit_loader.hpp"
#include "render/trace.hpp"
#include "support/default_kit.hpp"
#include "text/font_sources.hpp"

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

namespace {
// A kit of the test cases loaded once, with its own fonts.
struct CaseKit {
  Diagnostics diags;
  Kit kit;
  FontContext fonts;
  explicit CaseKit(const std::string& rel) : fonts(font_dirs_for_kit(project_dir() + "/" + rel)) {
    auto k = load_kit(project_dir() + "/" + rel, diags);
    REQUIRE(k);
    kit = *k;
  }
};
}  // namespace

TEST_CASE("the presets as fields draw the other kit's faces as before (golden traces)") {
  // The references were written when the presets became fields, and cmp found its PDFs
  // byte-identical to those of the layouts before.
  CaseKit k("tests/cases/other-kit");
  Diagnostics d;
  CardContext ctx{k.kit, k.fonts, 0, d};
  const Deck& questions = k.kit.decks[0];
  const Deck& roles = k.kit.decks[1];
  double w = questions.size.width.points(), h = questions.size.height.points();
  check_golden("other-questions-act.trace", trace_face(card_front(ctx, questions, 2), w, h));
  check_golden("other-questions-back.trace", trace_face(card_back(ctx, questions), w, h));
  w = roles.size.width.points(), h = roles.size.height.points();
  check_golden("other-roles-devil.trace", trace_face(card_front(ctx, roles, 2), w, h));
  check_golden("other-roles-back.trace", trace_face(card_back(ctx, roles), w, h));
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("declared fields: every value is drawn, the badge in its corner, the hint on the back") {
  CaseKit k("tests/cases/fields-kit");
  Diagnostics d;
  CardContext ctx{k.kit, k.fonts, 0, d};
  const Deck& actors = k.kit.decks[0];
  const double w = actors.size.width.points();
  std::string text;
  double badge_x = 0, badge_y = 1e9;
  Group g = card_front(ctx, actors, 0);
  for_each_run(g.items, Transform(), [&](const GlyphRun& r, const Transform& t) {
    text += r.text + " ";
    if (r.text.find("semaines") != std::string::npos) {
      badge_x = t.apply(r.origin).x;
      badge_y = t.apply(r.origin).y;
    }
  });
  CHECK(text.find("La maire") != std::string::npos);
  CHECK(text.find("arbitre") != std::string::npos);
  CHECK(text.find("**") == std::string::npos);
  CHECK(text.find("Apport") != std::string::npos);
  CHECK(text.find("foncier communal") != std::string::npos);
  CHECK(text.find("Question") != std::string::npos);
  CHECK(badge_x > w / 2);                              // right half
  CHECK(badge_y < CardStyle::from(k.kit.theme).band);  // in the band
  const Deck& actions = k.kit.decks[1];
  CHECK(actions.size.width.points() > actions.size.height.points());
  std::string back;
  for_each_run(card_fields_back(ctx, actions, 0).items, Transform(),
               [&](const GlyphRun& r, const Transform&) { back += r.text + " "; });
  CHECK(back.find("quartier") != std::string::npos);
  CHECK(back.find("Composter") == std::string::npos);
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("no card title of the default kit is smaller than its body, in any language") {
  const std::string dir = project_dir() + "/kit/bulle-dg";
  auto& k = default_kit();
  std::vector<std::string> languages = translation_languages(dir);
  languages.insert(languages.begin(), k.kit.language);
  REQUIRE(languages.size() == 6);
  for (const auto& lang : languages) {
    CAPTURE(lang);
    Diagnostics d;
    Kit kit = k.kit;
    if (lang != k.kit.language) {
      auto t = load_translation(dir, lang, d);
      REQUIRE(t);
      kit = localize(k.kit, *t, d);
    }
    FontSources sources{font_dirs_for_kit(dir), system_fonts_for(lang).found};
    auto fonts = sources.context();
    CardContext ctx{kit, *fonts, 0, d};
    int cards = 0;
    for (const auto& deck : kit.decks) {
      for (size_t i = 0; i < deck.cards.size(); ++i) {
        CAPTURE(deck.cards[i].id);
        // In the text colour, bold runs are the title's and regular ones the body's (the
        // default kit's bodies have no **bold**); band, footer, lead and prompts have others.
        double title = 1e9, body = 0;
        for_each_run(card_front(ctx, deck, i).items, Transform(),
                     [&](const GlyphRun& r, const Transform&) {
                       if (!(r.colour == kit.theme.text)) return;
                       if (r.font->postscript_name().find("Bold") != std::string::npos)
                         title = std::min(title, r.font->size());
                       else
                         body = std::max(body, r.font->size());
                     });
        CHECK(title < 1e9);
        CHECK(title >= body);
        ++cards;
      }
    }
    CHECK(cards == 20);
    CHECK_FALSE(d.has_errors());
  }
}

TEST_CASE("a title that fits only below the body size is a located error, not an inversion") {
  auto& k = default_kit();
  Kit kit = k.kit;
  Deck& deck = kit.decks[2];
  deck.cards[0].title.value =
      "Un titre beaucoup trop long pour tenir sur deux lignes de la carte sans devenir plus "
      "petit que le texte";
  Diagnostics d;
  CardContext ctx{kit, k.fonts, 0, d};
  Group g = card_front(ctx, deck, 0);
  REQUIRE(d.error_count() >= 1);
  CHECK(d.items()[0].message.find("card \"leviers/pas-a-pas\": the title does not fit") == 0);
  CHECK(d.items()[0].hint.find("a title stays at least as large as the body (10.0pt)") == 0);
  CHECK(d.items()[0].where.line > 0);
}
