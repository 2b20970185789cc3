// The command line as a user meets it: --version, --help with examples, the man page, usage errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;

TEST_CASE("--version and --help") {
  auto v = run(sh_quote(kitpress_binary()) + " --version");
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("kitpress ", 0) == 0);
  // The version, then the commit it was built from (a hash, "unknown" outside git).
  CHECK_MESSAGE(v.out.find(" (commit ") != std::string::npos, v.out);
  CHECK_MESSAGE(v.out.find("\ndata: ") != std::string::npos, v.out);
  auto h = run(sh_quote(kitpress_binary()) + " --help");
  CHECK(h.exit_code == 0);
  for (const char* cmd : {"build", "check", "watch", "man"})
    CHECK_MESSAGE(h.out.find(cmd) != std::string::npos, cmd);
  auto b = run(sh_quote(kitpress_binary()) + " build --help");
  CHECK(b.out.find("Example") != std::string::npos);
}

TEST_CASE("the man page is generated from the commands and renders cleanly") {
  auto m = run("timeout 10 " + sh_quote(kitpress_binary()) + " man");
  REQUIRE(m.exit_code == 0);
  for (const char* s : {".TH KITPRESS 1", ".SH SYNOPSIS", ".SS \"kitpress build\"",
                        ".SS \"kitpress watch\"", "\\-\\-participants", ".SH EXIT STATUS"})
    CHECK_MESSAGE(m.out.find(s) != std::string::npos, s);
  auto g = run("timeout 10 " + sh_quote(kitpress_binary()) + " man | groff -man -Tutf8 -ww -z");
  CHECK_MESSAGE(g.out.empty(), g.out);
}

TEST_CASE("usage errors exit with 2") {
  CHECK(run(sh_quote(kitpress_binary())).exit_code == 2);
  CHECK(run(sh_quote(kitpress_binary()) + " build --no-such-option").exit_code == 2);
  CHECK(run(sh_quote(kitpress_binary()) + " build --participants 0").exit_code == 2);
  // A bad value of an option is a bad command line too, with the option named.
  const std::string kit = sh_quote(project_dir() + "/kit/bulle-dg");
  for (const char* bad : {"--paper B5", "--grid 3by3", "--labels L7106", "--duplex both"}) {
    auto r = run(sh_quote(kitpress_binary()) + " check " + kit + " " + bad);
    CHECK_MESSAGE(r.exit_code == 2, bad << ": " << r.out);
    CHECK_MESSAGE(
        r.out.find(std::string(bad).substr(0, std::string(bad).find(' '))) != std::string::npos,
        r.out);
  }
}

namespace {
// The commands `kitpress help PATH` lists under "Commands:", as paths ("i18n status").
std::vector<std::string> commands_of(const std::string& path) {
  auto h = run(sh_quote(kitpress_binary()) + " help " + path);
  std::vector<std::string> out;
  size_t at = h.out.find("\nCommands:\n");
  if (at == std::string::npos) return out;
  std::istringstream in(h.out.substr(at + 11));
  std::string line;
  while (std::getline(in, line) && !line.empty()) {
    std::string name = line.substr(2, line.find(' ', 2) - 2);
    std::string sub = path.empty() ? name : path + " " + name;
    out.push_back(sub);
    for (const auto& deeper : commands_of(sub)) out.push_back(deeper);
  }
  return out;
}
// The long options a command's help lists.
std::vector<std::string> options_of(const std::string& path) {
  auto h = run(sh_quote(kitpress_binary()) + " help " + path);
  std::vector<std::string> out;
  std::istringstream in(h.out);
  std::string line;
  while (std::getline(in, line)) {
    size_t b = line.find_first_not_of(' ');
    if (b != 2 || line[b] != '-') continue;
    size_t l = line.find("--");
    out.push_back(line.substr(l, line.find_first_of(" ,", l) - l));
  }
  return out;
}
}  // namespace

