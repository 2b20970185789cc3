// Measuring flow blocks into slices: text lines with widow/orphan rules, list items, table
// rows, tinted boxes, figure rows and contents entries.
#include <pango/pango.h>

#include <algorithm>
#include <cstdio>

#include "core/utf8.hpp"
#include "i18n/language.hpp"
#include "i18n/typography.hpp"
#include "layout/flow_slice.hpp"
#include "layout/text_box.hpp"

namespace kp {

void translate_items(std::vector<Item>& items, double dx, double dy) {
  for (auto& it : items) {
    if (auto* r = std::get_if<GlyphRun>(&it.v)) {
      r->origin.x += dx, r->origin.y += dy;
    } else if (auto* s = std::get_if<Shape>(&it.v)) {
      for (auto& op : s->path)
        for (auto& p : op.p) p.x += dx, p.y += dy;
    } else if (auto* g = std::get_if<Group>(&it.v)) {
      g->transform = Transform::translate(dx, dy) * g->transform;
    } else if (auto* l = std::get_if<Link>(&it.v)) {
      l->area.x += dx, l->area.y += dy;
    }
  }
}

namespace {

// A paragraph of `lines` lines may break after line k (1-based) when at least two lines stay
// on each side: no orphan (a first line alone at a page foot), no widow (a last line alone).
bool line_break_allowed(int k, int lines) {
  return k >= 2 && lines - k >= 2;
}

bool ends_with_colon(const std::string& s) {
  size_t end = s.find_last_not_of(" \t\n");
  return end != std::string::npos && s[end] == ':';
}

class Measurer {
 public:
  Measurer(const FontContext& fonts, const FlowStyle& style,
           const std::map<std::string, int>& pages, Diagnostics& diags)
      : fonts_(fonts),
        style_(style),
        pages_(pages),
        diags_(diags),
        rtl_(language_info(style.body.language).rtl) {}

  std::vector<FlowSlice> blocks(const std::vector<FlowBlock>& bs, double width) {
    std::vector<FlowSlice> out;
    for (size_t i = 0; i < bs.size(); ++i) measure_block(bs, i, width, out);
    return out;
  }

  // Appends block i's slices to `out`, numbered as parts of that block.
  void measure_block(const std::vector<FlowBlock>& bs, size_t i, double width,
                     std::vector<FlowSlice>& out) {
    const size_t before = out.size();
    block(bs, i, width, out);
    for (size_t k = before; k < out.size(); ++k) {
      out[k].part.block = i;
      out[k].part.part = static_cast<int>(k - before);
      out[k].part.parts = static_cast<int>(out.size() - before);
      if (out[k].where.file.empty()) out[k].where = bs[i].where;
    }
  }

 private:
  const FontContext& fonts_;
  const FlowStyle& style_;
  const std::map<std::string, int>& pages_;
  Diagnostics& diags_;
  std::vector<const FlowBlock*> headings_;  // for the contents
  // Right-to-left languages mirror the block's furniture: list markers on the right, table
  // columns from the right, contents page numbers on the left. Pango already sets each
  // paragraph right to left within its box.
  bool rtl_ = false;
  // The x of a box of width w that starts at x in a left-to-right layout of `width`.
  double mirror(double x, double w, double width) const { return rtl_ ? width - x - w : x; }

  void block(const std::vector<FlowBlock>& bs, size_t i, double width,
             std::vector<FlowSlice>& out) {
    const FlowBlock& b = bs[i];
    switch (b.kind) {
      case FlowBlock::Kind::Heading:
        heading(b, width, out);
        break;
      case FlowBlock::Kind::Paragraph: {
        TextStyle ts = style_.body;
        if (b.muted) ts.colour = style_.running.colour;
        auto lines = text_lines(b.text, ts, width, 0, b.where);
        bool keep = b.keep_with_next || ends_with_colon(b.text);
        close_paragraph(lines, style_.paragraph_space, keep);
        append(out, lines);
        break;
      }
      case FlowBlock::Kind::List:
        list(b, width, out);
        break;
      case FlowBlock::Kind::Table:
        table(b, width, out);
        break;
      case FlowBlock::Kind::Box:
        box(b, width, out);
        break;
      case FlowBlock::Kind::Figures:
        figures(b, width, out);
        break;
      case FlowBlock::Kind::Spacer: {
        FlowSlice s;
        s.space_before = b.space;
        out.push_back(std::move(s));
        break;
      }
      case FlowBlock::Kind::PageBreak:
        if (!out.empty()) out.back().page_break_after = true;
        break;
      case FlowBlock::Kind::Contents:
        contents(bs, b, width, out);
        break;
      case FlowBlock::Kind::Rules: {
        FlowSlice s;
        s.space_before = style_.paragraph_space;
        for (int k = 1; k <= b.rule_count; ++k) {
          double y = k * b.rule_pitch;
          s.items.emplace_back(line_shape({0, y}, {width, y}, style_.writing_rule, 0.4));
        }
        s.height = b.rule_count * b.rule_pitch + 2;
        s.break_after = !b.keep_with_next;
        out.push_back(std::move(s));
        break;
      }
    }
  }

