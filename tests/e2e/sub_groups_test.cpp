// End-to-end checks of decks used per sub-group (tests/cases/sub-groups-kit): the guide's group
// table, its uneven-deal sentence and materials counts against the printed worksheets and
// cards, for several participant and group numbers, and the --packs order.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

const std::vector<std::string> kActors = {"Mayor", "Baker",  "Teacher",
                                          "Nurse", "Grocer", "Student"};

std::string build_kit(const std::string& name, const std::string& options) {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " +
               sh_quote(project_dir() + "/tests/cases/sub-groups-kit") + " -o " + sh_quote(out) +
               " -q " + options);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/en/";
}

std::string all_text(const std::vector<PdfPage>& pages) {
  std::string s;
  for (const auto& p : pages) s += p.text() + " ";
  return s;
}

// The count at the start of the materials line that goes on with `rest`, e.g. "canvases".
int materials_count(const std::string& guide_text, const std::string& rest) {
  std::smatch m;
  const std::regex re("(\\d+) " + rest);
  REQUIRE_MESSAGE(std::regex_search(guide_text, m, re), rest);
  return std::stoi(m[1]);
}

// The lines of the front pages of cards.pdf (odd pages: each is followed by its backs), in
// the order they are drawn, keeping only the cover slips' headings and the card titles.
std::vector<std::string> front_titles(const std::string& pdf) {
  const int pages = std::stoi(read_info(pdf).at("Pages"));
  std::vector<std::string> out;
  for (int p = 1; p <= pages; p += 2) {
    auto r = run("pdftotext -raw -f " + std::to_string(p) + " -l " + std::to_string(p) + " " +
                 sh_quote(pdf) + " -");
    std::istringstream in(r.out);
    std::string previous;
    for (std::string line; std::getline(in, line); previous = line) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      // A cover slip's line wrapped before a card title ("the canvas of" / "Mayor") is no card.
      const char end = previous.empty() ? ' ' : previous.back();
      const bool after_of =
          previous.size() >= 3 && previous.compare(previous.size() - 3, 3, " of") == 0;
      if (end == ':' || end == ',' || after_of) continue;
      const bool title = std::find(kActors.begin(), kActors.end(), line) != kActors.end() ||
                         line == "Who decides?" || line == "When?" || line == "Answer key";
      if (title || std::regex_match(line, std::regex("Group \\d+"))) out.push_back(line);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("six cards for four groups: table, uneven sentence, canvases and materials agree") {
  const std::string dir = build_kit("sub-groups", "");
  auto guide = read_words(dir + "guide.pdf");
  const std::string text = all_text(guide);
  // The group table: groups 1 and 2 get the fifth and sixth cards; the guide says so.
  CHECK(text.find("Group 1 Mayor, Grocer") != std::string::npos);
  CHECK(text.find("Group 2 Baker, Student") != std::string::npos);
  CHECK(text.find("Group 3 Teacher") != std::string::npos);
  CHECK(text.find("Group 4 Nurse") != std::string::npos);
  CHECK(text.find("6 cards for 4 groups, dealt in turn: groups 1, 2 get 2 cards, the others 1.") !=
        std::string::npos);
  // One canvas per card dealt: six, each card's once, as the materials line says; then the
  // text sheet, the form with a scale and its tally.
  auto sheets = read_words(dir + "worksheets.pdf");
  CHECK(materials_count(text, "canvases") == 6);
  REQUIRE(sheets.size() == 9);
  for (size_t i = 0; i < kActors.size(); ++i) CHECK(sheets[i].words.at(0).text == kActors[i]);
  CHECK(sheets[6].text().find("Rules of the game") != std::string::npos);
  CHECK(sheets[6].text().find("A group with two actors plays both in turn.") != std::string::npos);
  CHECK(sheets[7].text().find("1. How useful was the game? 1 2 3 4 5") != std::string::npos);
  CHECK(sheets[8].text().find("Feedback tally") != std::string::npos);
  CHECK(sheets[8].text().find("How useful was the game? Answer 1 2 3 4 5") != std::string::npos);
  CHECK(materials_count(text, "actor cards") == 6);
  CHECK(materials_count(text, "sets of 2 questions") == 4);
  CHECK(materials_count(text, "answer key") == 1);
}

TEST_CASE("--packs: each group's cards in one run after its cover slip, then the other decks") {
  const std::string dir = build_kit("sub-groups-packs", "--packs");
  const std::vector<std::string> expected = {"Group 1",      "Mayor",   "Grocer",    "Who decides?",
                                             "When?",        "Group 2", "Baker",     "Student",
                                             "Who decides?", "When?",   "Group 3",   "Teacher",
                                             "Who decides?", "When?",   "Group 4",   "Nurse",
                                             "Who decides?", "When?",   "Answer key"};
  CHECK(front_titles(dir + "cards.pdf") == expected);
  // The slip names the group's cards, its worksheet and the minutes of agenda step 2.
  const std::string text = all_text(read_words(dir + "cards.pdf"));
  CHECK(text.find("Actors: Mayor, Grocer Worksheet: the canvas of Mayor, Grocer") !=
        std::string::npos);
  CHECK(text.find("Questions (2) Time: 40 min") != std::string::npos);
}

TEST_CASE("for any number of participants and groups, the guide's counts are what is printed") {
  for (int groups : {1, 2, 3, 5, 6, 7}) {
    for (int participants : {5, 17}) {
      CAPTURE(groups);
      CAPTURE(participants);
      const std::string dir =
          build_kit("sub-groups-" + std::to_string(groups) + "-" + std::to_string(participants),
                    "--packs --groups " + std::to_string(groups) + " --participants " +
                        std::to_string(participants));
      const std::string text = all_text(read_words(dir + "guide.pdf"));
      const auto fronts = front_titles(dir + "cards.pdf");
      auto count = [&](const std::string& what) {
        return static_cast<int>(std::count(fronts.begin(), fronts.end(), what));
      };
      int actors = 0, slips = 0;
      for (const auto& a : kActors) actors += count(a);
      for (int g = 1; g <= groups; ++g) slips += count("Group " + std::to_string(g));
      CHECK(materials_count(text, "actor cards") == actors);
      // The canvases, then the rules, the form and its tally, one page each.
      CHECK(materials_count(text, "canvases") ==
            static_cast<int>(read_words(dir + "worksheets.pdf").size()) - 3);
      CHECK(materials_count(text, "sets of 2 questions") == count("Who decides?"));
      CHECK(materials_count(text, "sets of 2 questions") == groups);
      CHECK(materials_count(text, "answer key") == count("Answer key"));
      CHECK(materials_count(text, "pens") == participants);
      CHECK(slips == groups);
      // Every group in the table, every card dealt at least once.
      for (int g = 1; g <= groups; ++g)
        CHECK(text.find("Group " + std::to_string(g) + " ") != std::string::npos);
      for (const auto& a : kActors) CHECK(count(a) >= 1);
      const bool even = 6 % groups == 0 || groups % 6 == 0;
      CHECK((text.find("dealt in turn") == std::string::npos) == even);
    }
  }
}
