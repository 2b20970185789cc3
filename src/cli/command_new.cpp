// `kitpress new DIR`: a new kit from the small template in kit/template, ready to edit and build.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <regex>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "model/kit_loader.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;

struct NewState {
  std::string dir;
  std::string title = "My workshop";
  std::string language = "en";
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

int run_new(const NewState& s) {
  std::error_code ec;
  if (fs::exists(s.dir, ec) && !fs::is_empty(s.dir, ec)) {
    std::cerr << "error: " << s.dir
              << " already exists and is not empty\n  hint: choose a new folder name\n";
    return kExitUsage;
  }
  static const std::regex lang("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  if (!std::regex_match(s.language, lang)) {
    std::cerr << "error: \"" << s.language
              << "\" is not a language code\n  hint: e.g. en, fr, de, pt-BR\n";
    return kExitUsage;
  }
  fs::path templ = fs::path(project_dir()) / "kit" / "template";
  // The installed schema by its absolute path: the kit can move anywhere on this machine.
  fs::path schema = fs::weakly_canonical(fs::absolute(fs::path(project_dir()) / "kit"), ec);
  std::string quoted_title = replace_all(replace_all(s.title, "\\", "\\\\"), "\"", "\\\"");
  try {
    for (auto it = fs::recursive_directory_iterator(templ);
         it != fs::recursive_directory_iterator(); ++it) {
      fs::path rel = fs::relative(it->path(), templ);
      fs::path target = fs::path(s.dir) / rel;
      if (it->is_directory()) {
        make_directories(target.string());
        continue;
      }
      make_directories(target.parent_path().string());
      std::string text = read_file(it->path().string());
      text = replace_all(text, "{{schema}}", schema.string());
      text = replace_all(text, "{{title}}", quoted_title);
      text = replace_all(text, "{{language}}", s.language);
      write_file_atomic(target.string(), text);
    }
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  Diagnostics diags;
  if (!load_kit(s.dir, diags)) {
    report(diags, false);
    return kExitKitError;
  }
  std::cout << "created the kit " << s.dir << "\nnext: edit "
            << (fs::path(s.dir) / "kit.yaml").string() << " and "
            << (fs::path(s.dir) / "decks" / "questions.yaml").string()
            << ", then run\n  kitpress build " << s.dir << " --png\n";
  return kExitOk;
}

const CommandRegistration new_command{
    {"new", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<NewState>();
       CLI::App* cmd = app.add_subcommand("new", "create a new kit from a small template");
       cmd->add_option("DIR", s->dir, "the new kit's folder (must not exist, or be empty)")
           ->required();
       cmd->add_option("--title", s->title, "the kit's title")->capture_default_str();
       cmd->add_option("--language", s->language, "the language of its texts (BCP 47)")
           ->capture_default_str();
       cmd->footer(
           "Example:\n  kitpress new my-workshop --title \"Climate debrief\" --language en\n");
       return [s] { return run_new(*s); };
     }}};

}  // namespace

}  // namespace kp
