// Reading and checking a kit's image files: confinement, format, decoding and size limits.
#include "model/image_asset.hpp"

#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/paths.hpp"
#include "model/image_decode.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

uint32_t big_endian32(const std::string& b, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

const char kPngSignature[] = "\x89PNG\r\n\x1a\n";

// Whether the XML text has a `<name` element (followed by a blank, ">" or "/").
bool has_element(const std::string& xml, const std::string& name) {
  for (size_t pos = xml.find("<" + name); pos != std::string::npos;
       pos = xml.find("<" + name, pos + 1)) {
    const size_t after = pos + 1 + name.size();
    if (after >= xml.size()) return false;
    const char c = xml[after];
    if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') return true;
  }
  return false;
}

// The first reference to another file in an SVG (an href that is neither "#..." nor "data:").
std::string external_reference(const std::string& xml) {
  for (size_t pos = xml.find("href"); pos != std::string::npos; pos = xml.find("href", pos + 4)) {
    size_t q = pos + 4;
    while (q < xml.size() && (xml[q] == ' ' || xml[q] == '=')) ++q;
    if (q >= xml.size() || (xml[q] != '"' && xml[q] != '\'')) continue;
    const size_t end = xml.find(xml[q], q + 1);
    if (end == std::string::npos) continue;
    std::string target = xml.substr(q + 1, end - q - 1);
    if (!target.empty() && target[0] != '#' && target.rfind("data:", 0) != 0) return target;
  }
  return {};
}

class Checker {
 public:
  Checker(const Text& name, Diagnostics& diags, const ImageLimits& limits)
      : name_(name), diags_(diags), limits_(limits) {}

  bool fail(const std::string& message, const std::string& hint) {
    diags_.error(name_.where, message, hint);
    return false;
  }

  bool png(ImageAsset& a) {
    const std::string& b = a.bytes;
    if (b.size() < 24 || b.compare(12, 4, "IHDR") != 0)
      return fail("the PNG image \"" + name_.value + "\" is damaged (no image header)",
                  "export the image again as PNG");
    const uint32_t w = big_endian32(b, 16), h = big_endian32(b, 20);
    if (w == 0 || h == 0 || w > static_cast<uint32_t>(limits_.max_side) ||
        h > static_cast<uint32_t>(limits_.max_side) ||
        static_cast<double>(w) * h > limits_.max_pixels)
      return fail("the image \"" + name_.value + "\" is " + std::to_string(w) + "×" +
                      std::to_string(h) + " pixels, beyond the limit of " +
                      std::to_string(limits_.max_side) + " pixels a side",
                  "an icon needs a few hundred pixels: export a smaller PNG, or use an SVG");
    cairo_surface_t* s = decode_png(b);
    const cairo_status_t st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS)
      return fail(
          "the PNG image \"" + name_.value + "\" cannot be decoded: " + cairo_status_to_string(st),
          "the file is damaged: export the image again as PNG");
    a.width = w, a.height = h;
    return true;
  }

  bool svg(ImageAsset& a) {
    if (has_element(a.bytes, "text") || has_element(a.bytes, "svg:text"))
      return fail("the SVG image \"" + name_.value +
                      "\" holds text, which would print in whatever fonts the machine has",
                  "convert the text to paths (Inkscape: Path > Object to Path) and save again");
    const std::string ref = external_reference(a.bytes);
    if (!ref.empty())
      return fail("the SVG image \"" + name_.value + "\" refers to another file (\"" + ref + "\")",
                  "embed that image in the SVG (or draw it there): an image is one file");
    std::string why;
    RsvgHandle* h = open_svg(a.bytes, &why);
    if (!h) {
      return fail("the SVG image \"" + name_.value + "\" cannot be read: " + why,
                  "check that it is a valid SVG file (open it in a browser or Inkscape)");
    }
    gdouble w = 0, hh = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hh)) {
      gboolean has_w = FALSE, has_h = FALSE, has_box = FALSE;
      RsvgLength lw, lh;
      RsvgRectangle box;
      rsvg_handle_get_intrinsic_dimensions(h, &has_w, &lw, &has_h, &lh, &has_box, &box);
      if (has_box) w = box.width, hh = box.height;
    }
    bool ok = true;
    if (!(w > 0 && hh > 0 && std::isfinite(w) && std::isfinite(hh))) {
      ok = fail("the SVG image \"" + name_.value + "\" has no size",
                "give its <svg> element a viewBox, e.g. viewBox=\"0 0 24 24\"");
    } else if (w > limits_.max_svg_side || hh > limits_.max_svg_side) {
      ok = fail("the SVG image \"" + name_.value + "\" is larger than " +
                    std::to_string(static_cast<long>(limits_.max_svg_side)) + " units a side",
                "give it a smaller viewBox");
    } else {
      // Some problems only show when drawing: draw it once where nothing is kept.
      cairo_surface_t* rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
      cairo_t* cr = cairo_create(rec);
      RsvgRectangle viewport{0, 0, w, hh};
      GError* err = nullptr;
      if (!rsvg_handle_render_document(h, cr, &viewport, &err)) {
        why = err ? err->message : "unknown error";
        if (err) g_error_free(err);
        ok = fail("the SVG image \"" + name_.value + "\" cannot be drawn: " + why,
                  "check that it is a valid SVG file (open it in a browser or Inkscape)");
      }
      cairo_destroy(cr);
      cairo_surface_destroy(rec);
    }
    g_object_unref(h);
    a.width = w, a.height = hh;
    return ok;
  }

 private:
  const Text& name_;
  Diagnostics& diags_;
  const ImageLimits& limits_;
};

}  // namespace

