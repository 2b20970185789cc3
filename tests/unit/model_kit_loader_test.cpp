// Unit tests for model/kit_loader on the default kit and the YAML cases.
#include "model/kit_loader.hpp"

#include <doctest/doctest.h>

#include "core/colour.hpp"
#include "core/paths.hpp"

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
