// Unit tests of placeholder filling: every occurrence, key after key, values not searched again.
#include <doctest/doctest.h>

#include "core/placeholders.hpp"

using kp::fill_placeholders;

TEST_CASE("every occurrence of each key is replaced, in the order the keys are given") {
  CHECK(fill_placeholders("{n} cartes, {n} canevas", {{"{n}", "4"}}) == "4 cartes, 4 canevas");
  CHECK(fill_placeholders("{d}/{m}/{y}", {{"{y}", "2026"}, {"{m}", "12"}, {"{d}", "02"}}) ==
        "02/12/2026");
  CHECK(fill_placeholders("no key here", {{"{n}", "4"}}) == "no key here");
}

TEST_CASE("a value holding its own key is not filled again (no endless loop)") {
  CHECK(fill_placeholders("{n}", {{"{n}", "{n}{n}"}}) == "{n}{n}");
  CHECK(fill_placeholders("a{x}b", {{"", "never"}, {"{x}", ""}}) == "ab");
}
