// Export, import and accept: the translation file rewritten through the skeleton writer.
#include "cli/i18n_exchange.hpp"

#include <filesystem>
#include <iostream>
#include <regex>

#include "cli/app.hpp"
#include "cli/pipeline.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "core/suggest.hpp"
#include "i18n/csv_format.hpp"
#include "i18n/exchange.hpp"
#include "i18n/fingerprint.hpp"
#include "i18n/localize.hpp"
#include "i18n/migrate.hpp"
#include "i18n/po_format.hpp"
#include "i18n/skeleton.hpp"
#include "i18n/xliff_format.hpp"
#include "model/kit_loader.hpp"
#include "model/text_keys.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;

// The kit's translation into `language` under current keys; an empty one if there is none.
std::optional<Translation> current_translation(const Kit& source, const std::string& kit_dir,
                                               const std::string& language, Diagnostics& diags) {
  std::error_code ec;
  if (!fs::exists(translation_path(kit_dir, language), ec)) {
    Translation t;
    t.language = language;
    t.file = translation_path(kit_dir, language);
    return t;
  }
  auto t = load_translation(kit_dir, language, diags);
  if (!t) return std::nullopt;
  return migrate_translation(source, *t);
}

int write_translation(const Kit& source, const std::string& kit_dir, const Translation& t) {
  try {
    make_directories((fs::path(kit_dir) / "i18n").string());
    write_file_atomic(translation_path(kit_dir, t.language),
                      translation_skeleton(source, t.language, &t));
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  return kExitOk;
}

}  // namespace

bool format_of_file(const std::string& path, ExchangeFormat* format) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".po")
    *format = ExchangeFormat::Po;
  else if (ext == ".xlf" || ext == ".xliff")
    *format = ExchangeFormat::Xliff;
  else if (ext == ".csv")
    *format = ExchangeFormat::Csv;
  else
    return false;
  return true;
}

