// `kitpress new DIR`: a new kit from the small template in kit/template, ready to edit and build.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <regex>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "model/kit_loader.hpp"
#include "model/yaml_tree.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;

struct NewState {
  std::string dir;
  std::string title;  // default: the language's "My workshop"
  std::string language = "en";
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

// The placeholder texts of the template in `language` (kit/template-texts/LANG.yaml, else the
// file of its base language, "pt" for "pt-BR"); empty when kitpress ships none for it.
std::map<std::string, std::string> template_texts(const std::string& language) {
  std::map<std::string, std::string> texts;
  const fs::path dir = fs::path(project_dir()) / "kit" / "template-texts";
  for (const std::string& lang : {language, language.substr(0, language.find('-'))}) {
    std::error_code ec;
    const fs::path file = dir / (lang + ".yaml");
    if (!fs::is_regular_file(file, ec)) continue;
    Diagnostics diags;
    SourceFile src;
    auto root = parse_yaml_file(file.string(), file.string(), &src, diags);
    if (!root || root->kind != YamlNode::Kind::Map) continue;
    for (const auto& [key, value] : root->entries) texts[key.scalar] = value.scalar;
    break;
  }
  return texts;
}

// Text for inside a double-quoted YAML scalar.
std::string yaml_quoted(const std::string& s) {
  return replace_all(replace_all(s, "\\", "\\\\"), "\"", "\\\"");
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
  auto texts = template_texts(s.language);
  const bool own_language = !texts.empty();
  if (!own_language) texts = template_texts("en");
  if (!s.title.empty()) texts["title"] = s.title;
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
      text = replace_all(text, "{{language}}", s.language);
      for (const auto& [key, value] : texts)
        text = replace_all(text, "{{" + key + "}}", yaml_quoted(value));
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
  if (!own_language)
    std::cout << "note: kitpress has no texts in \"" << s.language
              << "\": the placeholders and the words: of kit.yaml are in English, translate them\n";
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
       cmd->add_option("--title", s->title,
                       "the kit's title (default: \"My workshop\" in the kit's language)");
       cmd->add_option("--language", s->language,
                       "the language of its texts (BCP 47); kitpress writes its placeholder "
                       "texts and words in en, fr, de and es")
           ->capture_default_str();
       cmd->footer(
           "Example:\n  kitpress new my-workshop --title \"Climate debrief\" --language en\n");
       return [s] { return run_new(*s); };
     }}};

}  // namespace

}  // namespace kp
