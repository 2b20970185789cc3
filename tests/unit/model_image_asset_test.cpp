// Unit tests for model/image_asset: confinement, formats, decoding, limits, located errors.
#include "model/image_asset.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "core/paths.hpp"

using namespace kp;

namespace {

const std::string kDir = project_dir() + "/tests/cases/images";

Text named(const std::string& file) {
  return Text{file, Location{"kit.yaml", 7, 9, {}}};
}

// The single error reading `file` gives, as "file:line:col message".
std::string error_of(const std::string& file, const ImageLimits& limits = {}) {
  Diagnostics d;
  ImageRef im = read_image_asset(kDir, named(file), d, limits);
  CHECK(!im);
  REQUIRE(d.items().size() == 1);
  const Diagnostic& e = d.items()[0];
  CHECK(e.severity == Severity::Error);
  CHECK(e.where.line == 7);
  CHECK(e.where.column == 9);
  CHECK(!e.hint.empty());
  CHECK_MESSAGE(e.message.find(file) != std::string::npos, e.message);  // names the file
  return e.message;
}

}  // namespace

TEST_CASE("an SVG and a PNG of the kit folder are read with their intrinsic size") {
  Diagnostics d;
  ImageRef svg = read_image_asset(kDir, named("icon.svg"), d);
  REQUIRE(svg);
  CHECK(svg->format == ImageAsset::Format::Svg);
  CHECK(svg->width == doctest::Approx(24));
  CHECK(svg->height == doctest::Approx(24));
  CHECK(svg->name == "icon.svg");
  CHECK(svg->where.line == 7);
  ImageRef png = read_image_asset(kDir, named("flag.png"), d);
  REQUIRE(png);
  CHECK(png->format == ImageAsset::Format::Png);
  CHECK(png->width == 32);
  CHECK(png->height == 16);
  CHECK(d.items().empty());
}

TEST_CASE("a missing, escaping, non-image or damaged file is a located error naming it") {
  CHECK(error_of("missing.svg").find("does not exist") != std::string::npos);
  CHECK(error_of("../images/../../cases/images/icon.svg").find("leave the kit folder") !=
        std::string::npos);
  CHECK(error_of("notes.txt").find("is not a PNG or SVG image") != std::string::npos);
  CHECK(error_of("broken.png").find("cannot be decoded") != std::string::npos);
  CHECK(error_of("nosize.svg").find("has no size") != std::string::npos);
}

TEST_CASE("an absolute path is refused") {
  CHECK(error_of(kDir + "/icon.svg").find("absolute path") != std::string::npos);
}

TEST_CASE("image size is capped in bytes and in pixels") {
  ImageLimits small;
  small.max_bytes = 100;
  CHECK(error_of("icon.svg", small).find("more than the limit") != std::string::npos);
  CHECK(error_of("huge.png").find("10000×10000 pixels") != std::string::npos);
  ImageLimits tiny_svg;
  tiny_svg.max_svg_side = 10;
  CHECK(error_of("icon.svg", tiny_svg).find("larger than 10 units") != std::string::npos);
}

TEST_CASE("an SVG with text or a reference to another file is refused") {
  CHECK(error_of("words.svg").find("holds text") != std::string::npos);
  CHECK(error_of("outside.svg").find("refers to another file (\"../../secret.png\")") !=
        std::string::npos);
}

TEST_CASE("formats are recognised by their first bytes, not by the file name") {
  ImageAsset::Format f = ImageAsset::Format::Png;
  CHECK(sniff_image_format("\xEF\xBB\xBF <?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 1 1\"/>", &f));
  CHECK(f == ImageAsset::Format::Svg);
  CHECK(sniff_image_format(std::string("\x89PNG\r\n\x1a\n", 8) + "rest", &f));
  CHECK(f == ImageAsset::Format::Png);
  CHECK(!sniff_image_format("<html><body/></html>", &f));
  CHECK(!sniff_image_format("", &f));
}
