// Unit tests for model/session_counts and model/guide_reader: profiles dealt to sub-groups,
// the computed materials checklist, clock times and the session plan.
#include "model/session_counts.hpp"

#include <doctest/doctest.h>

#include "core/paths.hpp"
#include "model/guide_reader.hpp"
#include "model/kit_loader.hpp"

using namespace kp;

namespace {
Kit default_kit(int participants, int groups) {
  Diagnostics d;
  auto kit = load_kit(project_dir() + "/kit/bulle-dg", d);
  REQUIRE_MESSAGE(kit, (d.items().empty() ? "" : d.items()[0].message));
  kit->participants = participants;
  kit->groups = groups;
  return *kit;
}

int count_of(const std::vector<MaterialLine>& lines, const std::string& fragment) {
  for (const auto& l : lines)
    if (l.text.find(fragment) != std::string::npos) return l.count;
  return -1;
}
}  // namespace

TEST_CASE("the default kit's session plan: 2 hours, guests, survey from the profiles") {
  Kit kit = default_kit(12, 3);
  const Session& s = kit.session;
  int total = 0;
  for (const auto& st : s.agenda) total += st.minutes;
  CHECK(total == 120);
  CHECK(s.start_minutes == 9 * 60 + 30);
  CHECK(s.guests == 2);
  REQUIRE(s.sheets.size() == 4);
  const Worksheet* survey = s.find_sheet("survey");
  REQUIRE(survey);
  REQUIRE(survey->questions.at(0).choices.size() == 3);
  CHECK(survey->questions[0].choices[0].value == "Le DG méprisant");
  const Worksheet* rapport = s.find_sheet("rapport");
  REQUIRE(rapport);
  CHECK(rapport->kind == Worksheet::Kind::Notes);
  CHECK(rapport->prompts.size() == 4);
  REQUIRE(s.canvas_sheet());
  CHECK(s.canvas_sheet()->deck == "profils");
  CHECK(s.sheets[2].kind == Worksheet::Kind::Tally);
  CHECK(s.sheets[2].form == "survey");
}

TEST_CASE("the materials checklist follows participants and groups") {
  // 12 participants × 13 qualities = 156 labels, 21 a sheet (Avery L7160): 8 sheets.
  auto lines = materials_checklist(default_kit(12, 3), {156, 21, 8}, ", ");
  CHECK(count_of(lines, "Profils de DG") == 3);
  CHECK(count_of(lines, "questionnaires") == 12);
  CHECK(count_of(lines, "planches") == 8);
  CHECK(count_of(lines, "stylos") == 14);
  CHECK(count_of(lines, "feutres") == 6);
  CHECK(count_of(lines, "Rapport") == 2);
  auto more = materials_checklist(default_kit(24, 4), {312, 21, 15}, ", ");
  CHECK(count_of(more, "Profils de DG") == 4);
  CHECK(count_of(more, "Argumentaire") == 4);
  CHECK(count_of(more, "questionnaires") == 24);
  CHECK(count_of(more, "planches") == 15);
  CHECK(count_of(more, "stylos") == 26);
  CHECK(count_of(more, "feutres") == 8);
  bool per_profile = false;
  for (const auto& l : more)
    if (l.text.find("Le DG méprisant\u00A0×\u00A02") != std::string::npos) per_profile = true;
  CHECK(per_profile);
  for (const auto& l : more) {
    CHECK(l.text.find('{') == std::string::npos);  // every placeholder filled in
    CHECK(l.text.rfind(std::to_string(l.count), 0) == 0);
  }
}

TEST_CASE("clock times") {
  CHECK(parse_clock("9:30") == 570);
  CHECK(parse_clock("09h05") == 545);
  CHECK(parse_clock("23:59") == 1439);
  CHECK(!parse_clock("24:00"));
  CHECK(!parse_clock("9.30"));
  CHECK(!parse_clock("nine"));
}

TEST_CASE("the materials' {cards} counts every copy of a card") {
  Kit kit = default_kit(12, 3);
  MaterialItem item;
  item.text.value = "{n} jeu de {cards} cartes {deck}";
  item.deck = "leviers";
  kit.session.materials = {item};
  auto before = materials_checklist(kit, {156, 21, 8}, ", ");
  REQUIRE(before.size() == 1);
  CHECK(before[0].text == "1 jeu de 10 cartes Leviers");
  Deck& leviers = kit.decks[2];
  leviers.cards[0].copies = 3;  // two more of the first card
  auto after = materials_checklist(kit, {156, 21, 8}, ", ");
  CHECK(after[0].text == "1 jeu de 12 cartes Leviers");
}
