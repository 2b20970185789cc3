// Unit tests for model/csv_reader: RFC 4180 quoting, line ends, BOM, separators, located errors.
#include "model/csv_reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/paths.hpp"

using namespace kp;

namespace {

std::optional<CsvTable> parse(const std::string& text, Diagnostics& d) {
  SourceFile src;
  src.path = "cards.csv";
  src.text = text;
  return parse_csv(src, d);
}

CsvTable parse_ok(const std::string& text) {
  Diagnostics d;
  auto t = parse(text, d);
  REQUIRE_MESSAGE(t, (d.items().empty() ? "" : format_diagnostic(d.items()[0], false)));
  CHECK(d.items().empty());
  return *t;
}

// The first error of parsing `text`, formatted as the user sees it.
std::string first_error(const std::string& text) {
  Diagnostics d;
  CHECK(!parse(text, d));
  REQUIRE(d.has_errors());
  return format_diagnostic(d.items()[0], false);
}

std::vector<std::string> values(const std::vector<Text>& row) {
  std::vector<std::string> out;
  for (const auto& c : row) out.push_back(c.value);
  return out;
}

using Row = std::vector<std::string>;

}  // namespace

TEST_CASE("a header row names the columns; each next row is a record") {
  CsvTable t = parse_ok("name,role\nAlice,Maire\nBob,Élu\n");
  CHECK(values(t.header) == Row{"name", "role"});
  REQUIRE(t.rows.size() == 2);
  CHECK(values(t.rows[0]) == Row{"Alice", "Maire"});
  CHECK(values(t.rows[1]) == Row{"Bob", "Élu"});
  CHECK(t.separator == ',');
}

TEST_CASE("quoted cells hold separators, doubled quotes and line breaks") {
  CsvTable t = parse_ok(
      "name,question\n"
      "\"Dupont, Marie\",\"Elle dit \"\"oui\"\".\"\n"
      "Paul,\"Deux\nlignes\"\n"
      "\"\",\"\"\"\"\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(values(t.rows[0]) == Row{"Dupont, Marie", "Elle dit \"oui\"."});
  CHECK(values(t.rows[1]) == Row{"Paul", "Deux\nlignes"});
  CHECK(values(t.rows[2]) == Row{"", "\""});
}

TEST_CASE("CRLF line ends, a missing final line end and blank lines") {
  CsvTable t = parse_ok("a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5");
  REQUIRE(t.rows.size() == 3);
  CHECK(values(t.rows[0]) == Row{"1", "2"});
  CHECK(values(t.rows[1]) == Row{"3", "x\r\ny"});  // inside quotes, kept as written
  CHECK(values(t.rows[2]) == Row{"4", "5"});
}

TEST_CASE("empty cells, a trailing separator and trimmed unquoted cells") {
  CsvTable t = parse_ok("a, b ,c\n,, \n 1 , \" 2 \",3\n");
  CHECK(values(t.header) == Row{"a", "b", "c"});
  REQUIRE(t.rows.size() == 2);
  CHECK(values(t.rows[0]) == Row{"", "", ""});
  CHECK(values(t.rows[1]) == Row{"1", " 2 ", "3"});  // quoted spaces are kept
}

TEST_CASE("semicolons or tabs as separator, as French and German spreadsheets write") {
  CsvTable t = parse_ok("nom;rôle;durée\nAlice;Maire, adjointe;6 semaines\n");
  CHECK(t.separator == ';');
  CHECK(values(t.rows[0]) == Row{"Alice", "Maire, adjointe", "6 semaines"});
  CsvTable tabs = parse_ok("a\tb\n1 2\t3\n");
  CHECK(tabs.separator == '\t');
  CHECK(values(tabs.rows[0]) == Row{"1 2", "3"});
  CsvTable one = parse_ok("name\nAlice\n");  // one column: no separator at all
  CHECK(values(one.rows[0]) == Row{"Alice"});
}