  static void append(std::vector<FlowSlice>& out, std::vector<FlowSlice>& more) {
    for (auto& s : more) out.push_back(std::move(s));
  }

  // Each line of a paragraph as its own slice, glyph runs relative to the line top.
  std::vector<FlowSlice> text_lines(const std::string& marked, TextStyle ts, double width, double x,
                                    const Location& where) {
    ts.markup = true;
    const std::string markup = inline_markup(marked, ts.language, ts.hyphenate);
    ts.hyphenate = false;  // done above, per inline segment
    TextBlock tb = layout_text(fonts_, markup, ts, width);
    report_missing(tb, where);
    std::vector<std::pair<double, double>> ranges;
    for (const TextLine& l : tb.lines()) ranges.emplace_back(l.top, l.bottom);
    std::vector<FlowSlice> lines(ranges.size());
    for (size_t k = 0; k < ranges.size(); ++k) lines[k].height = ranges[k].second - ranges[k].first;
    for (auto& run : tb.runs({x, 0}, ts.colour)) {
      size_t k = 0;
      while (k + 1 < ranges.size() && run.origin.y >= ranges[k].second) ++k;
      run.origin.y -= ranges[k].first;
      lines[k].items.emplace_back(std::move(run));
    }
    const int n = static_cast<int>(lines.size());
    for (int k = 0; k < n; ++k)
      lines[static_cast<size_t>(k)].break_after = line_break_allowed(k + 1, n);
    return lines;
  }

  // Space before the first line; whether a page may end after the last.
  static void close_paragraph(std::vector<FlowSlice>& lines, double space, bool keep_with_next) {
    if (lines.empty()) return;
    lines.front().space_before = space;
    lines.back().break_after = !keep_with_next;
  }

  // A character no font has (the coverage check before layout normally catches it first).
  void report_missing(const TextBlock& tb, const Location& where) {
    report_missing_characters(tb, where, "the document", "text", diags_);
  }

  // A block of one line of text laid out plainly (no splitting), e.g. a table cell.
  double place_block(const std::string& marked, TextStyle ts, double width, double x, double y,
                     std::vector<Item>& items, const Location& where) {
    ts.markup = true;
    const std::string markup = inline_markup(marked, ts.language, ts.hyphenate);
    ts.hyphenate = false;
    TextBlock tb = layout_text(fonts_, markup, ts, width);
    report_missing(tb, where);
    for (auto& r : tb.runs({x, y}, ts.colour)) items.emplace_back(std::move(r));
    return tb.height();
  }

  void heading(const FlowBlock& b, double width, std::vector<FlowSlice>& out) {
    const int lv = std::clamp(b.level, 1, 3) - 1;
    TextStyle ts = style_.heading[lv];
    ts.hyphenate = false;  // headings break between words only
    FlowSlice s;
    s.space_before = style_.heading_before[lv];
    double h = place_block(b.text, ts, width, 0, 0, s.items, b.where);
    if (lv == 0) {
      // A level-1 heading sits on a thin rule in the accent colour.
      double y = h + 2.5;
      s.items.emplace_back(line_shape({0, y}, {width, y}, style_.accent, 0.6));
      h = y;
    }
    s.height = h + style_.heading_after[lv];
    s.break_after = false;  // kept with what follows
    s.anchors.push_back(
        {b.anchor, plain(apply_typography(b.text, ts.language)), b.level, b.in_contents, 0});
    headings_.push_back(&b);
    out.push_back(std::move(s));
  }

  static std::string plain(const std::string& marked) {
    std::string s;
    for (char c : marked)
      if (c != '*') s += c;
    return s;
  }

