// Print settings → SheetOptions and PressOptions, with the defaults PRINT.md gives.
#include "layout/print_setup.hpp"

#include <filesystem>
#include <utility>

#include "model/stock.hpp"

namespace kp {

std::string default_cmyk_profile() {
  const char* path = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) ? path : "";
}

SheetOptions sheet_options(const PrintSettings& s, Diagnostics& diags) {
  SheetOptions o;
  if (s.paper) {
    if (auto size = resolve_size(*s.paper, paper_sizes(), "the paper", diags)) {
      o.paper_w = size->width.points();
      o.paper_h = size->height.points();
    }
  }
  const bool landscape = s.orientation == Orientation::Landscape;
  if (landscape != (o.paper_w > o.paper_h)) std::swap(o.paper_w, o.paper_h);
  o.cols = s.cols;
  o.rows = s.rows;
  if (s.gutter) o.gutter = s.gutter->points();
  if (s.duplex) o.duplex = *s.duplex;
  if (s.back_dx) o.back_dx = s.back_dx->points();
  if (s.back_dy) o.back_dy = s.back_dy->points();
  return o;
}

PressOptions press_options(const PrintSettings& s) {
  PressOptions p;
  if (s.bleed) p.bleed = s.bleed->points();
  if (s.crop_marks) p.crop_marks = *s.crop_marks;
  if (s.output_condition) {
    p.output.identifier = *s.output_condition;
    p.output.info = s.output_info.value_or(*s.output_condition);
    p.output.profile = s.output_profile.value_or("");
  } else {
    p.output.profile = s.output_profile.value_or(default_cmyk_profile());
    if (s.output_info) p.output.info = *s.output_info;
  }
  return p;
}

}  // namespace kp