TEST_CASE("help: kitpress help COMMAND, a near miss named, plain words, the man page complete") {
  const std::string bin = sh_quote(kitpress_binary());
  auto typo = run(bin + " bild kit");
  CHECK(typo.exit_code == 2);
  CHECK_MESSAGE(typo.out.find("did you mean \"build\"?") != std::string::npos, typo.out);
  CHECK(run(bin + " help build").out == run(bin + " build --help").out);
  auto status = run(bin + " help i18n status");
  CHECK(status.out.find("Usage: kitpress i18n status") != std::string::npos);
  CHECK(status.out.find("kitpress i18n status kit/bulle-dg --keys") != std::string::npos);
  CHECK(run(bin + " help i18n stat").out.find("did you mean \"i18n status\"?") !=
        std::string::npos);
  const std::vector<std::string> commands = commands_of("");
  for (const char* c : {"build", "check", "help", "i18n status", "i18n new", "labels", "man",
                        "completion", "new", "watch", "calibrate"})
    CHECK_MESSAGE(std::find(commands.begin(), commands.end(), c) != commands.end(), c);
  const std::string man = run(bin + " man").out;
  for (const auto& c : commands) {
    const std::string help = run(bin + " help " + c).out;
    for (const char* jargon : {"INT", "TEXT", "UINT", "Positionals", "SUBCOMMAND", "[1 - "})
      CHECK_MESSAGE(help.find(jargon) == std::string::npos, c << ": " << jargon);
    CHECK_MESSAGE(man.find(".SS \"kitpress " + c + "\"") != std::string::npos, c);
    // Every option of the command is in the man page, in the command's own section.
    size_t section = man.find(".SS \"kitpress " + c + "\"");
    size_t next = man.find(".SS ", section + 4);
    std::string body = man.substr(section, next - section);
    for (auto opt : options_of(c)) {
      if (opt == "--help") continue;
      std::string roff;
      for (char ch : opt) roff += ch == '-' ? std::string("\\-") : std::string(1, ch);
      CHECK_MESSAGE(body.find(roff) != std::string::npos, c << " " << opt);
    }
  }
  CHECK(run(bin + " help build").out.find("--participants N") != std::string::npos);
  CHECK(run(bin + " help build").out.find("a number from 1 to 10000") != std::string::npos);
  // check writes nothing, and offers nothing that would.
  const std::vector<std::string> check = options_of("check");
  for (const char* writes : {"--out", "--png", "--press"})
    CHECK_MESSAGE(std::find(check.begin(), check.end(), writes) == check.end(), writes);
  CHECK(std::find(check.begin(), check.end(), "--participants") != check.end());
}

TEST_CASE("the kit argument: the current folder, or a kit.yaml; never the default kit implicitly") {
  const std::string bin = sh_quote(kitpress_binary());
  const std::string kit = project_dir() + "/kit/bulle-dg";
  CHECK(run("cd " + sh_quote(kit) + " && " + bin + " check -q").exit_code == 0);
  CHECK(run(bin + " check -q " + sh_quote(kit + "/kit.yaml")).exit_code == 0);
  const std::string empty = temp_dir("no-kit");
  auto r = run("cd " + sh_quote(empty) + " && " + bin + " check");
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.out.find("error: the current folder holds no kit.yaml") != std::string::npos,
                r.out);
  r = run(bin + " build " + sh_quote(empty + "/missing"));
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.out.find("missing is not a folder") != std::string::npos, r.out);
}