  void marker(const FlowBlock& b, size_t index, FlowSlice& first_line, double width) {
    const TextStyle& ts = style_.body;
    // Centre the marker on the first line's x-height region.
    double mid = first_line.height / 2 + ts.size * 0.05;
    if (b.marker == Marker::Checkbox) {
      double side = style_.checkbox;
      first_line.items.emplace_back(rect_shape({mirror(1, side, width), mid - side / 2, side, side},
                                               std::nullopt, style_.accent, 0.6));
      return;
    }
    std::string text = b.marker == Marker::Number ? std::to_string(index + 1) + "." : "\u2022";
    TextStyle ms = ts;
    ms.colour = style_.accent;
    ms.bold = b.marker == Marker::Number;
    ms.hyphenate = false;
    TextBlock tb = layout_text(fonts_, text, ms, 0);
    // Align the marker's baseline with the line's: the line's first run gives it.
    double baseline = mid;
    for (const auto& it : first_line.items)
      if (auto* r = std::get_if<GlyphRun>(&it.v)) {
        baseline = r->origin.y;
        break;
      }
    for (auto& r :
         tb.runs({mirror(1, tb.width(), width), baseline - tb.first_baseline()}, ms.colour))
      first_line.items.emplace_back(std::move(r));
  }

  void list(const FlowBlock& b, double width, std::vector<FlowSlice>& out) {
    const int n = static_cast<int>(b.items.size());
    for (int i = 0; i < n; ++i) {
      auto lines =
          text_lines(b.items[static_cast<size_t>(i)], style_.body, width - style_.list_indent,
                     mirror(style_.list_indent, width - style_.list_indent, width), b.where);
      if (lines.empty()) continue;
      marker(b, static_cast<size_t>(i), lines.front(), width);
      // Between items: at least two items on each side of a page break.
      bool between = line_break_allowed(i + 1, n);
      close_paragraph(lines, i == 0 ? style_.paragraph_space : style_.item_space,
                      i + 1 == n ? b.keep_with_next : !between);
      append(out, lines);
    }
  }

  void table(const FlowBlock& b, double width, std::vector<FlowSlice>& out) {
    double total = 0;
    for (const auto& c : b.columns) total += c.weight;
    std::vector<double> xs, ws;
    double x = 0;
    for (const auto& c : b.columns) {
      double w = width * c.weight / (total > 0 ? total : 1);
      xs.push_back(mirror(x, w, width));
      ws.push_back(w);
      x += w;
    }
    const double pad = style_.cell_padding;
    auto row = [&](const std::vector<std::string>& cells, bool bold, bool head) {
      FlowSlice s;
      double h = 0;
      std::vector<Item> items;
      for (size_t c = 0; c < cells.size() && c < ws.size(); ++c) {
        TextStyle ts = style_.table;
        ts.bold = bold;
        ts.align = b.columns[c].align;
        h = std::max(h,
                     place_block(cells[c], ts, ws[c] - 2 * pad, xs[c] + pad, pad, items, b.where));
      }
      s.height = std::max(h + 2 * pad, head ? 0.0 : b.min_row_height);
      if (head) s.items.emplace_back(rect_shape({0, 0, width, s.height}, b.tint));
      for (auto& it : items) s.items.push_back(std::move(it));
      s.items.emplace_back(line_shape({0, s.height}, {width, s.height},
                                      head || bold ? style_.accent : style_.rule,
                                      head || bold ? 0.6 : 0.4));
      return s;
    };
    std::vector<FlowSlice> rows;
    std::shared_ptr<const FlowSlice> header;
    if (!b.header.empty()) {
      rows.push_back(row(b.header, true, true));
      rows.back().break_after = false;
      rows.back().table_header = true;
      header = std::make_shared<const FlowSlice>(rows.back());
    }
    const size_t n = b.rows.size();
    for (size_t r = 0; r < n; ++r) {
      bool total_row = b.last_row_bold && r + 1 == n;
      rows.push_back(row(b.rows[r], total_row, false));
      rows.back().repeat_header = header;
      // Two rows at least before a break; a total row stays with the row above it.
      bool before_total = b.last_row_bold && r + 2 == n;
      rows.back().break_after = r >= 1 && r + 1 < n && !before_total;
    }
    if (rows.empty()) return;
    rows.front().space_before = style_.paragraph_space + 2;
    rows.back().break_after = !b.keep_with_next;
    append(out, rows);
  }

  void box(const FlowBlock& b, double width, std::vector<FlowSlice>& out) {
    const double pad = style_.box_padding;
    Measurer inner(fonts_, style_, pages_, diags_);
    std::vector<FlowSlice> parts = inner.blocks(b.children, width - 2 * pad);
    FlowSlice s;
    s.space_before = style_.paragraph_space + 4;
    double y = pad;
    std::vector<Item> items;
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) y += parts[k].space_before;
      translate_items(parts[k].items, pad, y);
      for (auto& it : parts[k].items) items.push_back(std::move(it));
      y += parts[k].height;
    }
    s.height = y + pad;
    s.items.emplace_back(rounded_rect_shape({0, 0, width, s.height}, 3, b.tint));
    for (auto& it : items) s.items.push_back(std::move(it));
    s.break_after = !b.keep_with_next;
    out.push_back(std::move(s));
  }

