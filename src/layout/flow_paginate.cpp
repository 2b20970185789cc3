// Paginating measured slices: page breaks at allowed points, running header, folio, anchors,
// bookmarks and contents links (a second pass fills in the contents' page numbers).
#include <algorithm>
#include <cctype>

#include "i18n/language.hpp"
#include "layout/flow_slice.hpp"

namespace kp {

FlowBlock flow_heading(int level, std::string text, std::string anchor) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Heading;
  b.level = level;
  b.text = std::move(text);
  b.anchor = std::move(anchor);
  return b;
}

FlowBlock flow_paragraph(std::string text) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Paragraph;
  b.text = std::move(text);
  return b;
}

FlowBlock flow_list(std::vector<std::string> items, Marker marker) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::List;
  b.items = std::move(items);
  b.marker = marker;
  return b;
}

FlowBlock flow_table(std::vector<TableColumn> columns, std::vector<std::string> header,
                     std::vector<std::vector<std::string>> rows) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Table;
  b.columns = std::move(columns);
  b.header = std::move(header);
  b.rows = std::move(rows);
  return b;
}

FlowBlock flow_box(std::vector<FlowBlock> children, Colour tint) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Box;
  b.children = std::move(children);
  b.tint = tint;
  return b;
}

FlowBlock flow_spacer(double points) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Spacer;
  b.space = points;
  return b;
}

FlowBlock flow_page_break() {
  FlowBlock b;
  b.kind = FlowBlock::Kind::PageBreak;
  return b;
}

FlowBlock flow_contents(int depth) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Contents;
  b.contents_depth = depth;
  return b;
}

FlowBlock flow_rules(int count, double pitch) {
  FlowBlock b;
  b.kind = FlowBlock::Kind::Rules;
  b.rule_count = count;
  b.rule_pitch = pitch;
  return b;
}

