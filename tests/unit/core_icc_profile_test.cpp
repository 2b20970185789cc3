// Unit tests for core/icc_profile: a CMYK printer profile passes; RGB, text and cut files do not.
#include "core/icc_profile.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "core/paths.hpp"

using namespace kp;

TEST_CASE("a CMYK output profile passes, an RGB display profile does not") {
  const std::string gs = "/usr/share/color/icc/ghostscript/";
  REQUIRE(std::filesystem::exists(gs + "default_cmyk.icc"));  // libgs-common (setup-deps.sh)
  CHECK(cmyk_output_profile_problem(gs + "default_cmyk.icc") == "");
  CHECK(cmyk_output_profile_problem(gs + "srgb.icc") == "its colour space is RGB, not CMYK");
}

TEST_CASE("files that are not profiles name what is wrong") {
  const std::string bad = project_dir() + "/tests/cases/bad/";
  CHECK(cmyk_output_profile_problem(bad + "icc-empty/press.icc") ==
        "it is 0 bytes long, shorter than an ICC header");
  CHECK(cmyk_output_profile_problem(bad + "icc-text/press.icc") ==
        "it is not an ICC profile (no 'acsp' signature)");
  CHECK(cmyk_output_profile_problem(bad + "icc-cut/press.icc") ==
        "its header says 187484 bytes but the file has 200 (it is cut short)");
  CHECK(cmyk_output_profile_problem(bad + "no-such.icc") == "the file cannot be read");
}
