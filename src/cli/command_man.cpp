// `kitpress man`: the manual page in roff, generated from the same text as --help.
#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/command_tree.hpp"
#include "cli/help_format.hpp"

namespace kp {

namespace {

// Escapes text for roff: backslashes, and a leading dot or quote.
std::string roff(const std::string& s) {
  std::string out;
  for (char c : s)
    out += c == '\\' ? std::string("\\e") : c == '-' ? std::string("\\-") : std::string(1, c);
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

// A footer's "Examples:" block as indented literal lines.
void examples(std::ostream& out, const std::string& footer) {
  std::istringstream in(footer);
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("Example", 0) == 0 || line.rfind("Run ", 0) == 0) continue;
    if (!any) out << ".PP\n.nf\n.RS\n";
    any = true;
    size_t b = line.find_first_not_of(' ');
    out << roff(b == std::string::npos ? line : line.substr(b)) << '\n';
  }
  if (any) out << ".RE\n.fi\n";
}

void options(std::ostream& out, const CLI::App& cmd) {
  for (const CLI::Option* opt : user_options(cmd)) {
    std::string name = option_names(*opt);
    std::string value = value_name(*opt);
    out << ".TP\n.B " << roff(name);
    if (!value.empty()) out << " \\fI" << roff(value) << "\\fR";
    out << '\n' << roff(plain_description(*opt)) << '\n';
  }
}

int print_man(const CLI::App& app) {
  std::ostream& out = std::cout;
  out << ".TH KITPRESS 1 \"\" \"kitpress " << KP_VERSION << "\" \"User Commands\"\n";
  out << ".SH NAME\nkitpress \\- "
      << roff(app.get_description().substr(app.get_description().find(':') + 2)) << '\n';
  out << ".SH SYNOPSIS\n.B kitpress\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIKIT\\fR]\n";
  out << ".SH DESCRIPTION\n" << roff(app.get_description()) << ".\n";
  out << "A kit is a folder of YAML files; see kit/README.md for its format.\n";
  out << ".SH COMMANDS\n";
  for (const auto& [path, sub] : command_tree(app)) {
    out << ".SS \"kitpress " << roff(path) << "\"\n" << roff(sub->get_description()) << ".\n";
    options(out, *sub);
    examples(out, sub->get_footer());
  }
  out << ".SH EXIT STATUS\n.TP\n.B 0\nsuccess\n.TP\n.B 1\nthe kit has errors (each is printed with "
         "its file, line and column)\n"
         ".TP\n.B 2\nbad command line\n.TP\n.B 3\nan output could not be written (the previous "
         "output is kept)\n";
  out << ".SH ENVIRONMENT\n.TP\n.B SOURCE_DATE_EPOCH\nthe date written into PDFs (otherwise the "
         "kit's date)\n"
         ".TP\n.B NO_COLOR\nno colours in diagnostics\n.TP\n.B KITPRESS_HOME\nthe folder holding "
         "fonts/ and kit/stock/\n";
  out << ".SH EXAMPLES\n";
  examples(out, app.get_footer());
  return kExitOk;
}

const CommandRegistration man_command{
    {"man", [](CLI::App& app) -> std::function<int()> {
       app.add_subcommand("man", "print the manual page (roff) to standard output")
           ->footer("Example:\n  kitpress man > kitpress.1 && man -l kitpress.1\n");
       const CLI::App* root = &app;
       return [root] { return print_man(*root); };
     }}};

}  // namespace

}  // namespace kp