TEST_CASE("every cell is located at its line and column, in characters") {
  CsvTable t = parse_ok("nom,rôle\nÉlodie,\"Maire\nadjointe\"\nBob,x\n");
  CHECK(t.header[1].where.line == 1);
  CHECK(t.header[1].where.column == 5);
  CHECK(t.rows[0][0].where.line == 2);
  CHECK(t.rows[0][1].where.column == 8);  // "Élodie," is 7 characters (8 bytes)
  CHECK(t.rows[1][0].where.line == 4);    // after the line break inside quotes
  CHECK(t.rows[1][1].where.column == 5);
  CHECK(t.row_where[1].line == 4);
  CHECK(t.rows[1][1].where.file == "cards.csv");
}

TEST_CASE("an unclosed quote is an error at the opening quote, with a hint") {
  std::string e = first_error("name,role\nAlice,Maire\nBob,\"Élu\nCarl,x\n");
  CHECK(e.find("cards.csv:3:5: error: this quoted cell is never closed") == 0);
  CHECK(e.find("hint: end the cell with a quote") != std::string::npos);
}

TEST_CASE("text after a closing quote, wrong cell counts, bad header are located errors") {
  CHECK(first_error("a,b\n\"x\"y,2\n").find("cards.csv:2:4: error: text after the closing quote") ==
        0);
  std::string e = first_error("a,b\n1,2\n1,2,3\n");
  CHECK(
      e.find("cards.csv:3:1: error: this row has 3 cells, but the header names 2 columns (a, b)") ==
      0);
  CHECK(e.find("separated by commas") != std::string::npos);
  CHECK(first_error("a,,c\n1,2,3\n")
            .find("cards.csv:1:3: error: column 2 of the header has no "
                  "name") == 0);
  CHECK(first_error("a,b,a\n1,2,3\n")
            .find("cards.csv:1:5: error: the column \"a\" is named "
                  "twice") == 0);
  CHECK(first_error("").find("the CSV file is empty") != std::string::npos);
  CHECK(first_error("a,b\n1,\xC3\x28\n").find("cards.csv:2:3: error: invalid UTF-8") == 0);
}

TEST_CASE("every wrong row is reported in one run") {
  Diagnostics d;
  CHECK(!parse("a,b\n1\n2,3\n4,5,6\n", d));
  CHECK(d.error_count() == 2);
}

TEST_CASE("a header alone gives no rows; the row limit is an error") {
  CHECK(parse_ok("a,b\n").rows.empty());
  SourceFile src;
  src.path = "big.csv";
  src.text = "a\n1\n2\n3\n";
  Diagnostics d;
  CsvLimits limits;
  limits.max_rows = 2;
  CHECK(!parse_csv(src, d, limits));
  CHECK(d.items()[0].message.find("more than 2 rows") != std::string::npos);
}

TEST_CASE("read_csv_file drops a byte-order mark and stays inside the kit folder") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "kp-csv-test";
  fs::create_directories(dir);
  std::ofstream(dir / "cards.csv", std::ios::binary) << "\xEF\xBB\xBFname,role\r\nAlice,Maire\r\n";
  Diagnostics d;
  auto t = read_csv_file(dir.string(), Text{"cards.csv", Location{"deck.yaml", 3, 8, {}}}, d);
  REQUIRE(t);
  CHECK(values(t->header) == Row{"name", "role"});
  CHECK(t->header[0].where.column == 1);
  CHECK(t->header[0].where.file == (dir / "cards.csv").string());
  CHECK(!read_csv_file(dir.string(), Text{"../x.csv", Location{"deck.yaml", 3, 8, {}}}, d));
  CHECK(!read_csv_file(dir.string(), Text{"none.csv", Location{"deck.yaml", 3, 8, {}}}, d));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].where.line == 3);
  CHECK(d.items()[1].message.find("\"none.csv\" does not exist") != std::string::npos);
  fs::remove_all(dir);
}
