// One localize → lay out → write job per language, run with parallel_for.
#include "cli/language_runs.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/progress.hpp"

#include "core/parallel.hpp"
#include "core/stage_timer.hpp"
#include "core/suggest.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "i18n/translation.hpp"

namespace kp {

std::vector<std::string> resolve_languages(const Kit& source, const std::string& spec,
                                           Diagnostics& diags) {
  std::vector<std::string> available = {source.language};
  for (const auto& l : translation_languages(source.dir))
    if (l != source.language) available.push_back(l);
  if (spec.empty()) return {source.language};
  if (spec == "all") return available;
  std::vector<std::string> out;
  size_t at = 0;
  while (at <= spec.size()) {
    size_t end = spec.find(',', at);
    if (end == std::string::npos) end = spec.size();
    std::string lang = spec.substr(at, end - at);
    at = end + 1;
    if (lang.empty() || std::find(out.begin(), out.end(), lang) != out.end()) continue;
    if (std::find(available.begin(), available.end(), lang) == available.end()) {
      diags.error(
          Location{translation_path(source.dir, lang), 0, 0, {}},
          "the kit has no translation into \"" + lang + "\"" + did_you_mean(lang, available),
          "its languages are " + join_choices(available) +
              "; start a new one with: kitpress i18n new " + source.dir + " " + lang);
      continue;
    }
    out.push_back(lang);
  }
  return out;
}

namespace {

// Marks every message with its language, so that a run over six languages stays readable.
Diagnostics tagged(const Diagnostics& in, const std::string& language) {
  Diagnostics out;
  const std::string tag = language + ": ";
  for (Diagnostic d : in.items()) {
    if (d.message.rfind(tag, 0) != 0) d.message = tag + d.message;
    out.add(std::move(d));
  }
  return out;
}

void run_one(const Kit& source, const BuildOptions& o, bool write, bool tag, Progress* progress,
             OutputSet* set, size_t index, LanguageRun& run) {
  TaskTimer wall;  // this language's own time, not another's helped meanwhile
  Diagnostics diags;
  {
    // The cards are drawn into their staged file as they are laid out (or dropped, for a
    // check): a kit of any size never holds all its pages.
    const StreamTarget stream{write ? set : nullptr};
    if (auto laid = lay_out_language(source, run.language, o, diags, &stream)) {
      run.laid_out = true;
      run.cards = laid->kit.card_count();
      run.decks = laid->kit.decks.size();
      run.proofs = laid->proofs.size();
      if (write && set && !diags.has_errors()) {
        try {
          if (progress) {
            Progress::Part part = progress->part(index, output_count(*laid, o));
            run.written = write_outputs(*laid, o, *set, &part);
          } else {
            run.written = write_outputs(*laid, o, *set);
          }
        } catch (const std::exception& e) {
          run.write_error = e.what();
        }
      }
      run.times = laid->times;
    }
  }
  run.diags = tag ? tagged(diags, run.language) : diags;
  run.wall_ms = wall.elapsed_ms();
}

}  // namespace

std::optional<LaidOutKit> lay_out_language(const Kit& source, const std::string& language,
                                           const BuildOptions& o, Diagnostics& diags,
                                           const StreamTarget* stream) {
  if (language == source.language) return lay_out(source, o, diags, stream);
  auto t = load_translation(source.dir, language, diags);
  if (!t) return std::nullopt;
  return lay_out(localize(source, *t, diags,
                          o.verbose ? TranslationReport::EachKey : TranslationReport::Summary),
                 o, diags, stream);
}

std::vector<LanguageRun> run_languages(const Kit& source, const std::vector<std::string>& languages,
                                       const BuildOptions& o, bool write, unsigned threads,
                                       Progress* progress, OutputSet* set) {
  std::vector<LanguageRun> runs(languages.size());
  for (size_t i = 0; i < languages.size(); ++i) runs[i].language = languages[i];
  // Languages share only the source kit (read-only) and the hyphenators (locked); each has
  // its own fonts, Pango context and output folder.
  // Messages name their language unless the run is the source language alone.
  const bool tag = runs.size() > 1 || (runs.size() == 1 && runs[0].language != source.language);
  // The costliest languages start first, so that the cores finish together: a language whose
  // script needs large system fonts (CJK: 40 MB) spends several times longer loading and
  // embedding glyphs than the others.
  std::vector<size_t> order(runs.size());
  std::vector<unsigned long long> font_bytes(runs.size(), 0);
  for (size_t i = 0; i < runs.size(); ++i) {
    order[i] = i;
    for (const auto& f : system_fonts_for(runs[i].language).found) {
      std::error_code ec;
      font_bytes[i] += std::filesystem::file_size(f, ec);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return font_bytes[a] > font_bytes[b]; });
  // With several languages on the cores, each lays out its outputs one after another, but for
  // the last two to start: a worker left idle joins their outputs (see parallel_for_workers).
  BuildOptions each = o;
  if (worker_count(runs.size(), threads) > 1) each.threads = 1;
  parallel_for(
      runs.size(),
      [&](size_t n) {
        run_one(source, n + 2 >= runs.size() ? o : each, write, tag, progress, set, order[n],
                runs[order[n]]);
      },
      threads);
  return runs;
}

}  // namespace kp
