// `kitpress labels`: the label sheet products kitpress knows (and a kit's own).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/report.hpp"
#include "model/kit_loader.hpp"

namespace kp {

namespace {

struct LabelsState {
  std::string kit_dir;
};

void print_product(const LabelProduct& p) {
  char size[64];
  if (p.round)
    std::snprintf(size, sizeof size, "round %g mm", p.label_w.millimetres());
  else
    std::snprintf(size, sizeof size, "%g x %g mm", p.label_w.millimetres(),
                  p.label_h.millimetres());
  std::string also;
  for (const auto& a : p.also) also += (also.empty() ? "  (also " : ", ") + a;
  if (!also.empty()) also += ")";
  std::printf("%-16s %-7s %-18s %2d x %-2d = %3d a sheet%s\n", p.name.c_str(), p.paper_name.c_str(),
              size, p.columns, p.rows, p.per_sheet(), also.c_str());
}

int run_labels(const LabelsState& s) {
  LabelProducts kit_products;
  std::string kit_dir = s.kit_dir.empty() ? kit_in_current_folder() : s.kit_dir;
  if (!kit_dir.empty() && !resolve_kit_folder(kit_dir)) return kExitUsage;
  if (!kit_dir.empty()) {
    Diagnostics diags;
    auto kit = load_kit(kit_dir, diags);
    if (!kit) {
      report(diags, false);
      return kExitKitError;
    }
    if (kit->stickers) kit_products = kit->stickers->products;
  }
  std::printf("%-16s %-7s %-18s %s\n", "product", "paper", "label", "labels");
  for (const auto& p : kit_products) print_product(p);
  for (const auto& p : stock_label_products()) print_product(p);
  return kExitOk;
}

const CommandRegistration labels_command{
    {"labels", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<LabelsState>();
       CLI::App* cmd = app.add_subcommand(
           "labels", "list the label sheet products for stickers (and a kit's own)");
       cmd->add_option("KIT", s->kit_dir, "also list the products this kit defines");
       cmd->footer(
           "Examples:\n  kitpress labels\n  kitpress build kit/bulle-dg --labels \"Herma 4686\"\n");
       return [s] { return run_labels(*s); };
     }}};

}  // namespace

}  // namespace kp
