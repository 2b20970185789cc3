// End-to-end checks of images in the office PDF and PNG: SVG as vector paths, PNG embedded once,
// drawn where the page model puts them; the press PDF draws SVGs as CMYK paths, PNGs as CMYK.
#include <doctest/doctest.h>

#include <cairo.h>

#include <array>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "model/image_asset.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"
#include "render/press_images.hpp"
#include "render/press_pdf_writer.hpp"
#include "support/pdf_tools.hpp"

using namespace kp;
using namespace kp::test;

namespace {

ImageRef image(const std::string& file) {
  Diagnostics d;
  ImageRef im = read_image_asset(project_dir() + "/tests/cases/images",
                                 Text{file, Location{"deck.yaml", 4, 7, {}}}, d);
  REQUIRE(im);
  return im;
}

// A one-page document with `asset` drawn in each of `boxes` (a 200 × 100 pt page).
Document page_with(const ImageRef& asset, const std::vector<Rect>& boxes) {
  Document doc;
  Page p;
  p.width = 200, p.height = 100;
  for (const Rect& b : boxes) {
    Group g;  // inside a group, as card faces are
    g.transform = Transform::translate(b.x, b.y);
    g.items.emplace_back(fit_image(asset, {0, 0, b.w, b.h}));
    p.items.emplace_back(std::move(g));
  }
  doc.pages.push_back(std::move(p));
  return doc;
}

// Lines of `pdfimages -list` after its two header lines: one per image drawn.
std::vector<std::string> raster_images(const std::string& pdf) {
  auto r = run("pdfimages -list " + sh_quote(pdf));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  std::string line;
  for (int n = 0; std::getline(in, line); ++n)
    if (n >= 2 && !line.empty()) lines.push_back(line);
  return lines;
}

// The RGB colour at point (x, y) of the PDF's first page, rendered at 72 dpi.
std::array<int, 3> pixel(const std::string& pdf, int x, int y) {
  auto r = run("pdftoppm -r 72 -singlefile " + sh_quote(pdf) + " " + sh_quote(pdf));
  REQUIRE_MESSAGE(r.exit_code == 0, r.out);
  const std::string bytes = read_text_file(pdf + ".ppm");
  std::istringstream in(bytes);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  REQUIRE(magic == "P6");
  const size_t at = static_cast<size_t>(in.tellg()) + 3 * static_cast<size_t>(y * w + x);
  REQUIRE(at + 2 < bytes.size());
  return {static_cast<unsigned char>(bytes[at]), static_cast<unsigned char>(bytes[at + 1]),
          static_cast<unsigned char>(bytes[at + 2])};
}

// icon.svg drawn in (10, 10, 40, 40) and (100, 20, 80, 60): its orange disc where the page
// model put it, in both places and sizes, the white tick across it, paper between them.
void check_icon_pixels(const std::string& pdf) {
  auto c = pixel(pdf, 30, 22);  // inside the disc, above the tick
  CHECK(c[0] > 200);
  CHECK(c[1] < 130);
  c = pixel(pdf, 140, 30);
  CHECK(c[0] > 200);
  CHECK(c[1] < 130);
  c = pixel(pdf, 30, 30);
  CHECK(c[1] > 200);
  c = pixel(pdf, 75, 50);
  CHECK(c == std::array<int, 3>{255, 255, 255});
}

// flag.png (32 × 16) drawn in the 40 pt squares of a row from (10, 10): `images` (its uses,
// from pdfimages -list) all name one image object in `colour_space`; blue top half, yellow
// bottom half (blue above `blue`), the flag 20 pt high in the middle of its box.
void check_flag(const std::string& pdf, const std::vector<std::string>& images,
                const std::string& colour_space, int blue) {
  std::set<std::string> objects;
  for (const auto& line : images) {
    std::istringstream words(line);
    std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
    REQUIRE(w.size() > 10);
    CHECK(w[3] == "32");
    CHECK(w[4] == "16");
    CHECK(w[5] == colour_space);
    objects.insert(w[10]);
  }
  CHECK(objects.size() == 1);
  auto c = pixel(pdf, 30, 25);
  CHECK(c[2] > blue);
  CHECK(c[0] < 90);
  c = pixel(pdf, 130, 35);
  CHECK(c[0] > 200);
  CHECK(c[2] < 80);
  c = pixel(pdf, 30, 15);  // above the flag: paper
  CHECK(c == std::array<int, 3>{255, 255, 255});
}

}  // namespace

TEST_CASE("an SVG image is drawn as vector paths in the office PDF: no raster image") {
  const std::string pdf = temp_dir("image-svg") + "/svg.pdf";
  write_pdf(page_with(image("icon.svg"), {{10, 10, 40, 40}, {100, 20, 80, 60}}), pdf);
  CHECK(raster_images(pdf).empty());
  check_icon_pixels(pdf);
  // The vector form has no pixels to count: its content stream holds the disc's curves.
  auto q =
      run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) + " - | grep -ao ' c ' | wc -l");
  CHECK(std::stoi(q.out) >= 8);
}

