// The top-level command line (CLI11): version, help, and dispatch to registered commands.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/command.hpp"
#include "cli/help_format.hpp"
#include "cli/version.hpp"
#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "core/suggest.hpp"

namespace kp {

std::vector<Command>& command_registry() {
  static std::vector<Command> commands;
  return commands;
}

int run_cli(int argc, char** argv) {
  install_output_guards();
  CLI::App app{"kitpress: print-ready workshop materials from a kit written in YAML"};
  app.name("kitpress");
  app.set_version_flag(
      "--version", [] { return version_line() + "\ndata: " + project_dir(); },
      "show the version, the commit it was built from and where its data is");
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  kitpress build kit/bulle-dg              # writes out/fr/cards.pdf\n"
      "  kitpress build kit/bulle-dg -o print --png\n"
      "  kitpress check kit/bulle-dg              # validate and lay out, write nothing\n"
      "Run `kitpress help COMMAND` for a command's options.");
  std::vector<std::pair<CLI::App*, std::function<int()>>> runs;
  auto commands = command_registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const auto& c : commands) {
    size_t before = app.get_subcommands({}).size();
    auto run = c.setup(app);
    auto subs = app.get_subcommands({});
    if (subs.size() > before) runs.emplace_back(subs.back(), std::move(run));
  }
  use_plain_help(app);
  // A mistyped command: name the nearest one rather than the parser's "not expected".
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& c : commands) names.push_back(c.name);
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      std::cerr << "error: there is no command \"" << argv[1] << "\""
                << did_you_mean(argv[1], names) << "\n  hint: `kitpress help` lists the commands\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runs)
    if (sub->parsed()) return run();
  return kExitUsage;
}

}  // namespace kp
