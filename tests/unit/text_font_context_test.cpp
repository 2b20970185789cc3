// Unit tests for text/font_context: only the project's fonts are visible.
#include "text/font_context.hpp"

#include <doctest/doctest.h>

#include "core/paths.hpp"

using namespace kp;

TEST_CASE("the private configuration sees the project's fonts and no system font") {
  FontContext fc({project_dir() + "/fonts"});
  CHECK(fc.has_family("Noto Sans"));
  // DejaVu is installed on Debian machines; it must not leak into layout.
  CHECK_FALSE(fc.has_family("DejaVu Sans"));
  CHECK(fc.families() == std::vector<std::string>{"Noto Naskh Arabic", "Noto Sans"});
}
