// cairo drawing of PNG and SVG image items.
#include "render/image_draw.hpp"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>

#include "model/image_asset.hpp"
#include "model/image_decode.hpp"

namespace kp {

namespace {

[[noreturn]] void cannot_draw(const ImageAsset& a, const std::string& why) {
  throw std::runtime_error("the image \"" + a.name + "\" cannot be drawn: " + why);
}

void draw_png(cairo_t* cr, const Image& im) {
  const ImageAsset& a = *im.asset;
  cairo_surface_t* s = decode_png(a.bytes);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    std::string why = cairo_status_to_string(cairo_surface_status(s));
    cairo_surface_destroy(s);
    cannot_draw(a, why);
  }
  // The same id for the same file: a PDF surface then embeds the pixels only once.
  const std::string id = "kitpress-png-" + std::to_string(std::hash<std::string>{}(a.bytes));
  auto* copy = static_cast<unsigned char*>(std::malloc(id.size()));
  std::memcpy(copy, id.data(), id.size());
  cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_UNIQUE_ID, copy, id.size(), std::free, copy);
  const int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
  cairo_save(cr);
  cairo_translate(cr, im.box.x, im.box.y);
  cairo_scale(cr, im.box.w / w, im.box.h / h);
  cairo_set_source_surface(cr, s, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(s);
}

void draw_svg(cairo_t* cr, const Image& im) {
  const ImageAsset& a = *im.asset;
  std::string why;
  RsvgHandle* h = open_svg(a.bytes, &why);
  if (!h) cannot_draw(a, why);
  GError* err = nullptr;
  const RsvgRectangle viewport{im.box.x, im.box.y, im.box.w, im.box.h};
  rsvg_handle_render_document(h, cr, &viewport, &err);
  g_object_unref(h);
  if (err) {
    why = err->message;
    g_error_free(err);
    cannot_draw(a, why);
  }
}

}  // namespace

void draw_image(cairo_t* cr, const Image& image) {
  if (!image.asset || image.box.w <= 0 || image.box.h <= 0) return;
  if (image.asset->format == ImageAsset::Format::Svg)
    draw_svg(cr, image);
  else
    draw_png(cr, image);
}

}  // namespace kp
