// Internal to the flow layout: blocks measured into slices, the unbreakable pieces paginated.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/flow.hpp"

namespace kp {

// A heading starting in a slice.
struct SliceAnchor {
  std::string id, title;
  int level = 1;
  bool in_contents = true;
  double y = 0;  // from the slice top
};

// A link from an area of a slice to an anchor.
struct SliceLink {
  Rect area;  // slice coordinates
  std::string target;
};

// One line, row, box or figure row: nothing breaks inside it.
struct FlowSlice {
  double height = 0;
  double space_before = 0;  // dropped at the top of a page
  std::vector<Item> items;  // x from the text block's left edge, y from the slice top
  bool break_after = true;  // may a page end after this slice?
  bool page_break_after = false;
  FlowPart part;
  std::vector<SliceAnchor> anchors;
  std::vector<SliceLink> links;
  Location where;
  bool table_header = false;  // a table's header row: never the last slice of a page
  // A table's header row, drawn again above this row when the row opens a page (unless the two
  // together are taller than the page).
  std::shared_ptr<const FlowSlice> repeat_header;
};

// Measures the blocks into slices. `pages` gives the page number of each known anchor (from a
// previous pass) for the contents; missing numbers are left blank.
std::vector<FlowSlice> measure_flow(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                                    const FlowStyle& style, double width,
                                    const std::map<std::string, int>& pages, Diagnostics& diags);

// Measures the contents blocks again with the page numbers of a first pass and puts their
// slices in place of the first ones; every other slice is kept. A contents entry's height does
// not depend on its page number, so the page breaks stay where they were.
void remeasure_contents(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                        const FlowStyle& style, double width,
                        const std::map<std::string, int>& pages, std::vector<FlowSlice>& slices,
                        Diagnostics& diags);

// Moves every item by (dx, dy).
void translate_items(std::vector<Item>& items, double dx, double dy);

}  // namespace kp
