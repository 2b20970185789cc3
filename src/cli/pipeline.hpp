// The build pipeline shared by `build` and `check`: load, lay out every output, then write.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/cards_document.hpp"
#include "model/kit.hpp"
#include "text/font_context.hpp"

namespace kp {

struct BuildOptions {
  std::string kit_dir = "kit/bulle-dg";
  std::string out_dir = "out";
  bool png = false;
  double png_dpi = 150;
  SheetOptions sheets;
};

// Everything laid out for one kit and language, ready to write.
struct LaidOutKit {
  Kit kit;
  std::unique_ptr<FontContext> fonts;
  Document cards;
  std::vector<ProofFace> proofs;
};

// Loads and lays out; every problem goes to diags. nullopt if the kit could not be loaded.
std::optional<LaidOutKit> lay_out_kit(const BuildOptions& o, Diagnostics& diags);

// Writes the outputs into out_dir/<lang>/, each file atomically. Returns the paths written.
std::vector<std::string> write_outputs(const LaidOutKit& k, const BuildOptions& o);

}  // namespace kp
