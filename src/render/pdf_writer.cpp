// cairo PDF output, page by page.
#include "render/pdf_writer.hpp"

#include <cairo-pdf.h>

#include <cstdio>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/atomic_file.hpp"
#include "render/cairo_draw.hpp"

namespace kp {

namespace {
void check(cairo_status_t st, const std::string& path) {
  if (st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cannot write " + path + ": " + cairo_status_to_string(st));
}
}  // namespace

bool has_links(const Document& doc) {
  for (const auto& p : doc.pages)
    for (const auto& it : p.items)
      if (std::holds_alternative<Link>(it.v)) return true;
  return false;
}

PdfPageWriter::PdfPageWriter(const std::string& path, bool links)
    : path_(path),
      links_(links),
      out_(std::make_unique<AtomicOutput>(path)),
      sink_(std::make_unique<FileSink>(out_->temp_path(), path)) {}

PdfPageWriter::~PdfPageWriter() {
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

void PdfPageWriter::start(const DocumentInfo& info, double w, double h) {
  w_ = w, h_ = h;
  surface_ = cairo_pdf_surface_create_for_stream(&FileSink::write, sink_.get(), w, h);
  check(cairo_surface_status(surface_), path_);
  cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
  auto meta = [&](cairo_pdf_metadata_t key, const std::string& v) {
    if (!v.empty()) cairo_pdf_surface_set_metadata(surface_, key, v.c_str());
  };
  meta(CAIRO_PDF_METADATA_TITLE, info.title);
  meta(CAIRO_PDF_METADATA_AUTHOR, info.author);
  meta(CAIRO_PDF_METADATA_SUBJECT, info.subject);
  meta(CAIRO_PDF_METADATA_KEYWORDS, info.keywords);
  meta(CAIRO_PDF_METADATA_CREATOR, info.creator);
  meta(CAIRO_PDF_METADATA_CREATE_DATE, info.date);
  meta(CAIRO_PDF_METADATA_MOD_DATE, info.date);
  cr_ = cairo_create(surface_);
  // cairo 1.16 reserves a structure element for each link but writes the structure tree only
  // when the document has a structure tag: without one the PDF's xref is damaged. So a
  // document with links is wrapped in a "Document" structure element.
  if (links_) cairo_tag_begin(cr_, "Document", "");
}

void PdfPageWriter::add(const DocumentInfo& info, const Page& p) {
  if (!surface_) start(info, p.width, p.height);
  if (!links_)
    for (const auto& it : p.items)
      if (std::holds_alternative<Link>(it.v))
        throw std::logic_error("cannot write " + path_ +
                               ": a link on a page of a document "
                               "announced without links");
  // Only on a change of size: cairo 1.16 loses the structure tree of links otherwise.
  if (p.width != w_ || p.height != h_) {
    cairo_pdf_surface_set_size(surface_, p.width, p.height);
    w_ = p.width, h_ = p.height;
  }
  if (!p.label.empty()) cairo_pdf_surface_set_page_label(surface_, p.label.c_str());
  for (const auto& d : p.dests) {
    std::string attrs =
        "name='" + d.name + "' x=" + std::to_string(d.x) + " y=" + std::to_string(d.y);
    cairo_tag_begin(cr_, CAIRO_TAG_DEST, attrs.c_str());
    cairo_tag_end(cr_, CAIRO_TAG_DEST);
  }
  draw_items(cr_, p.items, true);
  cairo_show_page(cr_);
  ++pages_;
}

void PdfPageWriter::finish(const Document& doc) {
  if (!surface_) start(doc.info, 595, 842);
  // Nested outline: a bookmark's parent is the latest one of a lower level.
  std::vector<std::pair<int, int>> parents;  // (level, outline id), levels increasing
  for (const auto& b : doc.bookmarks) {
    char link[96];
    std::snprintf(link, sizeof link, "page=%d pos=[0 %.2f]", b.page + 1, b.y);
    while (!parents.empty() && parents.back().first >= b.level) parents.pop_back();
    int parent = parents.empty() ? CAIRO_PDF_OUTLINE_ROOT : parents.back().second;
    int id = cairo_pdf_surface_add_outline(surface_, parent, b.title.c_str(), link,
                                           CAIRO_PDF_OUTLINE_FLAG_OPEN);
    parents.emplace_back(b.level, id);
  }
  if (links_) cairo_tag_end(cr_, "Document");
  cairo_status_t st = cairo_status(cr_);
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  sink_->close();  // reports a failed write (disk full, file too large) before cairo's status
  check(st, path_);
  out_->commit();
}

void write_pdf(const Document& doc, const std::string& path) {
  PdfPageWriter writer(path, has_links(doc));
  for (const auto& p : doc.pages) writer.add(doc.info, p);
  writer.finish(doc);
}

}  // namespace kp
