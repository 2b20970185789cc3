// Refusing images in press output, with the kit location of each image file.
#include "render/press_images.hpp"

#include <set>

#include "model/image_asset.hpp"

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

std::string press_image_refusal(const Image& image) {
  return "the press PDF cannot draw images yet (\"" + (image.asset ? image.asset->name : "") +
         "\")";
}

void check_press_images(const Document& doc, Diagnostics& diags) {
  std::vector<const Image*> images;
  for (const auto& p : doc.pages) collect(p.items, images);
  std::set<const ImageAsset*> seen;
  for (const Image* im : images) {
    if (!im->asset || !seen.insert(im->asset.get()).second) continue;
    diags.error(im->asset->where, press_image_refusal(*im),
                "build without --press (the office PDF draws it), or remove the image from "
                "the decks printed for the press");
  }
}

}  // namespace kp