TEST_CASE("kitpress new scaffolds a kit that builds, with working schema links") {
  std::string dir = temp_dir("new-kit") + "/my-kit";
  auto r = run(sh_quote(kitpress_binary()) + " new " + sh_quote(dir) +
               " --title 'Atelier \"test\"' --language fr");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto b = run(sh_quote(kitpress_binary()) + " build " + sh_quote(dir) + " -o " +
               sh_quote(dir + "/../out") + " -q");
  CHECK_MESSAGE(b.exit_code == 0, b.out);
  auto pages = read_words(dir + "/../out/fr/cards.pdf");
  REQUIRE(pages.size() == 2);
  // Straight quotes print as the language's quotes: « » in French.
  CHECK(pages[0].text().find("Atelier « test »") != std::string::npos);
  // Its deck declares fields: the label and the badge print (the badge's default too).
  CHECK(pages[0].text().find("Astuce") != std::string::npos);
  CHECK(pages[0].text().find("5 min") != std::string::npos);
  CHECK(read_text_file(dir + "/decks/questions.yaml").find("fields:") != std::string::npos);
  // A French kit prints no English: the placeholders and the sheet words are French.
  std::string all;
  for (const char* pdf : {"cards.pdf", "stickers.pdf"})
    for (const auto& page : read_words(dir + "/../out/fr/" + pdf)) all += page.text() + " ";
  for (const char* french :
       {"Une première question", "recto", "verso", "feuille 1/1", "Imprimer à 100 %", "curieux"})
    CHECK_MESSAGE(all.find(french) != std::string::npos, french);
  for (const char* english :
       {"first question", "front", "back", "sheet", "Print", "curious", "Your"})
    CHECK_MESSAGE(all.find(english) == std::string::npos, english);
  // The modelines point at the installed schemas, wherever the kit is moved.
  const std::string moved = dir + "-moved/deeper";
  std::filesystem::create_directories(moved);
  std::filesystem::rename(dir, moved + "/kit");
  for (const char* file : {"/kit/kit.yaml", "/kit/decks/questions.yaml"}) {
    std::string text = read_text_file(moved + file);
    std::string link =
        text.substr(text.find("$schema=") + 8, text.find('\n') - text.find("$schema=") - 8);
    CHECK_MESSAGE(std::filesystem::path(link).is_absolute(), link);
    CHECK_MESSAGE(std::filesystem::exists(link), link);
  }
  std::filesystem::rename(moved + "/kit", dir);
  // A language kitpress has no texts for: English placeholders, and a note saying so.
  auto it = run(sh_quote(kitpress_binary()) + " new " + sh_quote(dir + "-it") + " --language it");
  CHECK(it.exit_code == 0);
  CHECK(it.out.find("note: kitpress has no texts in \"it\"") != std::string::npos);
  CHECK(read_text_file(dir + "-it/decks/questions.yaml").find("A first question") !=
        std::string::npos);
  // A second time into the same folder is refused.
  CHECK(run(sh_quote(kitpress_binary()) + " new " + sh_quote(dir)).exit_code == 2);
}

TEST_CASE("--only makes just the outputs asked for") {
  std::string out = temp_dir("only");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " -o " + sh_quote(out) + " -q --only stickers,guide");
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  auto files = run("ls " + sh_quote(out + "/fr"));
  CHECK(files.out == "guide.pdf\nstickers.pdf\n");
  CHECK(run(sh_quote(kitpress_binary()) + " build --only card").exit_code == 2);
}

TEST_CASE("a build ends with one summary line: files, languages, time") {
  const std::string out = temp_dir("summary");
  auto r = run(sh_quote(kitpress_binary()) + " build " + sh_quote(project_dir() + "/kit/bulle-dg") +
               " --lang fr,en -o " + sh_quote(out) + " 2>/dev/null");
  REQUIRE(r.exit_code == 0);
  // Without a terminal: a line per file, then the summary.
  size_t files = 0;
  for (size_t at = 0; (at = r.out.find("\nwrote " + out + "/", at)) != std::string::npos; ++at)
    ++files;
  if (r.out.rfind("wrote " + out + "/", 0) == 0) ++files;
  CHECK(files == 10);
  const std::string last = r.out.substr(r.out.rfind("wrote ", r.out.size() - 2));
  CHECK_MESSAGE(last.rfind("wrote 10 files into " + out + "/: 2 languages, ", 0) == 0, last);
  CHECK(last.size() > 2);
  CHECK(last.compare(last.size() - 3, 3, " s\n") == 0);
}
