// Unit tests for model/kit_loader on the default kit and the YAML cases.
#include "model/kit_loader.hpp"

#include <doctest/doctest.h>

#include "core/colour.hpp"
#include "core/paths.hpp"
#include "model/text_keys.hpp"

using namespace kp;

TEST_CASE("the default kit loads: 3 decks, 20 cards, 13 stickers, guide sections") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/kit/bulle-dg", d);
  REQUIRE_MESSAGE(kit, (d.items().empty() ? "" : d.items()[0].message));
  CHECK(kit->language == "fr");
  CHECK(kit->title.value == "Dans la bulle de votre DG");
  REQUIRE(kit->decks.size() == 3);
  CHECK(kit->decks[0].cards.size() == 3);
  CHECK(kit->decks[1].cards.size() == 7);
  CHECK(kit->decks[2].cards.size() == 10);
  CHECK(kit->card_count() == 20);
  CHECK(kit->decks[0].prompts.size() == 3);
  CHECK(kit->decks[0].front == FrontLayout::Prompts);
  REQUIRE(kit->stickers);
  CHECK(kit->stickers->texts.size() == 13);
  CHECK(kit->stickers->per_participant);
  CHECK(kit->guide.size() >= 4);
  CHECK(kit->authors.size() == 2);
  CHECK(kit->decks[1].cards[0].title.where.file.find("decks/arguments.yaml") != std::string::npos);
}

TEST_CASE("the default theme's deck colours meet WCAG AA for white band text") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/kit/bulle-dg", d);
  REQUIRE(kit);
  for (const auto& deck : kit->decks) {
    CAPTURE(deck.id);
    CHECK(contrast_ratio(deck.colour, Colour::white()) >= 4.5);
  }
  CHECK(contrast_ratio(kit->theme.muted, Colour::white()) >= 4.5);
  CHECK(contrast_ratio(kit->theme.text, Colour::white()) >= 7);
  REQUIRE(kit->stickers);
  CHECK(contrast_ratio(kit->stickers->colour, Colour::white()) >= 4.5);
}

TEST_CASE("a kit with several errors reports all of them") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/tests/cases/bad/wrong-type", d);
  CHECK_FALSE(kit);
  CHECK(d.error_count() == 2);
}

TEST_CASE("a missing kit folder is a clear error") {
  Diagnostics d;
  CHECK_FALSE(load_kit("no/such/kit", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message.find("does not exist") != std::string::npos);
}

TEST_CASE("the presets are field lists; a deck's own fields, copies and orientation load") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/kit/bulle-dg", d);
  REQUIRE(kit);
  const auto& prompts = kit->decks[0].fields;
  REQUIRE(prompts.size() == 4);
  CHECK(prompts[0].name == "title");
  CHECK(prompts[0].style == FieldStyle::Title);
  CHECK(prompts[2].style == FieldStyle::Lines);
  CHECK(prompts[2].from_prompts);
  CHECK(prompts[3].style == FieldStyle::Note);

  Diagnostics d2;
  auto fk = load_kit(project_dir() + "/tests/cases/fields-kit", d2);
  REQUIRE_MESSAGE(fk, (d2.items().empty() ? "" : d2.items()[0].message));
  const Deck& actors = fk->decks[0];
  CHECK(actors.front == FrontLayout::Fields);
  REQUIRE(actors.fields.size() == 7);
  CHECK(actors.back == BackLayout::Fields);
  CHECK(actors.fields[1].name == "role");
  CHECK(actors.fields[2].style == FieldStyle::Label);
  CHECK(actors.fields[2].label.value == "Apport");
  CHECK(actors.fields[4].style == FieldStyle::Badge);
  CHECK(actors.fields[4].corner == Corner::TopRight);
  CHECK(actors.cards[0].value("role").value.find("arbitre") != std::string::npos);
  CHECK(actors.title_of(actors.cards[0]).value == "La maire");
  CHECK(actors.shown(actors.cards[1], actors.fields[4]).value == "2 mois");  // the default
  CHECK(actors.cards[0].copies == 2);
  CHECK(actors.printed_count() == 4);
  const Deck& actions = fk->decks[1];
  CHECK(actions.landscape);
  CHECK(actions.size.width.millimetres() == doctest::Approx(120));
  CHECK(actions.back == BackLayout::Fields);
  CHECK(actions.fields[3].lines == 2);
}

TEST_CASE("declared fields, their labels and defaults have translation keys") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/tests/cases/fields-kit", d);
  REQUIRE(kit);
  std::map<std::string, std::string> keys;
  visit_texts(*kit, [&](const std::string& k, const Text& t) { keys[k] = t.value; });
  CHECK(keys["decks.acteurs.cards.maire.name"] == "La maire");
  CHECK(keys["decks.acteurs.cards.maire.brings"] == "Le foncier communal");
  CHECK(keys["decks.acteurs.cards.agricultrice.footnote"].find("circuits") != std::string::npos);
  CHECK(keys["decks.acteurs.fields.brings.label"] == "Apport");
  CHECK(keys["decks.acteurs.fields.duration.default"] == "2 mois");
  CHECK(keys["decks.actions.cards.compost.hint"] == "Commencez par un seul quartier.");
  CHECK(keys["decks.actions.fields.notes.label"] == "Nos idées");
  CHECK_FALSE(keys.count("decks.acteurs.cards.agricultrice.duration"));  // no value: the default
}

TEST_CASE("icons: a deck's and a card's SVG are read once each, located at their key") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/tests/cases/fields-kit", d);
  REQUIRE_MESSAGE(kit, (d.items().empty() ? "" : d.items()[0].message));
  const Deck& acteurs = kit->decks[0];
  REQUIRE(acteurs.icon);
  CHECK(acteurs.icon->format == ImageAsset::Format::Svg);
  CHECK(acteurs.icon->name == "icons/acteurs.svg");
  CHECK(acteurs.icon->where.file.find("decks/acteurs.yaml") != std::string::npos);
  REQUIRE(acteurs.cards[0].icon);
  CHECK(acteurs.cards[0].icon->name == "icons/cle.svg");
  CHECK(!acteurs.cards[1].icon);
  CHECK(!kit->decks[1].icon);
}

TEST_CASE("a CSV deck: one card a row, values by column name, ids, copies, located cells") {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/tests/cases/csv-kit", d);
  REQUIRE_MESSAGE(kit, (d.items().empty() ? "" : format_diagnostic(d.items()[0], false)));
  const Deck& deck = kit->decks[0];
  CHECK(deck.csv == "decks/contacts.csv");
  REQUIRE(deck.cards.size() == 50);
  const Card& c = deck.cards[0];
  CHECK(c.id == "c01");
  CHECK(deck.title_of(c).value == "Contact 01");  // the title field is `name`
  CHECK(c.value("area").value == "Sud");
  CHECK(c.value("role").value == "Agricultrice, maraîchère bio");
  CHECK(c.value("role").where.file.find("contacts.csv") != std::string::npos);
  CHECK(c.value("role").where.line == 2);
  CHECK(c.value("role").where.column == 16);  // its opening quote, after "c01,Contact 01,"
  CHECK(deck.cards[2].copies == 2);
  CHECK(deck.cards[1].copies == 1);
  CHECK(deck.cards[6].value("role").value == "Deux missions :\nla voirie et les marchés");
  CHECK(deck.cards[7].where.line == 10);  // after the line break inside quotes
  CHECK(deck.printed_count() == 51);
}
