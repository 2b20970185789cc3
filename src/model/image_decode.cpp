// Decoding image bytes with cairo (PNG) and librsvg (SVG).
#include "model/image_decode.hpp"

#include <cstring>

namespace kp {

namespace {

// cairo's PNG reader pulls the bytes from a string through this.
struct ByteReader {
  const std::string* bytes;
  size_t at = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<ByteReader*>(closure);
  if (r->bytes->size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, r->bytes->data() + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

cairo_surface_t* decode_png(const std::string& bytes) {
  ByteReader reader{&bytes};
  return cairo_image_surface_create_from_png_stream(read_bytes, &reader);
}

RsvgHandle* open_svg(const std::string& bytes, std::string* why) {
  GError* err = nullptr;
  RsvgHandle* h =
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &err);
  if (!h) {
    *why = err ? err->message : "unknown error";
    if (err) g_error_free(err);
    return nullptr;
  }
  rsvg_handle_set_dpi(h, 72);
  return h;
}

}  // namespace kp
