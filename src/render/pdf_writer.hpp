// Writing a Document as an office PDF through cairo (fonts embedded and subset, metadata, outline).
#pragma once
#include <string>

#include "layout/page.hpp"
#include "render/file_sink.hpp"

namespace kp {

class AtomicOutput;

// Writes an office PDF page by page: each page is drawn when it is added and can be dropped
// then, so that a document of any length is never held whole. finish() adds the outline and
// puts the file in place atomically; destroyed without it (an exception), it leaves nothing.
class PdfPageWriter {
 public:
  // `links`: whether any page will hold a Link (the document is then a tagged structure, which
  // cairo must be told before the first page).
  PdfPageWriter(const std::string& path, bool links);
  ~PdfPageWriter();
  PdfPageWriter(const PdfPageWriter&) = delete;
  PdfPageWriter& operator=(const PdfPageWriter&) = delete;

  // Draws the next page; `info` is the document's, read with the first page.
  void add(const DocumentInfo& info, const Page& page);
  // Adds the bookmarks of `doc` (its pages are not read) and writes the file; throws
  // std::runtime_error naming the file on failure.
  void finish(const Document& doc);
  size_t pages() const { return pages_; }

 private:
  void start(const DocumentInfo& info, double w, double h);
  std::string path_;
  bool links_;
  std::unique_ptr<AtomicOutput> out_;
  std::unique_ptr<FileSink> sink_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  double w_ = 0, h_ = 0;
  size_t pages_ = 0;
};

// Whether any page of `doc` holds a Link.
bool has_links(const Document& doc);

// Writes atomically to `path`; throws std::runtime_error naming the file on failure.
void write_pdf(const Document& doc, const std::string& path);

}  // namespace kp