namespace {

constexpr double kEps = 0.01;

// The slices [first, last) of a page, and whether a table's header row is repeated above them.
struct PageSpan {
  size_t first = 0, last = 0;
  bool header = false;
};

// How far slices from `first` fill a page whose content starts at y.
struct PageFill {
  size_t end = 0;         // the first slice that does not fit
  size_t last_break = 0;  // after the last slice a page may end with (0: none)
  bool forced = false;    // a page break was asked for
};

PageFill fill_page(const std::vector<FlowSlice>& slices, size_t first, double y, double avail) {
  PageFill f{first, 0, false};
  while (f.end < slices.size()) {
    const FlowSlice& s = slices[f.end];
    double sp = f.end == first ? 0 : s.space_before;
    if (y + sp + s.height > avail + kEps) break;
    y += sp + s.height;
    ++f.end;
    if (s.page_break_after) {
      f.forced = true;
      break;
    }
    if (s.break_after) f.last_break = f.end;
  }
  return f;
}

std::vector<PageSpan> break_pages(const std::vector<FlowSlice>& slices, double avail,
                                  Diagnostics& diags) {
  std::vector<PageSpan> pages;
  size_t i = 0;
  const size_t n = slices.size();
  while (i < n) {
    // A table row opening the page brings its table's header with it, when the two fit.
    bool header = slices[i].repeat_header != nullptr;
    PageFill f = fill_page(slices, i, header ? slices[i].repeat_header->height : 0, avail);
    if (f.end == i && header) {
      header = false;
      f = fill_page(slices, i, 0, avail);
    }
    size_t end;
    if (f.end == n || f.forced) {
      end = f.end;
    } else if (f.last_break != 0) {
      end = f.last_break;
    } else if (f.end > i) {
      end = f.end;  // no allowed break fits: break where the page is full
      // A table's header row goes over to the page of its first row.
      if (end - 1 > i && slices[end - 1].table_header) --end;
    } else {
      diags.error(slices[i].where, "a block is taller than the page and cannot be split",
                  "shorten it or split it into several blocks");
      end = i + 1;
    }
    // A page holding nothing but empty slices (a spacer after a page break) is dropped.
    bool empty = true;
    for (size_t k = i; k < end; ++k)
      if (slices[k].height > 0 || !slices[k].items.empty()) empty = false;
    if (!empty) pages.push_back({i, end, header});
    i = end;
  }
  return pages;
}

struct Pass {
  FlowResult result;
  std::map<std::string, int> numbers;  // anchor → displayed page number
};

// Puts measured slices on pages; `slices` is copied from, so a second pass can reuse them.
Pass paginate(const FontContext& fonts, const std::vector<FlowSlice>& slices,
              const FlowStyle& style, const FlowFrame& frame, Diagnostics& diags) {
  Pass pass;
  auto pages = break_pages(slices, frame.content_height(), diags);
  const int total = frame.page_offset + static_cast<int>(pages.size());
  std::string section;  // the level-1 heading in force at the top of the page
  struct PendingLink {
    size_t page;
    Rect area;
    std::string target;
  };
  std::vector<PendingLink> links;
  for (size_t p = 0; p < pages.size(); ++p) {
    Page page;
    page.width = frame.width;
    page.height = frame.height;
    const int number = frame.page_offset + static_cast<int>(p) + 1;
    const int doc_page = number - 1;
    page.label = std::to_string(number);
    std::vector<FlowPart> parts;
    double y = frame.top;
    std::string page_section;
    if (const auto& header = slices[pages[p].first].repeat_header; header && pages[p].header) {
      std::vector<Item> items = header->items;
      translate_items(items, frame.left, y);
      for (auto& it : items) page.items.push_back(std::move(it));
      y += header->height;
    }
    for (size_t k = pages[p].first; k < pages[p].last; ++k) {
      FlowSlice s = slices[k];
      if (k != pages[p].first) y += s.space_before;
      for (const auto& a : s.anchors) {
        if (a.level == 1) {
          if (k == pages[p].first) section = a.title;  // the page opens with a new section
          page_section = a.title;
        }
        pass.result.anchors[a.id] = {a.title, a.level, doc_page, y + a.y};
        if (!a.id.empty()) page.dests.push_back({a.id, 0, std::max(0.0, y + a.y - 6)});
        pass.numbers[a.id] = number;
        if (!a.id.empty() || a.in_contents)
          pass.result.bookmarks.push_back({a.title, a.level, doc_page, std::max(0.0, y + a.y - 6)});
      }
      for (const auto& l : s.links) {
        Rect area = l.area;
        area.x += frame.left, area.y += y;
        links.push_back({p, area, l.target});
      }
      translate_items(s.items, frame.left, y);
      for (auto& it : s.items) page.items.push_back(std::move(it));
      parts.push_back(s.part);
      y += s.height;
    }
    // Running header: title on the left, section on the right, a hairline under them.
    TextStyle rs = style.running;
    rs.hyphenate = false;
    const double header_base = frame.top - 16;
    auto put = [&](const std::string& text, Align align, double baseline) {
      if (text.empty()) return;
      TextStyle ts = rs;
      ts.align = align;
      TextBlock tb = layout_text(fonts, text, ts, frame.content_width());
      for (auto& r : tb.runs({frame.left, baseline - tb.first_baseline()}, rs.colour))
        page.items.emplace_back(std::move(r));
    };
    // The header names the section in force at the top of the page.
    put(frame.header_left, Align::Start, header_base);
    if (frame.header_right_section) put(section, Align::End, header_base);
    if (!page_section.empty()) section = page_section;
    if (!frame.header_left.empty() || (frame.header_right_section && !section.empty()))
      page.items.emplace_back(line_shape({frame.left, header_base + 5},
                                         {frame.width - frame.right, header_base + 5}, style.rule,
                                         0.4));
    std::string folio = frame.folio;
    auto subst = [&](const std::string& key, const std::string& value) {
      for (size_t at; (at = folio.find(key)) != std::string::npos;)
        folio.replace(at, key.size(), value);
    };
    subst("{n}", std::to_string(number));
    subst("{total}", std::to_string(total));
    // "2 / 10" in a right-to-left paragraph would read "10 / 2": a folio of digits and signs
    // alone is isolated left to right.
    if (language_info(style.body.language).rtl &&
        std::none_of(folio.begin(), folio.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c < 0; }))
      folio = "\u2066" + folio + "\u2069";
    put(folio, Align::End, frame.height - frame.bottom + 26);
    pass.result.pages.push_back(std::move(page));
    pass.result.placement.push_back(std::move(parts));
  }
  for (const auto& l : links) {
    auto a = pass.result.anchors.find(l.target);
    if (a == pass.result.anchors.end()) continue;
    Link link;
    link.area = l.area;
    link.page = a->second.page;
    link.target_y = std::max(0.0, a->second.y - 6);
    link.dest = l.target;
    pass.result.pages[l.page].items.emplace_back(link);
  }
  return pass;
}

}  // namespace

FlowResult layout_flow(const FontContext& fonts, const std::vector<FlowBlock>& blocks,
                       const FlowStyle& style, const FlowFrame& frame, Diagnostics& diags) {
  bool has_contents = std::any_of(blocks.begin(), blocks.end(), [](const FlowBlock& b) {
    return b.kind == FlowBlock::Kind::Contents;
  });
  // The contents' height does not depend on its page numbers, so two passes settle them; the
  // second measures the contents again and reuses every other slice.
  std::vector<FlowSlice> slices =
      measure_flow(fonts, blocks, style, frame.content_width(), {}, diags);
  Diagnostics page_diags;  // break problems are reported once, by the last pass
  Pass pass = paginate(fonts, slices, style, frame, has_contents ? page_diags : diags);
  if (has_contents) {
    Diagnostics again;  // the first pass reported the headings' text already
    remeasure_contents(fonts, blocks, style, frame.content_width(), pass.numbers, slices, again);
    pass = paginate(fonts, slices, style, frame, diags);
  }
  return std::move(pass.result);
}

}  // namespace kp
