// Images in press output: SVGs become CMYK shapes, opaque PNGs CMYK pixels; the rest is refused.
#include "render/press_images.hpp"

#include <cmath>
#include <cstring>
#include <set>

#include "model/image_asset.hpp"
#include "model/image_decode.hpp"
#include "render/svg_shapes.hpp"

namespace kp {

namespace {

void collect(const std::vector<Item>& items, std::vector<const Image*>& out) {
  for (const auto& it : items) {
    if (auto* im = std::get_if<Image>(&it.v))
      out.push_back(im);
    else if (auto* g = std::get_if<Group>(&it.v))
      collect(g->items, out);
  }
}

}  // namespace

bool press_image_shapes(const Image& image, std::vector<Item>* out, std::string* why) {
  if (!image.asset) return true;
  return svg_shapes(image, out, why);
}

bool press_png_pixels(const Image& image, CmykPixels* out, std::string* why) {
  cairo_surface_t* s = decode_png(image.asset->bytes);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    *why = std::string("it cannot be decoded: ") + cairo_status_to_string(cairo_surface_status(s));
    cairo_surface_destroy(s);
    return false;
  }
  cairo_surface_flush(s);
  const int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
  const int stride = cairo_image_surface_get_stride(s);
  const bool alpha = cairo_image_surface_get_format(s) == CAIRO_FORMAT_ARGB32;
  const unsigned char* data = cairo_image_surface_get_data(s);
  out->width = w, out->height = h;
  out->samples.assign(static_cast<size_t>(w) * static_cast<size_t>(h) * 4, '\0');
  bool opaque = true;
  for (int y = 0; y < h && opaque; ++y) {
    for (int x = 0; x < w; ++x) {
      uint32_t px;  // cairo's native-endian 0xAARRGGBB
      std::memcpy(&px, data + static_cast<size_t>(y) * static_cast<size_t>(stride) + 4u * x, 4);
      if (alpha && (px >> 24) != 0xFF) {
        opaque = false;
        break;
      }
      const Colour c = Colour::from_rgb(((px >> 16) & 0xFF) / 255.0, ((px >> 8) & 0xFF) / 255.0,
                                        (px & 0xFF) / 255.0);
      char* to = &out->samples[(static_cast<size_t>(y) * static_cast<size_t>(w) + x) * 4];
      to[0] = static_cast<char>(std::lround(c.c * 255));
      to[1] = static_cast<char>(std::lround(c.m * 255));
      to[2] = static_cast<char>(std::lround(c.y * 255));
      to[3] = static_cast<char>(std::lround(c.k * 255));
    }
  }
  cairo_surface_destroy(s);
  if (!opaque)
    *why =
        "it has transparent pixels, and the press PDF has no transparency: flatten it onto "
        "its background";
  return opaque;
}

bool press_can_print(const Image& image, std::string* why) {
  if (!image.asset) return true;
  if (image.asset->format == ImageAsset::Format::Png) {
    CmykPixels pixels;
    return press_png_pixels(image, &pixels, why);
  }
  std::vector<Item> shapes;
  return press_image_shapes(image, &shapes, why);
}

std::string press_image_refusal(const Image& image, const std::string& why) {
  return "the image \"" + (image.asset ? image.asset->name : std::string()) +
         "\" cannot go into the press PDF: " + why;
}

void check_press_images(const Document& doc, Diagnostics& diags) {
  std::vector<const Image*> images;
  for (const auto& p : doc.pages) collect(p.items, images);
  std::set<const ImageAsset*> seen;
  for (const Image* im : images) {
    if (!im->asset || !seen.insert(im->asset.get()).second) continue;
    std::string why;
    if (press_can_print(*im, &why)) continue;
    diags.error(im->asset->where, press_image_refusal(*im, why),
                "for the press, use an SVG in solid colours (no gradients, transparency or "
                "masks) or an opaque PNG; or build without --press: the office PDF draws any "
                "PNG or SVG");
  }
}

}  // namespace kp