bool sniff_image_format(const std::string& bytes, ImageAsset::Format* format) {
  if (bytes.compare(0, 8, kPngSignature, 8) == 0) {
    *format = ImageAsset::Format::Png;
    return true;
  }
  // An SVG: XML (after an optional byte-order mark and blanks) with an <svg> element early on.
  size_t at = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (at < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[at]))) ++at;
  if (at < bytes.size() && bytes[at] == '<') {
    const std::string head = bytes.substr(at, 4096);
    if (head.find("<svg") != std::string::npos) {
      *format = ImageAsset::Format::Svg;
      return true;
    }
  }
  return false;
}

ImageRef read_image_asset(const std::string& kit_dir, const Text& relative, Diagnostics& diags,
                          const ImageLimits& limits) {
  const Location& where = relative.where;
  std::string why;
  const std::string full = join_inside(kit_dir, relative.value, &why);
  if (full.empty()) {
    diags.error(where, "the image \"" + relative.value + "\": " + why,
                "keep the kit's images in its folder, e.g. icons/name.svg");
    return nullptr;
  }
  std::error_code ec;
  if (!fs::is_regular_file(full, ec)) {
    diags.error(where, "the image file \"" + relative.value + "\" does not exist in the kit folder",
                "check the spelling, or put the file at " + full);
    return nullptr;
  }
  const auto size = fs::file_size(full, ec);
  if (!ec && size > limits.max_bytes) {
    diags.error(where,
                "the image \"" + relative.value + "\" is " + std::to_string(size) +
                    " bytes, more than the limit of " + std::to_string(limits.max_bytes >> 20) +
                    " MiB",
                "an icon needs a few kilobytes: export a smaller PNG, or simplify the SVG");
    return nullptr;
  }
  std::ifstream in(full, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (ec || !in) {
    diags.error(where, "the image file \"" + relative.value + "\" cannot be read",
                "check that you may read it (ls -l " + full + ")");
    return nullptr;
  }
  auto asset = std::make_shared<ImageAsset>();
  asset->name = relative.value;
  asset->where = where;
  asset->bytes = content.str();
  if (!sniff_image_format(asset->bytes, &asset->format)) {
    diags.error(where, "the file \"" + relative.value + "\" is not a PNG or SVG image",
                "kitpress draws PNG and SVG files: save the image in one of these formats");
    return nullptr;
  }
  Checker check(relative, diags, limits);
  const bool ok = asset->format == ImageAsset::Format::Png ? check.png(*asset) : check.svg(*asset);
  if (!ok) return nullptr;
  return asset;
}

}  // namespace kp