TEST_CASE("a PNG image is embedded once however often it is drawn, and keeps its aspect") {
  const std::string pdf = temp_dir("image-png") + "/png.pdf";
  // 32 × 16 pixels in square boxes: drawn 40 × 20, centred vertically.
  write_pdf(page_with(image("flag.png"), {{10, 10, 40, 40}, {60, 10, 40, 40}, {110, 10, 40, 40}}),
            pdf);
  auto images = raster_images(pdf);
  REQUIRE(images.size() == 3);  // pdfimages lists each use...
  check_flag(pdf, images, "rgb", 180);
}

TEST_CASE("the PNG proof draws images too, and PDFs with images are byte-identical across runs") {
  const std::string dir = temp_dir("image-proof");
  Document doc = page_with(image("icon.svg"), {{10, 10, 40, 40}});
  Document flag = page_with(image("flag.png"), {{100, 10, 40, 40}});
  doc.pages[0].items.push_back(flag.pages[0].items[0]);
  write_png(doc.pages[0], 72, dir + "/proof.png");
  cairo_surface_t* s = cairo_image_surface_create_from_png((dir + "/proof.png").c_str());
  REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  const unsigned char* px = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  auto at = [&](int x, int y) {  // 0xRRGGBB
    const unsigned char* p = px + y * stride + 4 * x;
    return (p[2] << 16) | (p[1] << 8) | p[0];
  };
  CHECK((at(30, 22) >> 16) > 200);    // the SVG's orange disc
  CHECK((at(120, 25) & 0xFF) > 180);  // the PNG's blue half
  CHECK(at(75, 50) == 0xFFFFFF);      // paper between them
  cairo_surface_destroy(s);
  doc.info.date = "2026-01-01T00:00:00Z";
  write_pdf(doc, dir + "/a.pdf");
  write_pdf(doc, dir + "/b.pdf");
  CHECK(read_text_file(dir + "/a.pdf") == read_text_file(dir + "/b.pdf"));
}

TEST_CASE("the press PDF draws an SVG as CMYK paths: no raster image, no RGB colour") {
  Document doc = page_with(image("icon.svg"), {{10, 10, 40, 40}, {100, 20, 80, 60}});
  Diagnostics d;
  check_press_images(doc, d);
  CHECK(d.items().empty());
  const std::string pdf = temp_dir("image-press-svg") + "/press.pdf";
  write_press_pdf(doc, pdf);
  CHECK(raster_images(pdf).empty());
  auto content = run("qpdf --qdf --object-streams=disable " + sh_quote(pdf) + " -");
  REQUIRE(content.exit_code == 0);
  CHECK(content.out.find(" rg\n") == std::string::npos);  // no DeviceRGB fill or stroke
  CHECK(content.out.find(" RG\n") == std::string::npos);
  CHECK(content.out.find(" k\n") != std::string::npos);   // DeviceCMYK
  CHECK(content.out.find("1 J\n") != std::string::npos);  // the tick's round caps
  check_icon_pixels(pdf);
}

TEST_CASE("the press PDF embeds an opaque PNG once, as CMYK pixels, the right way up") {
  Document doc =
      page_with(image("flag.png"), {{10, 10, 40, 40}, {60, 10, 40, 40}, {110, 10, 40, 40}});
  Diagnostics d;
  check_press_images(doc, d);
  CHECK(d.items().empty());
  const std::string pdf = temp_dir("image-press-png") + "/press.pdf";
  write_press_pdf(doc, pdf);
  auto images = raster_images(pdf);
  REQUIRE(images.size() == 3);
  // Blue duller than in the office PDF: naive CMYK seen through poppler.
  check_flag(pdf, images, "cmyk", 150);
}

TEST_CASE("the press PDF refuses a translucent PNG or a gradient with a located error") {
  Document doc = page_with(image("glass.png"), {{10, 10, 40, 40}, {60, 10, 40, 40}});
  Document grad = page_with(image("gradient.svg"), {{10, 60, 20, 20}});
  doc.pages[0].items.push_back(grad.pages[0].items[0]);
  Diagnostics d;
  check_press_images(doc, d);
  REQUIRE(d.items().size() == 2);  // once per file, at the key that names it
  CHECK(d.items()[0].where.file == "deck.yaml");
  CHECK(d.items()[0].where.line == 4);
  CHECK(d.items()[0].message.find("\"glass.png\" cannot go into the press PDF: it has transparent "
                                  "pixels") != std::string::npos);
  CHECK(d.items()[1].message.find("\"gradient.svg\"") != std::string::npos);
  CHECK(d.items()[1].message.find("gradient") != std::string::npos);
  CHECK(d.items()[0].hint.find("--press") != std::string::npos);
  const std::string pdf = temp_dir("image-press") + "/press.pdf";
  CHECK_THROWS_WITH(write_press_pdf(doc, pdf), doctest::Contains("transparent pixels"));
  CHECK(read_text_file(pdf).empty());  // nothing written
}
