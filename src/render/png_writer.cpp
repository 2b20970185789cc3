// cairo PNG output.
#include "render/png_writer.hpp"

#include <cairo.h>

#include <cmath>
#include <stdexcept>

#include "core/atomic_file.hpp"
#include "render/cairo_draw.hpp"
#include "render/file_sink.hpp"

namespace kp {

namespace {

// The page drawn at `dpi` on white; `*status` tells whether drawing succeeded.
cairo_surface_t* draw_page(const Page& page, double dpi, cairo_status_t* status) {
  const double scale = dpi / 72.0;
  int w = static_cast<int>(std::ceil(page.width * scale)),
      h = static_cast<int>(std::ceil(page.height * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  draw_items(cr, page.items, false);
  *status = cairo_status(cr);
  cairo_destroy(cr);
  return surface;
}

}  // namespace

std::string png_bytes(const Page& page, double dpi) {
  cairo_status_t st;
  cairo_surface_t* surface = draw_page(page, dpi, &st);
  std::string bytes;
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_write_to_png_stream(
        surface,
        [](void* closure, const unsigned char* data, unsigned int length) {
          static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
          return CAIRO_STATUS_SUCCESS;
        },
        &bytes);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("cannot draw the page: ") + cairo_status_to_string(st));
  return bytes;
}

void write_png(const Page& page, double dpi, const std::string& path) {
  cairo_status_t st;
  cairo_surface_t* surface = draw_page(page, dpi, &st);
  AtomicOutput out(path);
  if (st == CAIRO_STATUS_SUCCESS) {
    const FileCreation creating;
    st = cairo_surface_write_to_png(surface, out.temp_path().c_str());
  }
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cannot write " + path + ": " + cairo_status_to_string(st));
  out.commit();
}

}  // namespace kp