int export_translation(const std::string& kit_dir, const std::string& language,
                       ExchangeFormat format, const std::string& file) {
  Diagnostics diags;
  auto source = load_kit(kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  if (language == source->language) {
    std::cerr << "error: " << language << " is the kit's own language\n";
    return kExitUsage;
  }
  auto t = current_translation(*source, kit_dir, language, diags);
  if (!t) {
    report(diags, false);
    return kExitKitError;
  }
  ExchangeSet set = exchange_set(*source, *t);
  std::string text;
  switch (format) {
    case ExchangeFormat::Po:
      text = write_po(set);
      break;
    case ExchangeFormat::Xliff:
      text = write_xliff(set);
      break;
    case ExchangeFormat::Csv:
      text = write_csv(set);
      break;
  }
  try {
    write_file_atomic(file, text);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  size_t todo = 0, stale = 0;
  for (const auto& u : set.units) {
    todo += u.state == UnitState::Untranslated;
    stale += u.state == UnitState::Stale;
  }
  std::cout << "wrote " << file << ": " << set.units.size() << " texts, " << todo
            << " to translate, " << stale << " to review\n";
  return kExitOk;
}

int import_translation(const std::string& kit_dir, const std::string& file,
                       const std::string& language) {
  ExchangeFormat format;
  if (!format_of_file(file, &format)) {
    std::cerr << "error: " << file
              << ": kitpress reads .po, .xlf (.xliff) and .csv files\n  hint: name the file "
                 "after its format\n";
    return kExitUsage;
  }
  Diagnostics diags;
  auto source = load_kit(kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  std::optional<ImportedFile> imported;
  switch (format) {
    case ExchangeFormat::Po:
      imported = read_po(file, file, diags);
      break;
    case ExchangeFormat::Xliff:
      imported = read_xliff(file, file, diags);
      break;
    case ExchangeFormat::Csv:
      imported = read_csv_translation(file, file, diags);
      // A spreadsheet does not say its language: the file's name may (de.csv).
      if (imported && language.empty()) {
        static const std::regex code("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
        std::string stem = fs::path(file).stem().string();
        if (std::regex_match(stem, code)) imported->language = stem;
      }
      break;
  }
  if (!imported) {
    report(diags, false);
    return kExitKitError;
  }
  std::string lang = language.empty() ? imported->language : language;
  const Location whole{file, 0, 0, {}};
  if (lang.empty()) {
    diags.error(whole, "the file does not say which language it holds",
                "add --lang LANG, e.g. --lang de");
  } else if (!imported->language.empty() && lang != imported->language) {
    diags.error(whole, "the file holds \"" + imported->language + "\", not \"" + lang + "\"",
                "leave out --lang, or import the file of that language");
  } else if (lang == source->language) {
    diags.error(whole, "\"" + lang + "\" is the kit's own language",
                "import a translation into another language");
  }
  if (diags.has_errors()) {
    report(diags, false);
    return kExitKitError;
  }
  auto existing = current_translation(*source, kit_dir, lang, diags);
  std::optional<Translation> merged;
  if (existing) merged = import_units(*source, *existing, imported->units, diags);
  if (!merged) {
    report(diags, false);
    return kExitKitError;
  }
  // Every output must still lay out in that language: a text that does not fit is refused here,
  // located in the imported file, rather than at the next build.
  Diagnostics localized;
  Kit kit = localize(*source, *merged, localized);
  BuildOptions options;
  options.kit_dir = kit_dir;
  Diagnostics fit;
  lay_out(std::move(kit), options, fit);
  if (fit.has_errors()) {
    report(fit, true);
    std::cerr << "nothing was written: " << translation_path(kit_dir, lang) << " is unchanged\n";
    return kExitKitError;
  }
  size_t changed = 0;
  for (const auto& e : merged->entries) {
    const TranslationEntry* before = existing->find(e.key);
    changed += !before || before->text.value != e.text.value || before->from != e.from;
  }
  if (int rc = write_translation(*source, kit_dir, *merged); rc != kExitOk) return rc;
  std::cout << "imported " << imported->units.size() << " texts from " << file << " into "
            << translation_path(kit_dir, lang) << ": " << changed << " changed\n";
  return kExitOk;
}

int accept_translations(const std::string& kit_dir, const std::string& language,
                        const std::vector<std::string>& keys, bool all_reviewed) {
  Diagnostics diags;
  auto source = load_kit(kit_dir, diags);
  if (!source) {
    report(diags, false);
    return kExitKitError;
  }
  auto t = load_translation(kit_dir, language, diags);
  if (!t) {
    report(diags, false);
    return kExitKitError;
  }
  Translation moved = migrate_translation(*source, *t);
  std::map<std::string, std::string> now;
  visit_texts(*source, [&](const std::string& key, const Text& text) { now[key] = text.value; });
  std::vector<std::string> stale;
  for (const auto& e : moved.entries)
    if (!e.text.empty() && now.count(e.key) && !e.current_for(now[e.key])) stale.push_back(e.key);
  std::vector<std::string> chosen = all_reviewed ? stale : keys;
  for (const auto& key : chosen) {
    if (std::find(stale.begin(), stale.end(), key) == stale.end()) {
      diags.error(Location{t->file, 0, 0, {}},
                  "\"" + key + "\" is not a stale translation" + did_you_mean(key, stale),
                  stale.empty()
                      ? "every translation is current"
                      : "kitpress i18n status " + kit_dir + " --keys lists the stale ones");
    }
  }
  if (diags.has_errors()) {
    report(diags, false);
    return kExitKitError;
  }
  for (auto& e : moved.entries) {
    if (std::find(chosen.begin(), chosen.end(), e.key) == chosen.end()) continue;
    e.from = text_fingerprint(now[e.key]);
    e.before_comment.clear();
  }
  if (int rc = write_translation(*source, kit_dir, moved); rc != kExitOk) return rc;
  std::cout << t->file << ": " << chosen.size() << " translation" << (chosen.size() == 1 ? "" : "s")
            << " marked current\n";
  return kExitOk;
}

}  // namespace kp
