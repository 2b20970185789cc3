// A reusable flow layout: headings, paragraphs, lists, tables, tinted boxes and figure grids,
// paginated with margins, running header, folio, keep-with-next and widow/orphan control.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "layout/inline_markup.hpp"
#include "layout/page.hpp"
#include "text/font_context.hpp"
#include "text/text_layout.hpp"

namespace kp {

// The look of a flowing document. Text styles carry family, size, leading and language.
struct FlowStyle {
  TextStyle body;        // paragraphs and list items
  TextStyle heading[3];  // H1, H2, H3
  TextStyle table;       // table cells (the header row is this, bold)
  TextStyle caption;     // figure captions
  TextStyle running;     // running header and folio
  Colour rule = Colour::grey(0.6);
  Colour accent = Colour::grey(0.2);  // heading rules, list markers
  double paragraph_space = 5;         // points between paragraphs
  double heading_before[3] = {20, 14, 10};
  double heading_after[3] = {8, 5, 3};
  double list_indent = 14;  // marker column
  double item_space = 2.5;  // between list items
  double box_padding = 9;
  double cell_padding = 4;
  double figure_gap = 8;
  double checkbox = 11.34;                  // side of a tick box (4 mm)
  Colour writing_rule = Colour::grey(0.6);  // writing lines: 0.4 pt, 40 % grey
};

// Page size, margins and what is printed around the text block.
struct FlowFrame {
  double width = 595.28, height = 841.89;
  double top = 70.87, bottom = 70.87, left = 70.87, right = 70.87;  // 25 mm
  std::string header_left;                                          // e.g. the document title
  bool header_right_section = true;     // the current level-1 heading on the right
  std::string folio = "{n} / {total}";  // "{n}" page number, "{total}" page count
  int page_offset = 0;                  // pages before the flow in the document (a cover)
  double content_width() const { return width - left - right; }
  double content_height() const { return height - top - bottom; }
};

struct TableColumn {
  double weight = 1;  // share of the table width
  Align align = Align::Start;
};

// A figure of a grid: drawn items of a given size (scaled by the grid to its cell) + caption.
struct Figure {
  Group art;  // in its own coordinates, (0,0) top-left
  double width = 0, height = 0;
  std::string caption;
};

enum class Marker { Bullet, Number, Checkbox };

struct FlowBlock {
  enum class Kind {
    Heading,
    Paragraph,
    List,
    Table,
    Box,
    Figures,
    Spacer,
    PageBreak,
    Contents,
    Rules
  };
  Kind kind = Kind::Paragraph;
  Location where;
  // Heading: level 1-3, text, anchor (id for links), in the contents and bookmarks.
  int level = 1;
  std::string text;  // Heading, Paragraph; inline **bold** and *italic*
  std::string anchor;
  bool in_contents = true;
  bool keep_with_next = false;  // Paragraph (also implied by a final ":")
  bool muted = false;           // Paragraph in the muted colour
  // List
  std::vector<std::string> items;
  Marker marker = Marker::Bullet;
  // Table: column weights and alignments, an optional header row, rows of cells (inline
  // markup); `last_row_bold` for a total line, which stays with the row above it.
  std::vector<TableColumn> columns;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  bool last_row_bold = false;
  // Box: a tinted, unbreakable box holding `children`, with an optional bold title.
  std::vector<FlowBlock> children;
  Colour tint = Colour::grey(0.94);
  // Figures: a grid of `figure_columns` figures a row, each scaled to `figure_scale`.
  std::vector<Figure> figures;
  int figure_columns = 4;
  double figure_scale = 0.4;
  // Spacer
  double space = 0;
  // Rules: `rule_count` light writing lines, `rule_pitch` apart, kept together.
  int rule_count = 0;
  double rule_pitch = 0;
  // Table: the least height of a body row (room to write in it).
  double min_row_height = 0;
  // Contents: up to `contents_depth` heading levels, with page numbers and links.
  int contents_depth = 2;
};

// Block builders.
FlowBlock flow_heading(int level, std::string text, std::string anchor = {});
FlowBlock flow_paragraph(std::string text);
FlowBlock flow_list(std::vector<std::string> items, Marker marker = Marker::Bullet);
FlowBlock flow_table(std::vector<TableColumn> columns, std::vector<std::string> header,
                     std::vector<std::vector<std::string>> rows);
FlowBlock flow_box(std::vector<FlowBlock> children, Colour tint);
FlowBlock flow_spacer(double points);
FlowBlock flow_page_break();
FlowBlock flow_contents(int depth = 2);
FlowBlock flow_rules(int count, double pitch);

// Which part of which block a page holds, for tests: block index (top level), part index
// (line, row, item line...) and the block's part count.
struct FlowPart {
  size_t block = 0;
  int part = 0, parts = 1;
};

struct FlowAnchor {
  std::string title;
  int level = 1;
  int page = 0;  // in the document (page_offset included)
  double y = 0;  // top of the heading, points from the top of the page
};

struct FlowResult {
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;  // every heading, nested by level
  std::map<std::string, FlowAnchor> anchors;
  std::vector<std::vector<FlowPart>> placement;  // per page
};

// Lays the blocks out on pages of `frame`. Problems (a block taller than a page, a character
// no font has) go to diags at the block's location.
FlowResult layout_flow(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                       const FlowStyle& style, const FlowFrame& frame, Diagnostics& diags);

}  // namespace kp
