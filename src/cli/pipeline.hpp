// The build pipeline shared by `build` and `check`: load, lay out every output, then write.
#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/progress.hpp"
#include "core/diagnostics.hpp"
#include "core/output_set.hpp"
#include "layout/cards_document.hpp"
#include "layout/sticker_sheets.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

struct BuildOptions {
  std::string kit_dir;  // the kit folder
  std::string out_dir = "out";
  bool png = false;
  int participants = 0;  // overrides the kit's number when > 0
  int groups = 0;        // overrides the kit's number of sub-groups when > 0
  double png_dpi = 150;
  bool press = false;  // also write cards-press.pdf (libharu, CMYK, one face a page)
  std::set<std::string>
      only;  // outputs to make (cards, stickers, guide, worksheets, handout); empty: all
  bool deck_per_sheet = false;  // start each deck on a fresh sheet
  bool packs = false;           // cards.pdf: one pack per sub-group, each after a cover slip
  PrintSettings print;          // from the command line; wins over the kit's print:
  StickerOptions stickers;      // label product, first label, outlines
  unsigned threads = 0;         // workers for the outputs of one language (0: one per core)
  bool verbose = false;         // a message per untranslated, stale or extra translation key
};

// One output file of a build: its name in OUT/<lang>/ and its pages.
struct OutputDocument {
  enum class Writer { OfficePdf, PressPdf, Text };
  // Where the pages are: held in `doc`, or (a streamed output) already written page by page
  // into the staged file `staged`, or dropped as laid out (a check, a build with errors).
  enum class Pages { Held, Written, Dropped };
  std::string file;  // e.g. "cards.pdf"
  Document doc;
  Writer writer = Writer::OfficePdf;
  std::string text = {};  // the contents of a Text output (the press job sheet)
  Pages pages = Pages::Held;
  std::string staged = {};  // with Pages::Written
};

// Where lay_out sends the outputs it streams (the cards: each sheet laid out, drawn and let go
// before the next), so that no build holds all its pages. With a set, they are staged in it
// under OUT/<lang>; without, their pages are dropped (a check reads only messages).
struct StreamTarget {
  OutputSet* set = nullptr;
};

// Milliseconds spent in each stage (for --timings).
struct StageTimes {
  double load = 0, layout = 0, render = 0, write = 0;
};

// Everything laid out for one kit and language, ready to write.
// The members are destroyed in reverse order: the documents (which hold fonts) before the font
// contexts, which their threads may reuse as soon as nothing else holds them.
struct LaidOutKit {
  StageTimes times;
  Kit kit;
  std::shared_ptr<FontContext> fonts;
  // The fonts of the other workers that composed outputs (their documents refer to them).
  std::vector<std::shared_ptr<FontContext>> worker_fonts;
  std::vector<OutputDocument> outputs;
  std::vector<ProofFace> proofs;
  std::string stream_error;  // a streamed output that could not be written, named as the user's
  const OutputDocument* find(const std::string& file) const;
};

// Loads and lays out; every problem goes to diags. nullopt if the kit could not be loaded.
// With `stream`, the outputs that can be are written (or dropped) as they are laid out, never
// held whole (see StreamTarget); without, every page is held (the studio, watch).
std::optional<LaidOutKit> lay_out_kit(const BuildOptions& o, Diagnostics& diags,
                                      const StreamTarget* stream = nullptr);

// Lays out every output of a kit already in its language (the source, or localize()d):
// picks the language's fonts, checks that their files are sound and that they draw every
// character, then composes. nullopt when a font is missing or damaged (nothing is laid out
// then); a character without a glyph is an error in `diags`, but the layout still runs.
// `stream` as for lay_out_kit; nothing is streamed into the set after an earlier error.
std::optional<LaidOutKit> lay_out(Kit kit, const BuildOptions& o, Diagnostics& diags,
                                  const StreamTarget* stream = nullptr);

// Writes the outputs for out_dir/<lang>/ into `set`, staged: they replace the previous files
// only when the caller commits the set, once every language of the build is written (see
// OutputSet: the whole set or nothing). Returns the paths of the files, as they will be.
// Streamed outputs are staged already: they are listed, not written again.
// Render and write times are added to k.times.
// `progress`, if given, is told of each file written.
std::vector<std::string> write_outputs(LaidOutKit& k, const BuildOptions& o, OutputSet& set,
                                       Progress::Part* progress = nullptr);
// How many files write_outputs will write.
size_t output_count(const LaidOutKit& k, const BuildOptions& o);

}  // namespace kp
