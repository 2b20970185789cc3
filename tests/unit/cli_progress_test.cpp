// Unit tests for cli/progress: the bar's total is known from the start, it never goes back, and
// its line fits the terminal.
#include "cli/progress.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "core/utf8.hpp"

using namespace kp;

namespace {
size_t columns_of(const std::string& s) {
  return static_cast<size_t>(utf8_count(s, s.size()));
}
size_t filled(const std::string& line) {
  return line.find_first_not_of('#', 1) - 1;
}
}  // namespace

TEST_CASE("progress over several languages: counted in languages, never backwards") {
  Progress p(Progress::Mode::Silent, 3);
  CHECK(p.bar_line("x", 80).find("0/3 languages") != std::string::npos);
  // The first language is laid out with 4 files and writes them; the others start later.
  Progress::Part fr = p.part(0, 4);
  size_t last = 0;
  for (int i = 0; i < 4; ++i) {
    fr.done("out/fr/file.pdf");
    size_t now = filled(p.bar_line("out/fr/file.pdf", 80));
    CHECK(now >= last);
    last = now;
  }
  CHECK(p.bar_line("x", 80).find("1/3 languages") != std::string::npos);
  // A language with many more files starting now does not pull the bar back.
  Progress::Part de = p.part(1, 40);
  de.done("out/de/a.png");
  CHECK(filled(p.bar_line("x", 80)) >= last);
  Progress::Part ja = p.part(2, 1);
  ja.done("out/ja/cards.pdf");
  for (int i = 1; i < 40; ++i) de.done("out/de/a.png");
  const std::string full = p.bar_line("x", 80);
  CHECK(full.find("3/3 languages") != std::string::npos);
  CHECK(filled(full) == 20);  // 80 columns: a bar of 20
  CHECK(p.files_done() == 45);
}

TEST_CASE("progress of one language counts files; the line fits narrow terminals") {
  Progress p(Progress::Mode::Silent, 1);
  Progress::Part fr = p.part(0, 5);
  fr.done("out/fr/cards.pdf");
  CHECK(p.bar_line("out/fr/cards.pdf", 80).find("1/5 files out/fr/cards.pdf") != std::string::npos);
  const std::string name = "a-very-long-output-folder/fr/preview/profils-meprisant-recto.png";
  for (size_t columns : {20u, 30u, 40u, 60u, 200u}) {
    const std::string line = p.bar_line(name, columns);
    CHECK_MESSAGE(columns_of(line) < columns, columns << ": " << line);
  }
  CHECK(p.bar_line(name, 40).find("…") != std::string::npos);  // the name cut at its start
}
