// Load → lay out → write, for one kit and language.
#include "cli/pipeline.hpp"

#include <filesystem>

#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "core/stage_timer.hpp"
#include "layout/guide_document.hpp"
#include "layout/press_document.hpp"
#include "layout/print_setup.hpp"
#include "layout/worksheets_document.hpp"
#include "model/kit_loader.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"
#include "render/press_pdf_writer.hpp"

namespace kp {
namespace fs = std::filesystem;

const OutputDocument* LaidOutKit::find(const std::string& file) const {
  for (const auto& o : outputs)
    if (o.file == file) return &o;
  return nullptr;
}

std::optional<LaidOutKit> lay_out_kit(const BuildOptions& o, Diagnostics& diags) {
  StageTimer load_timer;
  auto kit = load_kit(o.kit_dir, diags);
  if (!kit) return std::nullopt;
  LaidOutKit k;
  k.times.load = load_timer.elapsed_ms();
  StageTimer layout_timer;
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
  const PrintSettings print = k.kit.print.merged_with(o.print);
  SheetOptions sheets = sheet_options(print, diags);
  sheets.deck_per_sheet = o.deck_per_sheet;
  k.outputs.push_back(
      {"cards.pdf", compose_cards(k.kit, *k.fonts, sheets, diags, o.png ? &k.proofs : nullptr)});
  if (!k.kit.guide.empty())
    k.outputs.push_back({"guide.pdf", compose_guide(k.kit, *k.fonts, o.stickers, diags)});
  if (Document ws = compose_worksheets(k.kit, *k.fonts, diags); !ws.pages.empty())
    k.outputs.push_back({"worksheets.pdf", std::move(ws)});
  if (o.press) {
    k.outputs.push_back({"cards-press.pdf",
                         compose_press_cards(k.kit, *k.fonts, press_options(print), diags),
                         OutputDocument::Writer::PressPdf});
  }
  if (k.kit.stickers)
    k.outputs.push_back({"stickers.pdf", compose_stickers(k.kit, *k.fonts, o.stickers, diags)});
  k.times.layout = layout_timer.elapsed_ms();
  return k;
}

size_t output_count(const LaidOutKit& k, const BuildOptions& o) {
  return k.outputs.size() + (o.png ? k.proofs.size() : 0);
}

std::vector<std::string> write_outputs(LaidOutKit& k, const BuildOptions& o, Progress* progress) {
  StageTimer timer;
  const long long write_ns_before = write_nanoseconds();
  std::vector<std::string> written;
  std::string dir = (fs::path(o.out_dir) / k.kit.language).string();
  make_directories(dir);
  for (const auto& out : k.outputs) {
    std::string path = dir + "/" + out.file;
    switch (out.writer) {
      case OutputDocument::Writer::OfficePdf:
        write_pdf(out.doc, path);
        break;
      case OutputDocument::Writer::PressPdf:
        write_press_pdf(out.doc, path);
        break;
    }
    written.push_back(path);
    if (progress) progress->done(path);
  }
  if (o.png) {
    std::string preview = dir + "/preview";
    make_directories(preview);
    // Proofs are independent pages: render them on every core.
    parallel_for(k.proofs.size(), [&](size_t i) {
      std::string path = preview + "/" + k.proofs[i].name + ".png";
      write_png(k.proofs[i].page, o.png_dpi, path);
      if (progress) progress->done(path);
    });
    for (const auto& p : k.proofs) written.push_back(preview + "/" + p.name + ".png");
  }
  double write_ms = static_cast<double>(write_nanoseconds() - write_ns_before) / 1e6;
  k.times.write += write_ms;
  k.times.render += timer.elapsed_ms() - write_ms;
  return written;
}

}  // namespace kp
