// `kitpress i18n status KIT` and `kitpress i18n new KIT LANG`: the translators' commands.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <regex>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/i18n_exchange.hpp"
#include "cli/kit_argument.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "i18n/migrate.hpp"
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
  std::vector<std::string> languages;
  std::string format;  // export: po, xliff or csv (default: from the file name)
  std::string file;    // export: the file written; import: the file read
  std::vector<std::string> accept_keys;
  bool all_reviewed = false;
};

std::string language_label(const std::string& code) {
  const LanguageInfo& l = language_info(code);
  return code + "  " + (l.code.empty() ? std::string("?") : l.name);
}

// Every missing, stale (old and new source side by side) and extra key of a language.
void print_keys(const Kit& source, const Translation& t, const TranslationStatus& st) {
  for (const auto& key : st.missing)
    std::cout << "  " << st.language << " missing: " << key << '\n';
  std::map<std::string, std::string> now;
  visit_texts(source, [&](const std::string& key, const Text& text) { now[key] = text.value; });
  for (const auto& key : st.stale) {
    std::cout << "  " << st.language << " stale: " << key << '\n';
    if (const TranslationEntry* e = t.find(key))
      std::cout << "      " << stale_comparison(*e, now[key]) << '\n';
  }
  for (const auto& key : st.extra) std::cout << "  " << st.language << " extra: " << key << '\n';
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
  std::vector<std::pair<TranslationStatus, Translation>> incomplete;
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
    if (!st.complete()) incomplete.emplace_back(std::move(st), std::move(*t));
  }
  if (!incomplete.empty()) std::cout << '\n';
  const std::string from = language_label(source->language).substr(4);
  for (const auto& [st, t] : incomplete) {
    if (s.keys)
      print_keys(*source, t, st);
    else
      for (const auto& summary : status_summary(st, from)) std::cout << "  " << summary << '\n';
  }
  if (!incomplete.empty()) {
    std::cout << "\n"
              << (s.keys ? ""
                         : "--keys lists every key, stale ones with their old and new "
                           "text.\n")
              << "Stale: the source text changed after it was translated; once reviewed: "
                 "kitpress i18n accept "
              << s.kit_dir
              << " LANG KEY... (or --all-reviewed)\nTo add missing keys to a file: "
                 "kitpress i18n new "
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
    existing = migrate_translation(*source, *existing);
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

// Rewrites every translation (or those of `languages`) under the kit's current keys.
int migrate(const I18nState& s) {
  Diagnostics diags;
  auto source = load_kit(s.kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  std::vector<std::string> langs = s.languages;
  if (langs.empty()) langs = translation_languages(s.kit_dir);
  int rc = kExitOk;
  for (const auto& lang : langs) {
    if (lang == source->language) continue;
    auto t = load_translation(s.kit_dir, lang, diags);
    if (!t) {
      rc = kExitKitError;
      continue;
    }
    MigrationReport r;
    Translation moved = migrate_translation(*source, *t, &r);
    try {
      write_file_atomic(t->file, translation_skeleton(*source, lang, &moved));
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << '\n';
      return kExitOutputError;
    }
    std::cout << t->file << ": " << r.kept << " kept, " << r.renamed << " renamed, " << r.moved
              << " moved, " << r.edited << " edited (now stale), " << r.dropped.size()
              << " dropped\n";
    for (const auto& key : r.dropped)
      std::cout << "  dropped " << key << ": it translates no text of the kit\n";
  }
  if (diags.error_count()) report(diags, false);
  return rc;
}

const CommandRegistration i18n_command{
    {"i18n", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<I18nState>();
       CLI::App* cmd = app.add_subcommand("i18n", "translations: their state, and new ones");
       cmd->require_subcommand(1);
       CLI::App* st = cmd->add_subcommand(
           "status", "a table per language: translated, missing, stale and extra texts");
       add_kit_argument(st, s->kit_dir, "the kit");
       st->add_flag("--keys,--verbose", s->keys,
                    "list every missing, stale and extra key, stale ones with their old and new "
                    "source text");
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
       CLI::App* mg = cmd->add_subcommand(
           "migrate",
           "rewrite the translations under the kit's current keys (after an upgrade of "
           "kitpress, or when source texts moved), keeping every translation");
       mg->add_option("KIT", s->kit_dir, "the kit folder")->required();
       mg->add_option("LANG", s->languages, "only these languages (default: all)");
       CLI::App* ex = cmd->add_subcommand(
           "export",
           "write LANG's translation for a translator's tool: PO (Poedit, Lokalize, "
           "Weblate), XLIFF 2.0 (CAT tools) or CSV (a spreadsheet)");
       ex->add_option("KIT", s->kit_dir, "the kit folder")->required();
       ex->add_option("LANG", s->language, "the language code, e.g. de")->required();
       ex->add_option("--format", s->format, "po, xliff or csv (default: from the file name)")
           ->check(CLI::IsMember({"po", "xliff", "csv"}));
       ex->add_option("-o,--output", s->file, "the file to write, e.g. de.po")->required();
       CLI::App* im = cmd->add_subcommand(
           "import",
           "read a translated PO, XLIFF or CSV file back into KIT/i18n/LANG.yaml, "
           "after checking every text and that it fits");
       im->add_option("KIT", s->kit_dir, "the kit folder")->required();
       im->add_option("FILE", s->file, "the translated file (.po, .xlf or .csv)")->required();
       im->add_option("--lang", s->language,
                      "its language, when the file does not say (a CSV not named LANG.csv)");
       CLI::App* ac = cmd->add_subcommand(
           "accept",
           "after review, mark stale translations as made from the current source "
           "text (rewrites their fingerprint)");
       ac->add_option("KIT", s->kit_dir, "the kit folder")->required();
       ac->add_option("LANG", s->language, "the language code, e.g. de")->required();
       ac->add_option("KEY", s->accept_keys, "the keys reviewed (see i18n status --keys)");
       ac->add_flag("--all-reviewed", s->all_reviewed, "every stale translation of LANG");
       cmd->footer(
           "Examples:\n  kitpress i18n status kit/bulle-dg\n  kitpress i18n new kit/bulle-dg "
           "it\n");
       return [s, st, mg, ex, im, ac]() -> int {
         if (!resolve_kit_folder(s->kit_dir)) return kExitUsage;
         if (mg->parsed()) return migrate(*s);
         if (ex->parsed()) {
           ExchangeFormat f = ExchangeFormat::Po;
           if (s->format == "xliff")
             f = ExchangeFormat::Xliff;
           else if (s->format == "csv")
             f = ExchangeFormat::Csv;
           else if (s->format.empty() && !format_of_file(s->file, &f)) {
             std::cerr << "error: say --format po, xliff or csv, or name the file .po, .xlf or "
                          ".csv\n";
             return kExitUsage;
           }
           return export_translation(s->kit_dir, s->language, f, s->file);
         }
         if (im->parsed()) return import_translation(s->kit_dir, s->file, s->language);
         if (ac->parsed()) {
           if (s->accept_keys.empty() == !s->all_reviewed) {
             std::cerr << "error: name the KEYs reviewed, or give --all-reviewed\n";
             return kExitUsage;
           }
           return accept_translations(s->kit_dir, s->language, s->accept_keys, s->all_reviewed);
         }
         return st->parsed() ? status(*s) : create(*s);
       };
     }}};

}  // namespace

}  // namespace kp
