// Walking the command definitions.
#include "cli/command_tree.hpp"

#include <CLI/CLI.hpp>

namespace kp {

namespace {
void walk(const CLI::App& app, const std::string& prefix, std::vector<CommandNode>& out) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::string path = prefix.empty() ? sub->get_name() : prefix + " " + sub->get_name();
    out.push_back({path, sub});
    walk(*sub, path, out);
  }
}
}  // namespace

std::vector<CommandNode> command_tree(const CLI::App& root) {
  std::vector<CommandNode> out;
  walk(root, "", out);
  return out;
}

std::vector<const CLI::Option*> user_options(const CLI::App& cmd) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* opt : cmd.get_options())
    if (opt->get_name() != "--help" && opt->get_name() != "-h,--help") out.push_back(opt);
  return out;
}

std::string option_names(const CLI::Option& opt) {
  std::string name = opt.nonpositional() ? opt.get_name(false, true) : opt.get_name(true);
  for (size_t p = 0; (p = name.find(',', p)) != std::string::npos; p += 2) name.replace(p, 1, ", ");
  return name;
}

}  // namespace kp
