// gLabels' template database (Debian's glabels-data): about 1,700 label products read with
// libxml2, beside kitpress's own verified stock, which wins where both list a product.
#pragma once
#include <string>
#include <vector>

#include "model/label_stock.hpp"

namespace kp {

// A product name both kitpress's stock and gLabels list, with gLabels' geometry for it.
struct SharedProduct {
  const LabelProduct* own;
  LabelProduct glabels;
};

struct GlabelsDatabase {
  std::string dir;                    // where it was read ("" when not installed)
  LabelProducts products;             // under the names kitpress's stock does not list
  std::vector<SharedProduct> shared;  // a name it does list: kitpress's entry is used
  int skipped = 0;                    // templates kitpress cannot print on (rolls, several layouts)
};

// The folder holding gLabels' templates: $KITPRESS_GLABELS_DIR when set (empty: none), else the
// first of /usr/share/libglabels-3.0/templates, /usr/share/glabels*/templates that exists.
std::string glabels_dir();
// Reads every *-templates.xml of `dir` (with its paper-sizes.xml); a name one of `own` lists
// is dropped from gLabels' product and its pair goes to `shared`. Unreadable files and templates
// are skipped, never fatal.
GlabelsDatabase read_glabels_database(const std::string& dir, const LabelProducts& own);
// The database of glabels_dir() against kitpress's stock, read once on first use.
const GlabelsDatabase& glabels_database();
const LabelProducts& glabels_label_products();

}  // namespace kp
