// cairo PDF output.
#include "render/pdf_writer.hpp"

#include <cairo-pdf.h>

#include <cstdio>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/atomic_file.hpp"
#include "render/cairo_draw.hpp"
#include "render/file_sink.hpp"

namespace kp {

namespace {
void check(cairo_status_t st, const std::string& path) {
  if (st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cannot write " + path + ": " + cairo_status_to_string(st));
}
}  // namespace

void write_pdf(const Document& doc, const std::string& path) {
  AtomicOutput out(path);
  double w = doc.pages.empty() ? 595 : doc.pages[0].width,
         h = doc.pages.empty() ? 842 : doc.pages[0].height;
  FileSink sink(out.temp_path(), path);
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(&FileSink::write, &sink, w, h);
  check(cairo_surface_status(surface), path);
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  auto meta = [&](cairo_pdf_metadata_t key, const std::string& v) {
    if (!v.empty()) cairo_pdf_surface_set_metadata(surface, key, v.c_str());
  };
  meta(CAIRO_PDF_METADATA_TITLE, doc.info.title);
  meta(CAIRO_PDF_METADATA_AUTHOR, doc.info.author);
  meta(CAIRO_PDF_METADATA_SUBJECT, doc.info.subject);
  meta(CAIRO_PDF_METADATA_KEYWORDS, doc.info.keywords);
  meta(CAIRO_PDF_METADATA_CREATOR, doc.info.creator);
  meta(CAIRO_PDF_METADATA_CREATE_DATE, doc.info.date);
  meta(CAIRO_PDF_METADATA_MOD_DATE, doc.info.date);
  cairo_t* cr = cairo_create(surface);
  // cairo 1.16 reserves a structure element for each link but writes the structure tree only
  // when the document has a structure tag: without one the PDF's xref is damaged. So a
  // document with links is wrapped in a "Document" structure element.
  bool links = false;
  for (const auto& p : doc.pages)
    for (const auto& it : p.items)
      if (std::holds_alternative<Link>(it.v)) links = true;
  if (links) cairo_tag_begin(cr, "Document", "");
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& p = doc.pages[i];
    // Only on a change of size: cairo 1.16 loses the structure tree of links otherwise.
    if (p.width != w || p.height != h) {
      cairo_pdf_surface_set_size(surface, p.width, p.height);
      w = p.width, h = p.height;
    }
    if (!p.label.empty()) cairo_pdf_surface_set_page_label(surface, p.label.c_str());
    for (const auto& d : p.dests) {
      std::string attrs =
          "name='" + d.name + "' x=" + std::to_string(d.x) + " y=" + std::to_string(d.y);
      cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs.c_str());
      cairo_tag_end(cr, CAIRO_TAG_DEST);
    }
    draw_items(cr, p.items, true);
    cairo_show_page(cr);
  }
  // Nested outline: a bookmark's parent is the latest one of a lower level.
  std::vector<std::pair<int, int>> parents;  // (level, outline id), levels increasing
  for (const auto& b : doc.bookmarks) {
    char link[96];
    std::snprintf(link, sizeof link, "page=%d pos=[0 %.2f]", b.page + 1, b.y);
    while (!parents.empty() && parents.back().first >= b.level) parents.pop_back();
    int parent = parents.empty() ? CAIRO_PDF_OUTLINE_ROOT : parents.back().second;
    int id = cairo_pdf_surface_add_outline(surface, parent, b.title.c_str(), link,
                                           CAIRO_PDF_OUTLINE_FLAG_OPEN);
    parents.emplace_back(b.level, id);
  }
  if (links) cairo_tag_end(cr, "Document");
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  sink.close();  // reports a failed write (disk full, file too large) before cairo's status
  check(st, path);
  out.commit();
}

}  // namespace kp
