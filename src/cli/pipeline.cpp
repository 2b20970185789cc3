// Load → lay out → write, for one kit and language.
#include "cli/pipeline.hpp"

#include <algorithm>
#include <filesystem>

#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "core/stage_timer.hpp"
#include "i18n/language.hpp"
#include "layout/guide_document.hpp"
#include "layout/press_document.hpp"
#include "layout/print_setup.hpp"
#include "layout/worksheets_document.hpp"
#include "model/kit_loader.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"
#include "render/press_pdf_writer.hpp"
#include "text/font_coverage.hpp"

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
  double load_ms = load_timer.elapsed_ms();
  auto k = lay_out(std::move(*kit), o, diags);
  if (k) k->times.load = load_ms;
  return k;
}

namespace {

// The font context for the kit's language: the project's and the kit's fonts, plus the system
// font files the language needs; nullptr after an error.
std::unique_ptr<FontContext> language_fonts(const Kit& kit, const BuildOptions& o,
                                            Diagnostics& diags) {
  const Location kit_file{o.kit_dir + "/kit.yaml", 0, 0, {}};
  SystemFonts system = system_fonts_for(kit.language);
  if (!system.missing.empty()) {
    const LanguageInfo& lang = language_info(kit.language);
    std::string files;
    for (const auto& f : system.missing) files += (files.empty() ? "" : ", ") + f;
    diags.error(kit_file,
                kit.language + ": the " + lang.name + " texts need the font files " + files +
                    ", which are not installed",
                "install the Debian package " + lang.font_package + " (apt-get install " +
                    lang.font_package + "), or set KITPRESS_SYSTEM_FONTS to their folder");
    return nullptr;
  }
  std::unique_ptr<FontContext> fonts;
  try {
    fonts = std::make_unique<FontContext>(font_dirs_for_kit(o.kit_dir), system.found);
  } catch (const std::exception& e) {
    diags.error(Location{o.kit_dir, 0, 0, {}}, e.what());
    return nullptr;
  }
  std::vector<std::string> missing = fonts->missing_families(kit.theme.font);
  if (!missing.empty()) {
    std::string families;
    for (const auto& f : fonts->families()) families += (families.empty() ? "" : ", ") + f;
    Location where = kit.theme.font_where.line ? kit.theme.font_where : kit_file;
    diags.error(where,
                "the font \"" + missing.front() + "\" is not available" +
                    (kit.theme.font == missing.front() ? "" : " (for " + kit.language + ")"),
                "the fonts found in fonts/ and the kit's fonts/ folder are: " + families);
    return nullptr;
  }
  return fonts;
}

}  // namespace

std::optional<LaidOutKit> lay_out(Kit kit, const BuildOptions& o, Diagnostics& diags) {
  LaidOutKit k;
  StageTimer layout_timer;
  k.kit = std::move(kit);
  if (o.participants > 0) k.kit.participants = o.participants;
  if (o.groups > 0) k.kit.groups = o.groups;
  // The language's own families go in front of the theme font, for every output.
  k.kit.theme.font = font_families_for(k.kit.language, k.kit.theme.font);
  k.fonts = language_fonts(k.kit, o, diags);
  if (!k.fonts) return std::nullopt;
  // Every other font of the private configuration follows in a fixed order, so that a
  // character the chosen families lack falls back the same way on every machine.
  std::vector<std::string> chosen = split_families(k.kit.theme.font);
  for (const auto& f : k.fonts->families())
    if (std::find(chosen.begin(), chosen.end(), f) == chosen.end()) k.kit.theme.font += ", " + f;
  // Every character must have a glyph before anything is laid out.
  if (!check_font_coverage(k.kit, *k.fonts, diags)) return std::nullopt;
  check_contrast(k.kit, diags);
  const PrintSettings print = k.kit.print.merged_with(o.print);
  SheetOptions sheets = sheet_options(print, diags);
  sheets.deck_per_sheet = o.deck_per_sheet;
  auto wanted = [&](const char* what) { return o.only.empty() || o.only.count(what) > 0; };
  if (wanted("cards"))
    k.outputs.push_back(
        {"cards.pdf", compose_cards(k.kit, *k.fonts, sheets, diags, o.png ? &k.proofs : nullptr)});
  if (!k.kit.guide.empty() && wanted("guide"))
    k.outputs.push_back({"guide.pdf", compose_guide(k.kit, *k.fonts, o.stickers, diags)});
  if (wanted("worksheets"))
    if (Document ws = compose_worksheets(k.kit, *k.fonts, diags); !ws.pages.empty())
      k.outputs.push_back({"worksheets.pdf", std::move(ws)});
  if (o.press && wanted("cards")) {
    k.outputs.push_back({"cards-press.pdf",
                         compose_press_cards(k.kit, *k.fonts, press_options(print), diags),
                         OutputDocument::Writer::PressPdf});
  }
  if (k.kit.stickers && wanted("stickers"))
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
