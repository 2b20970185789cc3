// The plain-words help formatter.
#include "cli/help_format.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <regex>

#include "cli/command_tree.hpp"

namespace kp {

namespace {

// What the validators CLI11 shows after the type say, in words.
std::string accepted(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  std::smatch m;
  static const std::regex range(R"(in \[(-?[0-9.]+) - (-?[0-9.]+)\])");
  if (std::regex_search(type, m, range)) return "a number from " + m[1].str() + " to " + m[2].str();
  static const std::regex members(R"(\{([^}]*)\})");
  if (std::regex_search(type, m, members)) {
    std::string list = m[1].str(), out;
    for (size_t p = 0; (p = list.find(',', p)) != std::string::npos; p += 2)
      list.replace(p, 1, ", ");
    return "one of " + list;
  }
  return {};
}

bool numeric(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  return type.rfind("INT", 0) == 0 || type.rfind("UINT", 0) == 0 || type.rfind("FLOAT", 0) == 0;
}

class PlainFormatter : public CLI::Formatter {
 public:
  PlainFormatter() {
    label("Positionals", "Arguments");
    label("SUBCOMMAND", "COMMAND");
    label("SUBCOMMANDS", "COMMANDS");
    label("Usage", "Usage");
    column_width(26);
  }
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string v = value_name(*opt);
    return v.empty() ? std::string() : " " + v;
  }
  std::string make_option_desc(const CLI::Option* opt) const override {
    return plain_description(*opt);
  }
};

}  // namespace

std::string value_name(const CLI::Option& opt) {
  if (!opt.nonpositional() || opt.get_expected_max() == 0) return {};
  if (numeric(opt)) return "N";
  std::string name = opt.get_lnames().empty() ? opt.get_name() : opt.get_lnames().front();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string plain_description(const CLI::Option& opt) {
  std::string d = opt.get_description();
  std::string what = accepted(opt);
  // A list of choices the description already spells out (each of them) is not repeated.
  if (what.rfind("one of ", 0) == 0) {
    bool all = true;
    std::string list = what.substr(7) + ",";
    for (size_t at = 0, end; (end = list.find(',', at)) != std::string::npos; at = end + 2)
      all = all && d.find(list.substr(at, end - at)) != std::string::npos;
    if (all) what.clear();
  }
  if (!what.empty()) d += " (" + what + ")";
  if (!opt.get_default_str().empty()) d += " (default: " + opt.get_default_str() + ")";
  if (opt.get_required()) d += " (required)";
  return d;
}

void use_plain_help(CLI::App& app) {
  auto formatter = std::make_shared<PlainFormatter>();
  app.formatter(formatter);
  app.set_help_flag("-h,--help", "show this help");
  for (const auto& node : command_tree(app)) {
    auto* sub = const_cast<CLI::App*>(node.app);
    sub->formatter(formatter);
    sub->group("Commands");
    sub->set_help_flag("-h,--help", "show this help");
  }
}

}  // namespace kp
