// Unit tests for i18n/typography: French spacing, apostrophes and ellipses.
#include "i18n/typography.hpp"

#include <doctest/doctest.h>

using namespace kp;

TEST_CASE("French: narrow no-break space before high punctuation and inside guillemets") {
  CHECK(apply_typography("Comment ? Ainsi : oui !", "fr") ==
        "Comment\u202F? Ainsi\u202F: oui\u202F!");
  CHECK(apply_typography("« step by step »", "fr") == "«\u202Fstep by step\u202F»");
}

TEST_CASE("apostrophes and ellipses in every language") {
  CHECK(apply_typography("l'AICT permet...", "fr") == "l\u2019AICT permet\u2026");
  CHECK(apply_typography("Devil's advocate: yes", "en") == "Devil\u2019s advocate: yes");
}

TEST_CASE("a label joins its text in the language's way") {
  CHECK(label_separator("fr") == " : ");
  CHECK(apply_typography("Clichés" + label_separator("fr") + "qui ?", "fr") ==
        "Clichés\u202F: qui\u202F?");
  CHECK(label_separator("en") == ": ");
  CHECK(label_separator("es") == ": ");
  CHECK(label_separator("ja") == "\uFF1A");
}
