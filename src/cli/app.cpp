// Command-line parsing (CLI11) and the build and check commands.
#include "cli/app.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "cli/pipeline.hpp"
#include "core/length.hpp"

namespace kp {

namespace {

bool stderr_colour() {
  const char* no = std::getenv("NO_COLOR");
  return isatty(2) && !(no && *no);
}

void report(const Diagnostics& d, bool quiet) {
  bool colour = stderr_colour();
  for (const auto& item : d.items()) {
    if (quiet && item.severity == Severity::Warning) continue;
    std::cerr << format_diagnostic(item, colour);
  }
  if (d.error_count() > 0) {
    std::cerr << d.error_count() << (d.error_count() == 1 ? " error" : " errors");
    if (d.warning_count() > 0)
      std::cerr << ", " << d.warning_count() << (d.warning_count() == 1 ? " warning" : " warnings");
    std::cerr << "; nothing was written\n";
  }
}

void add_layout_options(CLI::App* cmd, BuildOptions& o, bool& deck_per_sheet) {
  cmd->add_option("KIT", o.kit_dir, "the kit folder (holding kit.yaml)")->capture_default_str();
  cmd->add_flag("--deck-per-sheet", deck_per_sheet,
                "start each deck on a fresh sheet (for coloured card stock)");
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"kitpress: print-ready workshop materials from a kit written in YAML"};
  app.set_version_flag("--version", std::string("kitpress ") + KP_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  kitpress build kit/bulle-dg              # writes out/fr/cards.pdf\n"
      "  kitpress build kit/bulle-dg -o print --png\n"
      "  kitpress check kit/bulle-dg              # validate and lay out, write nothing\n");

  BuildOptions o;
  bool deck_per_sheet = false, quiet = false;

  CLI::App* build =
      app.add_subcommand("build", "lay out the kit and write its PDFs into OUT/<lang>/");
  add_layout_options(build, o, deck_per_sheet);
  build->add_option("-o,--out", o.out_dir, "output folder")->capture_default_str();
  build->add_flag("--png", o.png,
                  "also write a 150 dpi PNG proof of every card face into OUT/<lang>/preview/");
  build->add_flag("-q,--quiet", quiet, "print errors only");
  build->footer("Example:\n  kitpress build kit/bulle-dg -o out --png\n");

  CLI::App* check = app.add_subcommand(
      "check", "validate and lay out the kit without writing files; report every problem");
  add_layout_options(check, o, deck_per_sheet);
  check->add_flag("-q,--quiet", quiet, "print errors only");
  check->footer("Example:\n  kitpress check kit/bulle-dg\n");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  o.sheets.deck_per_sheet = deck_per_sheet;

  Diagnostics diags;
  auto laid = lay_out_kit(o, diags);
  if (!laid || diags.has_errors()) {
    report(diags, quiet);
    return kExitKitError;
  }
  report(diags, quiet);
  if (check->parsed()) {
    if (!quiet)
      std::cerr << "ok: " << laid->kit.card_count() << " cards in " << laid->kit.decks.size()
                << " decks, " << laid->cards.pages.size() << " pages; no errors\n";
    return kExitOk;
  }
  try {
    for (const auto& path : write_outputs(*laid, o)) {
      if (!quiet && path.find("/preview/") == std::string::npos)
        std::cout << "wrote " << path << '\n';
    }
    if (!quiet && o.png)
      std::cout << "wrote " << laid->proofs.size() << " PNG proofs into " << o.out_dir << "/"
                << laid->kit.language << "/preview/\n";
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  return kExitOk;
}

}  // namespace kp
