// `kitpress labels [SEARCH]`: the label sheet products kitpress knows (its own, a kit's, gLabels'),
// found by name, paper, shape and size, with their geometry in the paper's units.
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/report.hpp"
#include "model/glabels_templates.hpp"
#include "model/kit_loader.hpp"

namespace kp {

namespace {

struct LabelsState {
  std::string search, kit_dir, paper, shape, size;
};

bool us_paper(const LabelProduct& p) {
  for (const char* name : {"Letter", "Legal", "Tabloid", "Executive"})
    if (p.paper_name == name) return true;
  return false;
}

// A length in the paper's unit: "0.425" (inches) or "15.15" (mm), at most 3 or 2 decimals.
std::string in_unit(Length l, bool inches) {
  char text[32];
  std::snprintf(text, sizeof text, inches ? "%.3f" : "%.2f",
                inches ? l.points() / kPointsPerInch : l.millimetres());
  std::string s = text;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void print_product(const LabelProduct& p) {
  const bool in = us_paper(p);
  const char* unit = in ? " in" : " mm";
  std::string label = shape_name(p.shape) + " ";
  label += p.shape == LabelShape::Round || p.shape == LabelShape::Cd
               ? in_unit(p.label_w, in)
               : in_unit(p.label_w, in) + " x " + in_unit(p.label_h, in);
  label += unit;
  std::string counts = std::to_string(p.columns) + " x " + std::to_string(p.rows) + " = " +
                       std::to_string(p.per_sheet());
  std::string at = in_unit(p.left, in) + ", " + in_unit(p.top, in) + unit;
  std::string pitch = in_unit(p.pitch_x, in) + " x " + in_unit(p.pitch_y, in) + unit;
  std::string also;
  for (const auto& a : p.also) also += (also.empty() ? "  (also " : ", ") + a;
  if (!also.empty()) also += ")";
  char line[512];
  std::snprintf(line, sizeof line, "%-22s %-8s %-26s %-12s %-17s %-20s %-8s%s", p.name.c_str(),
                p.paper_name.c_str(), label.c_str(), counts.c_str(), at.c_str(), pitch.c_str(),
                p.source.empty() ? "kitpress" : p.source.c_str(), also.c_str());
  std::string text = line;
  text.erase(text.find_last_not_of(' ') + 1);
  std::printf("%s\n", text.c_str());
}

// Every word of the search in the product's names (case, spaces and dashes aside).
bool matches_search(const LabelProduct& p, const std::string& search) {
  std::string names = name_key(p.name);
  for (const auto& a : p.also) names += " " + name_key(a);
  size_t at = 0;
  while (at < search.size()) {
    size_t end = search.find(' ', at);
    if (end == std::string::npos) end = search.size();
    std::string word = name_key(search.substr(at, end - at));
    at = end + 1;
    if (!word.empty() && names.find(word) == std::string::npos) return false;
  }
  return true;
}

struct Filter {
  std::string search, paper;
  std::optional<LabelShape> shape;
  std::optional<Length> w, h;  // --size: one length (either side, or the diameter) or WxH
  bool keep(const LabelProduct& p) const {
    if (!search.empty() && !matches_search(p, search)) return false;
    if (!paper.empty() && name_key(p.paper_name) != name_key(paper)) return false;
    if (shape && p.shape != *shape) return false;
    const double tolerance = Length::mm(0.5).points();
    auto near = [&](Length a, Length b) { return std::fabs(a.points() - b.points()) <= tolerance; };
    if (w && h)
      return (near(p.label_w, *w) && near(p.label_h, *h)) ||
             (near(p.label_w, *h) && near(p.label_h, *w));
    if (w) return near(p.label_w, *w) || near(p.label_h, *w);
    return true;
  }
};

int run_labels(const LabelsState& s) {
  Filter f;
  f.search = s.search;
  f.paper = s.paper;
  for (LabelShape shape :
       {LabelShape::Rectangle, LabelShape::Round, LabelShape::Ellipse, LabelShape::Cd})
    if (shape_name(shape) == s.shape) f.shape = shape;
  if (!s.size.empty()) {
    std::string why;
    Length w, h;
    if (parse_size(s.size, &w, &h, &why)) {
      f.w = w, f.h = h;
    } else if (auto l = parse_length(s.size, &why)) {
      f.w = *l;
    } else {
      std::cerr << "error: --size \"" << s.size << "\" is not a size\n  hint: e.g. 40mm or "
                << "63.5x38.1mm\n";
      return kExitUsage;
    }
  }
  std::string kit_dir = s.kit_dir.empty() ? kit_in_current_folder() : s.kit_dir;
  if (!kit_dir.empty() && !resolve_kit_folder(kit_dir)) return kExitUsage;
  LabelProducts kit_products;
  if (!kit_dir.empty()) {
    Diagnostics diags;
    auto kit = load_kit(kit_dir, diags);
    if (!kit) {
      report(diags, false);
      return kExitKitError;
    }
    if (kit->stickers) kit_products = kit->stickers->products;
  }
  std::printf("%-22s %-8s %-26s %-12s %-17s %-20s %s\n", "product", "paper", "label", "labels",
              "first at (l, t)", "pitch", "from");
  size_t shown = 0;
  const GlabelsDatabase& glabels = glabels_database();
  const LabelProducts& kit_list = kit_products;
  for (const LabelProducts* list : {&kit_list, &stock_label_products(), &glabels.products})
    for (const auto& p : *list)
      if (f.keep(p)) print_product(p), ++shown;
  const std::string products = shown == 1 ? "1 product" : std::to_string(shown) + " products";
  if (glabels.dir.empty())
    std::printf(
        "%s; gLabels' database is not installed (apt-get install glabels-data adds "
        "about 1,050 products)\n",
        products.c_str());
  else
    std::printf(
        "%s, gLabels' from %s (where both list a name, kitpress's own geometry is used: "
        "%zu names)\n",
        products.c_str(), glabels.dir.c_str(), glabels.shared.size());
  return kExitOk;
}

const CommandRegistration labels_command{
    {"labels", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<LabelsState>();
       CLI::App* cmd = app.add_subcommand(
           "labels", "find label sheet products for stickers: kitpress's, a kit's and gLabels'");
       cmd->add_option("SEARCH", s->search,
                       "words of the product's brand or code, e.g. avery, L7160, \"herma 46\"");
       cmd->add_option("--paper", s->paper, "only products on this paper, e.g. A4 or Letter");
       cmd->add_option("--shape", s->shape, "only labels of this shape")
           ->check(CLI::IsMember({"rectangle", "round", "ellipse", "cd"}));
       cmd->add_option("--size", s->size,
                       "only labels of this size (within 0.5 mm): a diameter or side such as "
                       "40mm, or WxH such as 63.5x38.1mm");
       cmd->add_option("--kit", s->kit_dir,
                       "also the products this kit defines (default: the current folder's kit)");
       cmd->footer(
           "Geometry is in the paper's unit (inches for Letter): the first label's left and top\n"
           "edges from the sheet's, and the pitch from one label to the next.\n"
           "Examples:\n  kitpress labels --shape round --size 40mm\n  kitpress labels avery "
           "--paper Letter\n  kitpress build kit/bulle-dg --labels \"Herma 4686\"\n");
       return [s] { return run_labels(*s); };
     }}};

}  // namespace

}  // namespace kp
