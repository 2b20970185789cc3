// `kitpress calibrate`: writes a one-sheet duplex test that shows the printer's back drift in mm.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/print_options.hpp"
#include "cli/report.hpp"
#include "core/atomic_file.hpp"
#include "layout/calibration.hpp"
#include "layout/cards_document.hpp"
#include "layout/print_setup.hpp"
#include "model/kit_loader.hpp"
#include "render/pdf_writer.hpp"

namespace kp {

namespace {

struct CalibrateState {
  std::string kit_dir;
  std::string out = "out/calibrate.pdf";
  PrintOptionText print;
};

int run(CalibrateState& s) {
  if (!resolve_kit_folder(s.kit_dir)) return kExitUsage;
  Diagnostics diags;
  PrintSettings cli = resolve_print_options(s.print, diags);
  auto kit = load_kit(s.kit_dir, diags);
  report(diags, false);
  if (!kit || diags.has_errors()) return error_exit_code(diags);
  SheetOptions o = sheet_options(kit->print.merged_with(cli), diags);
  if (diags.has_errors()) {
    report(diags, false);
    return error_exit_code(diags);
  }
  try {
    FontContext fonts(font_dirs_for_kit(s.kit_dir));
    CalibrationWords words;
    words.front = kit->word("fronts");
    words.back = kit->word("backs");
    words.help = kit->word("calibrate-help");
    std::filesystem::path parent = std::filesystem::path(s.out).parent_path();
    if (!parent.empty()) make_directories(parent.string());
    Document sheet = compose_calibration(o, fonts, kit->theme.font, words);
    sheet.info.date = document_date(*kit);
    write_pdf(sheet, s.out);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return kExitOutputError;
  }
  std::cout << "wrote " << s.out << "\n";
  return kExitOk;
}

const CommandRegistration calibrate_command{
    {"calibrate", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<CalibrateState>();
       CLI::App* cmd = app.add_subcommand(
           "calibrate", "write a one-sheet duplex test that shows how far the backs drift, in mm");
       add_kit_argument(cmd, s->kit_dir, "the kit whose print: settings and font to use");
       cmd->add_option("-o,--out", s->out, "the PDF to write")->capture_default_str();
       add_print_options(cmd, s->print, false);
       cmd->footer(
           "Print the sheet duplex at 100 %, hold it against the light and read, on the front's\n"
           "scales, where the back's lines cross: that is the --back-offset X,Y to add. The back\n"
           "says which way up the card backs will read (short-edge turns them 180°,\n"
           "short-edge-calendar leaves them upright).\n"
           "Example:\n  kitpress calibrate kit/bulle-dg --paper Letter --duplex short-edge\n");
       return [s] { return run(*s); };
     }}};

}  // namespace

}  // namespace kp
