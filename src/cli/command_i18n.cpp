// `kitpress i18n status KIT` and `kitpress i18n new KIT LANG`: the translators' commands.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <regex>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "i18n/skeleton.hpp"
#include "i18n/translation.hpp"
#include "model/kit_loader.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;

struct I18nState {
  std::string kit_dir;
  std::string language;
  bool update = false;
  bool keys = false;
};

std::string language_label(const std::string& code) {
  const LanguageInfo& l = language_info(code);
  return code + "  " + (l.code.empty() ? std::string("?") : l.name);
}

void print_keys(const std::string& lang, const char* what, const std::vector<std::string>& keys,
                bool all) {
  const size_t shown = all ? keys.size() : std::min<size_t>(keys.size(), 8);
  for (size_t i = 0; i < shown; ++i)
    std::cout << "  " << lang << " " << what << ": " << keys[i] << '\n';
  if (shown < keys.size())
    std::cout << "  " << lang << " " << what << ": ... and " << keys.size() - shown
              << " more (--keys lists them all)\n";
}

int status(const I18nState& s) {
  Diagnostics diags;
  auto source = load_kit(s.kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  size_t total = 0;
  visit_texts(*source, [&](const std::string&, const Text&) { ++total; });
  std::cout << "Translations of " << s.kit_dir << " (" << total << " texts in "
            << language_label(source->language).substr(4) << ")\n\n";
  char line[200];
  std::snprintf(line, sizeof line, "  %-16s %10s %8s %6s %6s  %s\n", "language", "translated",
                "missing", "stale", "extra", "state");
  std::cout << line;
  std::snprintf(line, sizeof line, "  %-16s %10zu %8s %6s %6s  %s\n",
                language_label(source->language).c_str(), total, "-", "-", "-", "source");
  std::cout << line;
  std::vector<TranslationStatus> incomplete;
  bool unreadable = false;
  for (const auto& lang : translation_languages(s.kit_dir)) {
    if (lang == source->language) continue;
    Diagnostics td;
    auto t = load_translation(s.kit_dir, lang, td);
    if (!t) {
      std::snprintf(line, sizeof line, "  %-16s %10s %8s %6s %6s  %s\n",
                    language_label(lang).c_str(), "-", "-", "-", "-", "cannot be read");
      std::cout << line;
      diags.append(td);
      unreadable = true;
      continue;
    }
    TranslationStatus st = translation_status(*source, *t);
    std::snprintf(line, sizeof line, "  %-16s %10zu %8zu %6zu %6zu  %s\n",
                  language_label(lang).c_str(), st.translated, st.missing.size(), st.stale.size(),
                  st.extra.size(), st.complete() ? "complete" : "incomplete");
    std::cout << line;
    if (!st.complete()) incomplete.push_back(std::move(st));
  }
  if (!incomplete.empty()) std::cout << '\n';
  for (const auto& st : incomplete) {
    print_keys(st.language, "missing", st.missing, s.keys);
    print_keys(st.language, "stale", st.stale, s.keys);
    print_keys(st.language, "extra", st.extra, s.keys);
  }
  if (!incomplete.empty()) {
    std::cout << "\nStale: the source text changed after it was translated; `kitpress build "
                 "--lang LANG` shows the new text.\nTo add missing keys to a file: kitpress i18n "
                 "new "
              << s.kit_dir << " LANG --update\n";
  }
  if (unreadable) {
    std::cout << '\n';
    report(diags, false);
    return kExitKitError;
  }
  return kExitOk;
}

int create(const I18nState& s) {
  Diagnostics diags;
  auto source = load_kit(s.kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  static const std::regex tag("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  if (!std::regex_match(s.language, tag)) {
    std::cerr << "error: \"" << s.language
              << "\" is not a language code\n  hint: write a BCP 47 code such as en, de, ar, ja "
                 "or pt-BR\n";
    return kExitUsage;
  }
  if (s.language == source->language) {
    std::cerr << "error: " << s.language << " is the kit's own language\n";
    return kExitUsage;
  }
  std::string path = translation_path(s.kit_dir, s.language);
  std::optional<Translation> existing;
  std::error_code ec;
  if (fs::exists(path, ec)) {
    if (!s.update) {
      std::cerr << "error: " << path
                << " exists already\n  hint: add --update to add the missing keys and keep "
                   "every translation\n";
      return kExitUsage;
    }
    existing = load_translation(s.kit_dir, s.language, diags);
    if (!existing) {
      report(diags, false);
      return kExitKitError;
    }
  }
  std::string yaml = translation_skeleton(*source, s.language, existing ? &*existing : nullptr);
  try {
    make_directories((fs::path(s.kit_dir) / "i18n").string());
    write_file_atomic(path, yaml);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  Diagnostics none;
  auto written = load_translation(s.kit_dir, s.language, none);
  size_t todo = written ? translation_status(*source, *written).missing.size() : 0;
  std::cout << "wrote " << path << ": " << todo << " texts to translate\n";
  if (existing) {
    TranslationStatus before = translation_status(*source, *existing);
    if (!before.extra.empty())
      std::cout << "dropped " << before.extra.size()
                << " keys the kit no longer has (see git diff)\n";
  }
  return kExitOk;
}

const CommandRegistration i18n_command{
    {"i18n", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<I18nState>();
       CLI::App* cmd = app.add_subcommand("i18n", "translations: their state, and new ones");
       cmd->require_subcommand(1);
       CLI::App* st = cmd->add_subcommand(
           "status", "a table per language: translated, missing, stale and extra texts");
       add_kit_argument(st, s->kit_dir, "the kit");
       st->add_flag("--keys", s->keys, "list every missing, stale and extra key");
       st->footer(
           "Examples:\n  kitpress i18n status kit/bulle-dg          # a table per language\n"
           "  kitpress i18n status kit/bulle-dg --keys   # and the keys to translate or drop\n");
       CLI::App* nw = cmd->add_subcommand(
           "new", "write KIT/i18n/LANG.yaml to translate, the source text beside each key");
       nw->add_option("KIT", s->kit_dir, "the kit folder")->required();
       nw->add_option("LANG", s->language, "the language code, e.g. de, ar, ja")->required();
       nw->add_flag("--update", s->update,
                    "the file exists: add the keys it lacks, keep every translation");
       nw->footer(
           "Examples:\n  kitpress i18n new kit/bulle-dg it           # write "
           "kit/bulle-dg/i18n/it.yaml\n"
           "  kitpress i18n new kit/bulle-dg de --update  # after the source changed\n");
       cmd->footer(
           "Examples:\n  kitpress i18n status kit/bulle-dg\n  kitpress i18n new kit/bulle-dg "
           "it\n");
       return [s, st] {
         if (!resolve_kit_folder(s->kit_dir)) return static_cast<int>(kExitUsage);
         return st->parsed() ? status(*s) : create(*s);
       };
     }}};

}  // namespace

}  // namespace kp
