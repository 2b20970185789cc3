// `kitpress help [COMMAND...]`: the help of kitpress or of one command; a near miss is named.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/command_tree.hpp"
#include "core/suggest.hpp"

namespace kp {

namespace {

struct HelpState {
  std::vector<std::string> words;
};

// The help text as `COMMAND --help` prints it (App::help() would show the help command's own).
std::string help_of(const CLI::App& app, const std::string& path) {
  return app.get_formatter()->make_help(&app, path, CLI::AppFormatMode::Normal);
}

int run_help(const CLI::App& root, const HelpState& s) {
  std::string path;
  for (const auto& w : s.words) path += (path.empty() ? "" : " ") + w;
  if (path.empty()) {
    std::cout << help_of(root, "kitpress");
    return kExitOk;
  }
  std::vector<std::string> paths;
  for (const auto& node : command_tree(root)) {
    if (node.path == path) {
      std::cout << help_of(*node.app, "kitpress " + path);
      return kExitOk;
    }
    paths.push_back(node.path);
  }
  std::cerr << "error: there is no command \"" << path << "\"" << did_you_mean(path, paths)
            << "\n  hint: `kitpress help` lists the commands\n";
  return kExitUsage;
}

const CommandRegistration help_command{
    {"help", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<HelpState>();
       CLI::App* cmd = app.add_subcommand("help", "show the help of kitpress or of a command");
       cmd->add_option("COMMAND", s->words, "the command, e.g. build or i18n status");
       cmd->footer("Examples:\n  kitpress help build\n  kitpress help i18n status\n");
       const CLI::App* root = &app;
       return [root, s] { return run_help(*root, *s); };
     }}};

}  // namespace

}  // namespace kp