  void figures(const FlowBlock& b, double width, std::vector<FlowSlice>& out) {
    const int cols = std::max(1, b.figure_columns);
    const double gap = style_.figure_gap;
    const double cell = (width - gap * (cols - 1)) / cols;
    for (size_t start = 0; start < b.figures.size(); start += static_cast<size_t>(cols)) {
      FlowSlice s;
      s.space_before = start == 0 ? style_.paragraph_space : gap;
      double row_h = 0;
      for (size_t k = start; k < b.figures.size() && k < start + static_cast<size_t>(cols); ++k) {
        const Figure& f = b.figures[k];
        double scale = std::min(b.figure_scale, f.width > 0 ? cell / f.width : b.figure_scale);
        double x = static_cast<double>(k - start) * (cell + gap);
        double fw = f.width * scale, fh = f.height * scale;
        Group g = f.art;
        g.transform = Transform::translate(x + (cell - fw) / 2, 0) *
                      Transform::scale(scale, scale) * g.transform;
        s.items.emplace_back(
            rect_shape({x + (cell - fw) / 2, 0, fw, fh}, std::nullopt, style_.rule, 0.3));
        s.items.emplace_back(std::move(g));
        double h = fh;
        if (!f.caption.empty()) {
          TextStyle cs = style_.caption;
          cs.align = Align::Centre;
          cs.hyphenate = false;
          h += 3 + place_block(f.caption, cs, cell, x, fh + 3, s.items, b.where);
        }
        row_h = std::max(row_h, h);
      }
      s.height = row_h;
      out.push_back(std::move(s));
    }
  }

  void contents(const std::vector<FlowBlock>& bs, const FlowBlock& b, double width,
                std::vector<FlowSlice>& out) {
    const double number_w = 30;
    for (const auto& h : bs) {
      if (h.kind != FlowBlock::Kind::Heading || !h.in_contents || h.level > b.contents_depth)
        continue;
      FlowSlice s;
      TextStyle ts = style_.body;
      ts.bold = h.level == 1;
      ts.hyphenate = false;
      const double indent = (h.level - 1) * style_.list_indent * 1.4;
      s.space_before = h.level == 1 ? style_.paragraph_space + 2 : 1;
      const double title_w = width - indent - number_w;
      double th =
          place_block(h.text, ts, title_w, mirror(indent, title_w, width), 0, s.items, h.where);
      auto page = pages_.find(h.anchor);
      if (page != pages_.end()) {
        TextStyle ns = ts;
        ns.align = rtl_ ? Align::Start : Align::End;
        place_block(std::to_string(page->second), ns, number_w,
                    mirror(width - number_w, number_w, width), 0, s.items, h.where);
      }
      s.height = th;
      s.links.push_back({{indent, 0, width - indent, th}, h.anchor});
      s.break_after = true;
      out.push_back(std::move(s));
    }
    if (!out.empty()) out.back().break_after = !b.keep_with_next;
  }
};

}  // namespace

std::vector<FlowSlice> measure_flow(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                                    const FlowStyle& style, double width,
                                    const std::map<std::string, int>& pages, Diagnostics& diags) {
  Measurer m(fonts, style, pages, diags);
  return m.blocks(blocks, width);
}

void remeasure_contents(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                        const FlowStyle& style, double width,
                        const std::map<std::string, int>& pages, std::vector<FlowSlice>& slices,
                        Diagnostics& diags) {
  Measurer m(fonts, style, pages, diags);
  std::vector<FlowSlice> out;
  out.reserve(slices.size());
  for (size_t k = 0; k < slices.size();) {
    const size_t block = slices[k].part.block;
    size_t end = k;
    while (end < slices.size() && slices[end].part.block == block) ++end;
    if (blocks[block].kind != FlowBlock::Kind::Contents) {
      for (; k < end; ++k) out.push_back(std::move(slices[k]));
      continue;
    }
    // A page break after the contents was set on its last slice by the next block.
    const bool page_break_after = slices[end - 1].page_break_after;
    const size_t first = out.size();
    m.measure_block(blocks, block, width, out);
    if (out.size() > first) out.back().page_break_after = page_break_after;
    k = end;
  }
  slices = std::move(out);
}

}  // namespace kp
