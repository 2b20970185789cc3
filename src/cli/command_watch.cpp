// `kitpress watch`: rebuild a kit whenever one of its files is saved (inotify), and say so.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/pipeline.hpp"
#include "cli/report.hpp"
#include "core/kit_watcher.hpp"
#include "core/stage_timer.hpp"

namespace kp {

namespace {

struct WatchState {
  BuildOptions options;
  bool quiet = false;
};

// "14:03:07 ": the local time a line is printed, for a terminal left open for hours.
std::string stamp() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S ", &local);
  return text;
}

// One build; prints a one-line summary ("built" the first time, then "rebuilt" with the file that
// changed), or the diagnostics. Returns true on success.
bool rebuild(const BuildOptions& o, bool quiet, const std::string& changed) {
  StageTimer t;
  Diagnostics diags;
  OutputSet set;  // the cards are staged in it as they are laid out
  const StreamTarget stream{&set};
  auto laid = lay_out_kit(o, diags, &stream);
  if (!laid || diags.has_errors()) {
    report(diags, false);
    std::cerr << stamp() << "watch: the kit has errors; still watching, fix and save to rebuild\n";
    return false;
  }
  try {
    write_outputs(*laid, o, set);
    set.commit();
    if (!quiet) report(diags, false);
    std::string files;
    for (const auto& out : laid->outputs) files += (files.empty() ? "" : ", ") + out.file;
    if (o.png) files += ", " + std::to_string(laid->proofs.size()) + " proofs";
    char line[256];
    std::snprintf(line, sizeof line, "in %.0f ms: %s in %s/%s; %zu warning%s\n", t.elapsed_ms(),
                  files.c_str(), o.out_dir.c_str(), laid->kit.language.c_str(),
                  diags.warning_count(), diags.warning_count() == 1 ? "" : "s");
    std::cout << stamp() << (changed.empty() ? "built " : changed + " changed: rebuilt ") << line
              << std::flush;
    return true;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n' << stamp() << "watch: still watching\n";
    return false;
  }
}

int run_watch(WatchState& s) {
  if (!resolve_kit_folder(s.options.kit_dir)) return kExitUsage;
  KitWatcher watcher(s.options.kit_dir, s.options.out_dir);
  if (!watcher.ok()) {
    std::cerr << "error: " << watcher.error() << '\n';
    return kExitKitError;
  }
  rebuild(s.options, s.quiet, "");
  std::cout << stamp() << "watching " << s.options.kit_dir << " (Ctrl-C to stop)\n" << std::flush;
  for (;;)
    if (auto changed = watcher.wait(-1)) rebuild(s.options, s.quiet, *changed);
}

const CommandRegistration watch_command{
    {"watch", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<WatchState>();
       CLI::App* cmd = app.add_subcommand(
           "watch", "build the kit, then rebuild it each time one of its files is saved");
       add_kit_argument(cmd, s->options.kit_dir, "the kit");
       cmd->add_option("-o,--out", s->options.out_dir, "output folder")->capture_default_str();
       cmd->add_flag("--png", s->options.png, "also write PNG proofs of every card face");
       cmd->add_flag("-q,--quiet", s->quiet, "print errors and the one-line summaries only");
       cmd->footer(
           "Example:\n  kitpress watch kit/bulle-dg    # then edit kit/bulle-dg/decks/leviers.yaml "
           "and save\n");
       return [s] { return run_watch(*s); };
     }}};

}  // namespace

}  // namespace kp
