// cards-press.txt: the job sheet's decks, pages and counts against the press PDF and --groups.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

namespace {

struct DeckLine {
  std::string id;
  int first = 0, last = 0, different = 0, to_print = 0;
};

// The decks of a job sheet, from its "Deck", "Pages", "Cards" and "To print" lines.
std::vector<DeckLine> read_sheet(const std::string& text, int* total) {
  std::vector<DeckLine> decks;
  static const std::regex deck(R"re(^Deck ".*" \(([a-z0-9-]+)\)$)re"),
      pages(R"(^  Pages: ([0-9]+)-([0-9]+) )"), cards(R"(^  Cards: ([0-9]+) different$)"),
      print(R"(^  To print: ([0-9]+) cards$)"), sum(R"(^Total: ([0-9]+) cards to print)");
  std::istringstream in(text);
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, m, deck)) decks.push_back({m[1], 0, 0, 0, 0});
    if (decks.empty()) continue;
    if (std::regex_search(line, m, pages))
      decks.back().first = std::stoi(m[1]), decks.back().last = std::stoi(m[2]);
    if (std::regex_search(line, m, cards)) decks.back().different = std::stoi(m[1]);
    if (std::regex_search(line, m, print)) decks.back().to_print = std::stoi(m[1]);
    if (std::regex_search(line, m, sum)) *total = std::stoi(m[1]);
  }
  return decks;
}

std::string build(const std::string& name, const std::string& args) {
  std::string out = temp_dir(name);
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " --only cards --press -q -o " + sh_quote(out) + " " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  return out + "/fr/";
}

}  // namespace

TEST_CASE("cards-press.txt: per deck, cards = its pages / 2, in the press PDF's order") {
  const std::string dir = build("job-sheet", "");
  const std::string text = read_text_file(dir + "cards-press.txt");
  REQUIRE(!text.empty());
  int total = -1;
  auto decks = read_sheet(text, &total);
  REQUIRE(decks.size() == 3);
  int pages = 0, next = 1;
  for (const auto& d : decks) {
    CAPTURE(d.id);
    CHECK(d.first == next);
    CHECK(d.different == (d.last - d.first + 1) / 2);
    pages += d.last - d.first + 1;
    next = d.last + 1;
  }
  CHECK(pages == std::stoi(read_info(dir + "cards-press.pdf")["Pages"]));
  // The default session: 3 sub-groups, one profile card each, a set of the others each.
  CHECK(decks[0].to_print == 3);
  CHECK(decks[1].to_print == 3 * decks[1].different);
  CHECK(decks[2].to_print == 3 * decks[2].different);
  CHECK(total == decks[0].to_print + decks[1].to_print + decks[2].to_print);
  for (const char* word : {"Bleed: 3 mm", "Duplex: ", "Finishing: cut to the TrimBox",
                           "Stock: ", "Card size: 63 mm x 88 mm"})
    CHECK_MESSAGE(text.find(word) != std::string::npos, word);
}

TEST_CASE("cards-press.txt: the copies follow --groups") {
  int total = -1;
  auto decks =
      read_sheet(read_text_file(build("job-sheet-6", "--groups 6") + "cards-press.txt"), &total);
  REQUIRE(decks.size() == 3);
  CHECK(decks[0].to_print == 6);  // 6 sub-groups, each its profile card: two of each of 3
  CHECK(decks[1].to_print == 6 * decks[1].different);
  CHECK(total == 6 + 6 * decks[1].different + 6 * decks[2].different);
  auto four =
      read_sheet(read_text_file(build("job-sheet-4", "--groups 4") + "cards-press.txt"), &total);
  REQUIRE(four.size() == 3);
  CHECK(four[0].to_print == 4);
}
