// The commands of the command line as a flat list ("build", "i18n", "i18n status"), for the man
// page, the shell completion and `kitpress help`.
#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kp {

struct CommandNode {
  std::string path;  // "i18n status"
  const CLI::App* app;
};

// Every command below `root`, depth first, each before its own sub-commands.
std::vector<CommandNode> command_tree(const CLI::App& root);
// The options a user types (not --help), in the order they were added.
std::vector<const CLI::Option*> user_options(const CLI::App& cmd);
// The option's names as typed: "-o, --out"; the positional's name ("KIT").
std::string option_names(const CLI::Option& opt);

}  // namespace kp
