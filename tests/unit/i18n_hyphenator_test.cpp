// Unit tests for i18n/hyphenator: libhyphen break points as soft hyphens.
#include "i18n/hyphenator.hpp"

#include <doctest/doctest.h>

using namespace kp;

namespace {
std::string show(std::string s) {
  for (size_t p; (p = s.find("\u00AD")) != std::string::npos;) s.replace(p, 2, "-");
  return s;
}
}  // namespace

TEST_CASE("French words get break points; short words do not") {
  const Hyphenator& h = hyphenator_for("fr");
  REQUIRE(h.available());
  CHECK(show(h.hyphenate("considération")) == "consi-dé-ra-tion");
  CHECK(show(h.hyphenate("le DG")) == "le DG");
  CHECK(show(h.hyphenate("l'administration")) == "l'ad-mi-nis-tra-tion");
}

TEST_CASE("German uses an ISO-8859-1 dictionary and still handles umlauts") {
  const Hyphenator& h = hyphenator_for("de");
  REQUIRE(h.available());
  std::string out = show(h.hyphenate("Zusammenarbeit Bürgermeister"));
  CHECK(out.find("Zu-sam-men") != std::string::npos);
  CHECK(out.find("Bür-ger") != std::string::npos);
}

TEST_CASE("capitals keep their case after hyphenation") {
  CHECK(show(hyphenator_for("fr").hyphenate("Attractivité")).rfind("At", 0) == 0);
}

TEST_CASE("a language without a dictionary leaves text unchanged") {
  Hyphenator h("xx");
  CHECK_FALSE(h.available());
  CHECK(h.hyphenate("anything") == "anything");
}

TEST_CASE("keep_breaks_inside drops breaks that leave fewer than N letters") {
  const std::string shy = "\u00AD";
  CHECK(keep_breaks_inside("In" + shy + "ter" + shy + "na" + shy + "tio" + shy + "nales", 3) ==
        "Inter" + shy + "na" + shy + "tio" + shy + "nales");
  CHECK(keep_breaks_inside("ré" + shy + "fé" + shy + "rents", 3) == "réfé" + shy + "rents");
  CHECK(keep_breaks_inside("ac" + shy + "tion, " + "ac" + shy + "tion", 2) ==
        "ac" + shy + "tion, ac" + shy + "tion");
  CHECK(keep_breaks_inside("sans coupure", 3) == "sans coupure");
  // Markup around a word is no part of it.
  CHECK(keep_breaks_inside("<b>ré" + shy + "u" + shy + "nit</b>", 3) == "<b>réu" + shy + "nit</b>");
}
