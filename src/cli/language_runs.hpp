// Building a kit in several languages in one run: localize, lay out and write each on its own core.
#pragma once
#include <string>
#include <vector>

#include "cli/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "model/kit.hpp"

namespace kp {

// The languages asked for: "" is the kit's own language, "all" the source and every
// translation in KIT/i18n/, else a comma-separated list ("fr,de"). Unknown ones are errors.
std::vector<std::string> resolve_languages(const Kit& source, const std::string& spec,
                                           Diagnostics& diags);

// The source kit in `language` (its own, or localized from KIT/i18n/), laid out; `stream` as
// for lay_out.
std::optional<LaidOutKit> lay_out_language(const Kit& source, const std::string& language,
                                           const BuildOptions& o, Diagnostics& diags,
                                           const StreamTarget* stream = nullptr);

// What became of one language.
struct LanguageRun {
  std::string language;
  Diagnostics diags;  // its problems; prefixed "de: " unless the source language ran alone
  bool laid_out = false;
  size_t cards = 0, decks = 0, proofs = 0;
  std::vector<std::string> written;
  std::string write_error;  // set when writing failed
  StageTimes times;
  double wall_ms = 0;
};

// Localizes, lays out and (when `write`) writes every language, `threads` at a time (0: one
// per core). Each language has its own font context. Results are in the order of `languages`.
// `progress` (may be null, made with one part per language, in `languages`' order) counts the
// files written. Written files are staged in `set` (which must be given when `write`): the
// caller commits it when every language succeeded.
std::vector<LanguageRun> run_languages(const Kit& source, const std::vector<std::string>& languages,
                                       const BuildOptions& o, bool write, unsigned threads = 0,
                                       Progress* progress = nullptr, OutputSet* set = nullptr);

}  // namespace kp
