// `kitpress completion bash`: a bash completion script made from the command definitions.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/command_tree.hpp"

namespace kp {

namespace {

// Commands directly below `path` ("" for the top level), separated by spaces.
std::string children(const std::vector<CommandNode>& tree, const std::string& path) {
  std::string out;
  for (const auto& n : tree) {
    std::string parent =
        n.path.find(' ') == std::string::npos ? std::string() : n.path.substr(0, n.path.rfind(' '));
    if (parent == path) out += (out.empty() ? "" : " ") + n.path.substr(n.path.rfind(' ') + 1);
  }
  return out;
}

void print_bash(const CLI::App& root) {
  const auto tree = command_tree(root);
  std::ostream& out = std::cout;
  out << "# bash completion for kitpress (written by `kitpress completion bash`)\n"
         "_kitpress() {\n"
         "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" path=\"\" i w\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    w=\"${COMP_WORDS[i]}\"\n"
         "    case \"$w\" in -*) continue ;; esac\n"
         "    case \"${path:+$path }$w\" in\n";
  for (const auto& n : tree) out << "      \"" << n.path << "\") path=\"" << n.path << "\" ;;\n";
  out << "    esac\n"
         "  done\n"
         "  local words=\"\"\n"
         "  case \"$path\" in\n"
         "    \"\") words=\"--help --version "
      << children(tree, "") << "\" ;;\n";
  for (const auto& n : tree) {
    std::string words = "--help";
    for (const CLI::Option* opt : user_options(*n.app)) {
      if (!opt->nonpositional()) continue;
      for (const auto& s : opt->get_snames()) words += " -" + s;
      for (const auto& l : opt->get_lnames()) words += " --" + l;
    }
    std::string subs = children(tree, n.path);
    if (!subs.empty()) words += " " + subs;
    out << "    \"" << n.path << "\") words=\"" << words << "\" ;;\n";
  }
  out << "  esac\n"
         "  if [[ \"$cur\" == -* || -z \"$path\" ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "  else\n"
         "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\") $(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -F _kitpress kitpress\n";
}

struct CompletionState {
  std::string shell;
};

const CommandRegistration completion_command{
    {"completion", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<CompletionState>();
       CLI::App* cmd = app.add_subcommand(
           "completion", "print the shell completion script (bash) to standard output");
       cmd->add_option("SHELL", s->shell, "the shell: bash")
           ->required()
           ->check(CLI::IsMember({"bash"}));
       cmd->footer(
           "Examples:\n  source <(kitpress completion bash)\n  kitpress completion bash > "
           "~/.local/share/bash-completion/completions/kitpress\n");
       const CLI::App* root = &app;
       return [root, s] {  // s owns the parsed SHELL
         print_bash(*root);
         return kExitOk;
       };
     }}};

}  // namespace

}  // namespace kp
