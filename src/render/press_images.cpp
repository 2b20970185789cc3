// Images in press output: SVGs become CMYK shapes; a PNG or an SVG they cannot show is refused.
#include "render/press_images.hpp"

#include <set>

#include "model/image_asset.hpp"
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
  if (image.asset->format == ImageAsset::Format::Png) {
    *why = "it is a PNG, whose pixels are RGB: the press PDF prints SVG images, as CMYK paths";
    return false;
  }
  return svg_shapes(image, out, why);
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
    std::vector<Item> shapes;
    std::string why;
    if (press_image_shapes(*im, &shapes, &why)) continue;
    diags.error(im->asset->where, press_image_refusal(*im, why),
                "use an SVG in solid colours (no gradients, transparency or masks) for the "
                "press, or build without --press: the office PDF draws any PNG or SVG");
  }
}

}  // namespace kp
