// Unit tests for render/pdf_writer: a PDF written page by page is the one written whole.
#include "render/pdf_writer.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace kp;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Page square_page(double w, double h, int n) {
  Page p;
  p.width = w;
  p.height = h;
  p.label = std::to_string(n);
  p.items.emplace_back(rect_shape({10.0 * n, 10, 20, 20}, Colour::black()));
  return p;
}

Document three_pages() {
  Document doc;
  doc.info.title = "Streamed";
  doc.info.date = "2026-01-01T00:00:00Z";
  doc.pages = {square_page(595, 842, 1), square_page(595, 842, 2), square_page(842, 595, 3)};
  doc.bookmarks = {{"one", 1, 0, 0}, {"three", 1, 2, 0}};
  return doc;
}

std::string temp_dir() {
  auto dir = std::filesystem::temp_directory_path() / "kp-pdf-writer-test";
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace

TEST_CASE("PdfPageWriter: pages dropped as they are added make the bytes of write_pdf") {
  const std::string dir = temp_dir();
  const Document doc = three_pages();
  write_pdf(doc, dir + "/whole.pdf");
  {
    PdfPageWriter writer(dir + "/streamed.pdf", false);
    Document meta = doc;
    meta.pages.clear();
    for (size_t i = 0; i < doc.pages.size(); ++i) {
      auto page = std::make_unique<Page>(doc.pages[i]);
      writer.add(meta.info, *page);
      page.reset();  // nothing of the page is needed after add()
      CHECK(writer.pages() == i + 1);
    }
    CHECK_FALSE(std::filesystem::exists(dir + "/streamed.pdf"));  // only once finished
    writer.finish(meta);
  }
  const std::string whole = read(dir + "/whole.pdf"), streamed = read(dir + "/streamed.pdf");
  CHECK(whole.size() > 500);
  CHECK(whole.find("/Title (Streamed)") != std::string::npos);
  CHECK(whole == streamed);
  std::filesystem::remove_all(dir);
}

TEST_CASE("PdfPageWriter: a link in a document announced without links is refused, no file") {
  const std::string dir = temp_dir();
  Page p = square_page(595, 842, 1);
  p.items.emplace_back(Link{{0, 0, 10, 10}, -1, 0, "https://example.org", ""});
  {
    PdfPageWriter writer(dir + "/links.pdf", false);
    CHECK_THROWS_AS(writer.add({}, p), std::logic_error);
  }
  CHECK_FALSE(std::filesystem::exists(dir + "/links.pdf"));
  {
    PdfPageWriter writer(dir + "/links.pdf", true);
    writer.add({}, p);
    writer.finish({});
  }
  CHECK(std::filesystem::exists(dir + "/links.pdf"));
  std::filesystem::remove_all(dir);
}
