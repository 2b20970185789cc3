// `kitpress build` and `kitpress check`: lay out a kit, then write its outputs (build only).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/language_runs.hpp"
#include "cli/pipeline.hpp"
#include "cli/print_options.hpp"
#include "cli/progress.hpp"
#include "cli/report.hpp"
#include "core/length.hpp"
#include "core/stage_timer.hpp"
#include "model/kit_loader.hpp"

namespace kp {

namespace {

struct BuildState {
  BuildOptions options;
  PrintOptionText print;
  bool quiet = false;
  bool timings = false;
  std::string languages;  // --lang: "", "all" or "fr,de"
  unsigned jobs = 0;      // threads (0: one per core)
};

void add_common_options(CLI::App* cmd, BuildState& s) {
  add_kit_argument(cmd, s.options.kit_dir, "the kit");
  cmd->add_flag("--deck-per-sheet", s.options.deck_per_sheet,
                "start each deck on a fresh sheet (for coloured card stock)");
  cmd->add_flag("--packs", s.options.packs,
                "cards.pdf group by group: each sub-group's cards in one run after a cover slip "
                "(decks the guide's decks: hands out per sub-group)");
  cmd->add_flag("-q,--quiet", s.quiet, "print errors only");
  cmd->add_flag("--verbose", s.options.verbose,
                "a message for each untranslated, stale or extra translation (default: one line "
                "per language)");
  cmd->add_flag("--timings", s.timings,
                "print the time of each stage (load, layout, render, write) and peak memory");
  cmd->add_option("--participants", s.options.participants,
                  "number of participants (default: the kit's)")
      ->check(CLI::Range(1, 10000));
  cmd->add_option("--groups", s.options.groups, "number of sub-groups (default: the kit's)")
      ->check(CLI::Range(1, 1000));
  add_print_options(cmd, s.print, true);
  cmd->add_option(
      "--labels", s.options.stickers.product,
      "label sheet product for the stickers (default: the kit's; see `kitpress labels`)");
  cmd->add_option(
         "--start", s.options.stickers.start,
         "first label to use on the first sticker sheet, for a part-used sheet (1 = top left)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--only", s.options.only,
                  "make only these outputs (repeat or separate with commas): cards, stickers, "
                  "guide, worksheets, handout")
      ->delimiter(',')
      ->check(CLI::IsMember({"cards", "stickers", "guide", "worksheets", "handout"}));
  cmd->add_flag("--outlines", s.options.stickers.outlines,
                "draw the label outlines, for a test print of the stickers on plain paper");
  cmd->add_option("--lang", s.languages,
                  "languages: \"all\" (the source and every KIT/i18n/*.yaml) or a list such "
                  "as \"fr,de\" (default: the kit's language)");
  cmd->add_option("-j,--jobs", s.jobs,
                  "threads: languages, or one language's outputs, made at once (default and "
                  "most: one per core)")
      ->check(CLI::Range(1, 256));
}

void print_timings(const StageTimes& t) {
  char line[200];
  std::snprintf(line, sizeof line,
                "timings: load %.1f ms, layout %.1f ms, render %.1f ms, write %.1f ms; total %.1f "
                "ms; peak memory %.1f MiB\n",
                t.load, t.layout, t.render, t.write, t.load + t.layout + t.render + t.write,
                peak_memory_mib());
  std::cerr << line;
}

std::string count(size_t k, const char* one, const char* many) {
  return std::to_string(k) + " " + (k == 1 ? one : many);
}

// The texts that do not fit, as one table over every language.
void print_fit_report(const std::vector<LanguageRun>& runs) {
  std::vector<std::pair<std::string, Overflow>> rows;
  for (const auto& r : runs)
    for (const auto& d : r.diags.items())
      if (d.overflow) rows.emplace_back(r.language, *d.overflow);
  if (rows.empty()) return;
  std::cerr << "\nfit report: " << count(rows.size(), "text does", "texts do") << " not fit\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %-8s %-36s %-12s %s\n", "language", "where", "field",
                "overflow at the minimum size");
  std::cerr << line;
  for (const auto& [lang, o] : rows) {
    std::string how = o.word_too_wide ? "a word is too wide" : format_mm(Length::pt(o.points));
    std::snprintf(line, sizeof line, "  %-8s %-36s %-12s %s\n", lang.c_str(), o.subject.c_str(),
                  o.field.c_str(), how.c_str());
    std::cerr << line;
  }
}

int run(BuildState& s, bool write) {
  if (!resolve_kit_folder(s.options.kit_dir)) return kExitUsage;
  StageTimer wall;
  Diagnostics diags;
  s.options.print = resolve_print_options(s.print, diags);
  StageTimer load_timer;
  auto source = load_kit(s.options.kit_dir, diags);
  const double load_ms = load_timer.elapsed_ms();
  std::vector<std::string> languages;
  if (source) languages = resolve_languages(*source, s.languages, diags);
  if (!source || diags.has_errors()) {
    report(diags, s.quiet);
    return error_exit_code(diags);
  }
  // A bar on a terminal; otherwise one line per file written, for logs.
  const Progress::Mode mode = Progress::mode_for(s.quiet);
  std::vector<LanguageRun> runs;
  OutputSet outputs;  // the whole set, put in place below only when every language succeeded
  size_t files = 0;
  {
    Progress progress(mode, languages.size(), mode == Progress::Mode::Lines ? stdout : stderr);
    s.options.threads = s.jobs;
    runs = run_languages(*source, languages, s.options, write, s.jobs, &progress, &outputs);
    files = progress.files_done();
  }
  const bool several = runs.size() > 1;
  const size_t load_warnings = diags.warning_count();  // the source files': every language's
  for (const auto& r : runs) diags.append(r.diags);
  if (!several) {
    report(diags, s.quiet);
  } else {
    print_items(diags, s.quiet);
  }
  bool failed = false, write_failed = false;
  for (const auto& r : runs) {
    failed = failed || r.diags.has_errors() || !r.laid_out;
    if (!r.write_error.empty()) {
      std::cerr << "error: " << r.write_error << '\n';
      write_failed = true;
    }
  }
  // The whole output set is put in place, or none of it (see OutputSet).
  bool replaced = false;
  if (write && !failed && !write_failed) {
    try {
      outputs.commit();
      replaced = true;
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << '\n';
      write_failed = true;
    }
  }
  for (const auto& r : runs) {
    const bool errors = r.diags.has_errors() || !r.laid_out;
    if (s.quiet) continue;
    if (mode == Progress::Mode::Bar && replaced && !several) {  // several: the summary alone
      for (const auto& path : r.written)
        if (path.find("/preview/") == std::string::npos) std::cout << "wrote " << path << '\n';
      if (write && s.options.png && !r.written.empty()) {
        std::cout << "wrote " << r.proofs << " PNG proofs into " << s.options.out_dir << "/"
                  << r.language << "/preview/\n";
      }
    }
    std::string summary =
        errors ? count(r.diags.error_count(), "error", "errors") +
                     (write ? "; nothing was written for it" : "")
               : (several ? "ok, " : "ok: ") + count(r.cards, "card", "cards") + " in " +
                     count(r.decks, "deck", "decks") + "; " +
                     count(r.diags.warning_count() + load_warnings, "warning", "warnings") +
                     ", no errors";
    if (several)
      std::cerr << r.language << ": " << summary << '\n';
    else if (!write && !errors)
      std::cerr << summary << '\n';
  }
  if (write && !replaced && several && !s.quiet)
    std::cerr << "nothing was replaced in " << s.options.out_dir
              << ": a build replaces the whole set of files it was asked for, or none of them\n";
  print_fit_report(runs);
  if (write && !s.quiet && files > 0) {
    // One closing line: how much, where, how long.
    char line[200];
    std::snprintf(line, sizeof line, ": %s, %.1f s\n",
                  count(runs.size(), "language", "languages").c_str(), wall.elapsed_ms() / 1000);
    std::cout << "wrote " << count(files, "file", "files") << " into " << s.options.out_dir << "/"
              << line;
  }
  if (s.timings) {
    for (const auto& r : runs) {
      StageTimes t = r.times;
      t.load += load_ms;
      if (several) std::cerr << r.language << ": ";
      print_timings(t);
    }
    if (several) {
      char line[120];
      std::snprintf(line, sizeof line, "timings: %zu languages in %.1f ms (wall clock)\n",
                    runs.size(), wall.elapsed_ms());
      std::cerr << line;
    }
  }
  if (failed) return error_exit_code(diags);
  return write_failed ? kExitOutputError : kExitOk;
}

const CommandRegistration build_command{
    {"build", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<BuildState>();
       CLI::App* cmd =
           app.add_subcommand("build", "lay out the kit and write its PDFs into OUT/<lang>/");
       add_common_options(cmd, *s);
       cmd->add_option("-o,--out", s->options.out_dir, "output folder")->capture_default_str();
       cmd->add_flag("--press", s->options.press,
                     "also write cards-press.pdf for a print shop (PDF/X-1a: one card face a "
                     "page, bleed, TrimBox, CMYK only; every script) and its job sheet "
                     "cards-press.txt");
       cmd->add_flag("--png", s->options.png,
                     "also write a 150 dpi PNG proof of every card face into OUT/<lang>/preview/");
       cmd->footer(
           "Examples:\n  kitpress build kit/bulle-dg\n  kitpress build kit/bulle-dg -o print --png "
           "--deck-per-sheet\n  kitpress build kit/bulle-dg --paper Letter --duplex short-edge\n"
           "  kitpress build kit/bulle-dg --duplex short-edge-calendar   # backs upright\n"
           "  kitpress build kit/bulle-dg --press          # + cards-press.pdf for a print "
           "shop\n"
           "  kitpress build kit/bulle-dg --lang all    # every language, in parallel\n");
       return [s] { return run(*s, true); };
     }}};

const CommandRegistration check_command{
    {"check", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<BuildState>();
       CLI::App* cmd = app.add_subcommand(
           "check", "validate and lay out the kit without writing files; report every problem");
       add_common_options(cmd, *s);
       cmd->footer(
           "Examples:\n  kitpress check kit/bulle-dg\n  kitpress check kit/bulle-dg --lang all   "
           "# what does not fit, in every language\n");
       return [s] { return run(*s, false); };
     }}};

}  // namespace

}  // namespace kp
