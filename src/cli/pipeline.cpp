// Load → lay out → write, for one kit and language.
#include "cli/pipeline.hpp"

#include <filesystem>

#include "core/atomic_file.hpp"
#include "model/kit_loader.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"

namespace kp {
namespace fs = std::filesystem;

const OutputDocument* LaidOutKit::find(const std::string& file) const {
  for (const auto& o : outputs)
    if (o.file == file) return &o;
  return nullptr;
}

std::optional<LaidOutKit> lay_out_kit(const BuildOptions& o, Diagnostics& diags) {
  auto kit = load_kit(o.kit_dir, diags);
  if (!kit) return std::nullopt;
  LaidOutKit k;
  k.kit = std::move(*kit);
  if (o.participants > 0) k.kit.participants = o.participants;
  if (o.groups > 0) k.kit.groups = o.groups;
  try {
    k.fonts = std::make_unique<FontContext>(font_dirs_for_kit(o.kit_dir));
  } catch (const std::exception& e) {
    diags.error(Location{o.kit_dir, 0, 0, {}}, e.what());
    return std::nullopt;
  }
  if (!k.fonts->has_family(k.kit.theme.font)) {
    std::string families;
    for (const auto& f : k.fonts->families()) families += (families.empty() ? "" : ", ") + f;
    Location where = k.kit.theme.font_where.line ? k.kit.theme.font_where
                                                 : Location{o.kit_dir + "/kit.yaml", 0, 0, {}};
    diags.error(where, "the font \"" + k.kit.theme.font + "\" is not available",
                "the fonts found in fonts/ and the kit's fonts/ folder are: " + families);
    return std::nullopt;
  }
  check_contrast(k.kit, diags);
  k.outputs.push_back(
      {"cards.pdf", compose_cards(k.kit, *k.fonts, o.sheets, diags, o.png ? &k.proofs : nullptr)});
  return k;
}

std::vector<std::string> write_outputs(const LaidOutKit& k, const BuildOptions& o) {
  std::vector<std::string> written;
  std::string dir = (fs::path(o.out_dir) / k.kit.language).string();
  make_directories(dir);
  for (const auto& out : k.outputs) {
    std::string path = dir + "/" + out.file;
    switch (out.writer) {
      case OutputDocument::Writer::OfficePdf:
        write_pdf(out.doc, path);
        break;
    }
    written.push_back(path);
  }
  if (o.png) {
    std::string preview = dir + "/preview";
    make_directories(preview);
    for (const auto& p : k.proofs) {
      std::string path = preview + "/" + p.name + ".png";
      write_png(p.page, o.png_dpi, path);
      written.push_back(path);
    }
  }
  return written;
}

}  // namespace kp
