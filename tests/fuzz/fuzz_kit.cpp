// libFuzzer target: arbitrary bytes as a kit's kit.yaml (and as a deck file), through the
// loader, layout and the trace renderer. Any crash, leak or sanitizer report is a bug.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/paths.hpp"
#include "layout/cards_document.hpp"
#include "layout/sticker_sheets.hpp"
#include "model/kit_loader.hpp"
#include "render/trace.hpp"
#include "text/font_context.hpp"

namespace fs = std::filesystem;

namespace {

const std::string& scratch_kit() {
  static const std::string dir = [] {
    fs::path d = fs::temp_directory_path() / ("kitpress-fuzz-" + std::to_string(getpid()));
    fs::create_directories(d / "decks");
    return d.string();
  }();
  return dir;
}

const kp::FontContext& fonts() {
  static kp::FontContext fc({kp::project_dir() + "/fonts"});
  return fc;
}

void write(const fs::path& p, const uint8_t* data, size_t size) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& dir = scratch_kit();
  // The first byte chooses the role of the input: the whole kit.yaml, or a deck file ('D')
  // or a stickers file ('S') referred to by a valid kit.yaml.
  if (size > 0 && data[0] == 'D') {
    static const char kKit[] = "kitpress: 1\ntitle: T\nlanguage: fr\ndecks: [decks/d.yaml]\n";
    write(fs::path(dir) / "kit.yaml", reinterpret_cast<const uint8_t*>(kKit), sizeof kKit - 1);
    write(fs::path(dir) / "decks" / "d.yaml", data + 1, size - 1);
  } else if (size > 0 && data[0] == 'S') {
    static const char kKit[] =
        "kitpress: 1\ntitle: T\nlanguage: fr\ndecks: [{id: d, name: D, colour: \"#000000\", cards: "
        "[{id: a, title: "
        "A}]}]\nstickers: s.yaml\n";
    write(fs::path(dir) / "kit.yaml", reinterpret_cast<const uint8_t*>(kKit), sizeof kKit - 1);
    write(fs::path(dir) / "s.yaml", data + 1, size - 1);
  } else {
    write(fs::path(dir) / "kit.yaml", data, size);
  }
  kp::Diagnostics diags;
  auto kit = kp::load_kit(dir, diags);
  for (const auto& d : diags.items()) (void)kp::format_diagnostic(d, false);
  if (!kit || !fonts().has_family(kit->theme.font)) return 0;
  kp::SheetOptions options;
  kp::Document doc = kp::compose_cards(*kit, fonts(), options, diags);
  (void)kp::trace_document(doc);
  if (kit->stickers && kit->participants <= 50) {
    (void)kp::trace_document(kp::compose_stickers(*kit, fonts(), {}, diags));
  }
  return 0;
}
