// `kitpress build` and `kitpress check`: lay out a kit, then write its outputs (build only).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/pipeline.hpp"
#include "cli/print_options.hpp"
#include "cli/progress.hpp"
#include "cli/report.hpp"
#include "core/stage_timer.hpp"

namespace kp {

namespace {

struct BuildState {
  BuildOptions options;
  PrintOptionText print;
  bool quiet = false;
  bool timings = false;
};

void add_common_options(CLI::App* cmd, BuildState& s) {
  cmd->add_option("KIT", s.options.kit_dir, "the kit folder (holding kit.yaml)")
      ->capture_default_str();
  cmd->add_flag("--deck-per-sheet", s.options.deck_per_sheet,
                "start each deck on a fresh sheet (for coloured card stock)");
  cmd->add_flag("-q,--quiet", s.quiet, "print errors only");
  cmd->add_flag("--timings", s.timings,
                "print the time of each stage (load, layout, render, write) and peak memory");
  cmd->add_option("--participants", s.options.participants,
                  "number of participants (default: the kit's)")
      ->check(CLI::Range(1, 10000));
  cmd->add_option("--groups", s.options.groups, "number of sub-groups (default: the kit's)")
      ->check(CLI::Range(1, 1000));
  cmd->add_flag("--press", s.options.press,
                "also write cards-press.pdf for a print shop: one card face a page, bleed, "
                "TrimBox, CMYK only (libharu)");
  add_print_options(cmd, s.print, true);
  cmd->add_option(
      "--labels", s.options.stickers.product,
      "label sheet product for the stickers (default: the kit's; see `kitpress labels`)");
  cmd->add_option(
         "--start", s.options.stickers.start,
         "first label to use on the first sticker sheet, for a part-used sheet (1 = top left)")
      ->check(CLI::Range(1, 1000));
  cmd->add_flag("--outlines", s.options.stickers.outlines,
                "draw the label outlines, for a test print of the stickers on plain paper");
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

int run(BuildState& s, bool write) {
  Diagnostics diags;
  s.options.print = resolve_print_options(s.print, diags);
  auto laid = lay_out_kit(s.options, diags);
  report(diags, s.quiet);
  if (!laid || diags.has_errors()) return kExitKitError;
  if (!write) {
    if (!s.quiet) {
      auto n = [](size_t k, const char* one, const char* many) {
        return std::to_string(k) + " " + (k == 1 ? one : many);
      };
      std::cerr << "ok: " << n(laid->kit.card_count(), "card", "cards") << " in "
                << n(laid->kit.decks.size(), "deck", "decks") << "; "
                << n(diags.warning_count(), "warning", "warnings") << ", no errors\n";
    }
    if (s.timings) print_timings(laid->times);
    return kExitOk;
  }
  try {
    // A bar on a terminal; otherwise one line per file written, for logs.
    Progress::Mode mode = Progress::mode_for(s.quiet);
    std::vector<std::string> written;
    {
      Progress progress(mode, output_count(*laid, s.options),
                        mode == Progress::Mode::Lines ? stdout : stderr);
      written = write_outputs(*laid, s.options, &progress);
    }
    if (mode == Progress::Mode::Bar) {
      for (const auto& path : written)
        if (path.find("/preview/") == std::string::npos) std::cout << "wrote " << path << '\n';
      if (s.options.png)
        std::cout << "wrote " << laid->proofs.size() << " PNG proofs into " << s.options.out_dir
                  << "/" << laid->kit.language << "/preview/\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  if (s.timings) print_timings(laid->times);
  return kExitOk;
}

const CommandRegistration build_command{
    {"build", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<BuildState>();
       CLI::App* cmd =
           app.add_subcommand("build", "lay out the kit and write its PDFs into OUT/<lang>/");
       add_common_options(cmd, *s);
       cmd->add_option("-o,--out", s->options.out_dir, "output folder")->capture_default_str();
       cmd->add_flag("--png", s->options.png,
                     "also write a 150 dpi PNG proof of every card face into OUT/<lang>/preview/");
       cmd->footer(
           "Examples:\n  kitpress build kit/bulle-dg\n  kitpress build kit/bulle-dg -o print --png "
           "--deck-per-sheet\n  kitpress build kit/bulle-dg --paper Letter --duplex short-edge\n"
           "  kitpress build kit/bulle-dg --press          # + cards-press.pdf for a print "
           "shop\n");
       return [s] { return run(*s, true); };
     }}};

const CommandRegistration check_command{
    {"check", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<BuildState>();
       CLI::App* cmd = app.add_subcommand(
           "check", "validate and lay out the kit without writing files; report every problem");
       add_common_options(cmd, *s);
       cmd->footer("Example:\n  kitpress check kit/bulle-dg\n");
       return [s] { return run(*s, false); };
     }}};

}  // namespace

}  // namespace kp
