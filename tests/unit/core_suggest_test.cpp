// Unit tests for core/suggest: edit distance and "did you mean".
#include "core/suggest.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("swapped letters cost one edit") {
  CHECK(edit_distance("titel", "title") == 1);
  CHECK(edit_distance("colour", "color") == 1);
  CHECK(edit_distance("abc", "abc") == 0);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("near misses are suggested, far words are not") {
  std::vector<std::string> keys = {"title", "subtitle", "language", "decks"};
  CHECK(closest_match("titel", keys) == "title");
  CHECK(closest_match("langage", keys) == "language");
  CHECK(closest_match("zzzzzz", keys).empty());
  CHECK(did_you_mean("deks", keys) == " (did you mean \"decks\"?)");
  CHECK(join_choices({"a", "b", "c"}) == "a, b or c");
}
