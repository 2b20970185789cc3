// Unit tests for translation keys: slugs of source texts and keys of list items.
#include "model/text_keys.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kp;

TEST_CASE("text_slug: lower-case ASCII words, accents dropped, cut at a word") {
  CHECK(text_slug("bienveillant") == "bienveillant");
  CHECK(text_slug("Très bienveillant !") == "tres-bienveillant");
  CHECK(text_slug("ouvert d'esprit") == "ouvert-d-esprit");
  CHECK(text_slug("Œuvre ÉLAN Größe") == "oeuvre-elan-grosse");
  CHECK(text_slug("L'apprenti DG : il découvre le secteur de l'AICT et s'y intéresse") ==
        "l-apprenti-dg-il-decouvre-le-secteur-de");
  CHECK(text_slug("Il découvre le secteur de l'AICT.").size() <= 40);
  CHECK(text_slug("12 participants") == "12-participants");
  // No Latin letter or digit: a hash of the text, stable and distinct.
  CHECK(text_slug("好奇心") == text_slug("好奇心"));
  CHECK(text_slug("好奇心").size() == 9);
  CHECK(text_slug("好奇心")[0] == 't');
  CHECK(text_slug("好奇心") != text_slug("勇気"));
}

TEST_CASE("list items: own id, else the slug; a repeated slug is numbered, positions kept apart") {
  Kit kit;
  Stickers st;
  st.texts = {Text{"curieux", {}}, Text{"Curieux !", {}}, Text{"audacieux", {}, "bold"},
              Text{"", {}}, Text{"curieux", {}}};
  kit.stickers = st;
  std::vector<TextKey> keys;
  visit_text_keys(kit, [&](const TextKey& k, const Text&) { keys.push_back(k); });
  REQUIRE(keys.size() == 4);
  CHECK(keys[0].key == "stickers.texts.curieux");
  CHECK(keys[1].key == "stickers.texts.curieux-2");
  CHECK(keys[2].key == "stickers.texts.bold");
  CHECK(keys[3].key == "stickers.texts.curieux-3");
  CHECK(keys[0].positional == "stickers.texts.1");
  CHECK(keys[3].positional == "stickers.texts.5");
}

TEST_CASE("sticker sets and the handout: each text under its own key") {
  Kit kit;
  Stickers st;
  st.caption = Text{"Le DG idéal serait", {}};
  st.texts = {Text{"curieux", {}}};
  StickerSet symbols;
  symbols.id = "symbols";
  symbols.caption = Text{"Symbole", {}};
  symbols.texts = {Text{"soleil", {}}, Text{"lune", {}}};
  st.sets.push_back(symbols);
  kit.stickers = st;
  Handout h;
  h.title = Text{"Recommandations", {}};
  h.next_step = Text{"Ma prochaine étape", {}};
  kit.session.handout = h;
  std::vector<std::string> keys;
  visit_text_keys(kit, [&](const TextKey& k, const Text&) { keys.push_back(k.key); });
  auto has = [&](const std::string& k) {
    return std::find(keys.begin(), keys.end(), k) != keys.end();
  };
  CHECK(has("stickers.caption"));
  CHECK(has("stickers.texts.curieux"));
  CHECK(has("stickers.sets.symbols.caption"));
  CHECK(has("stickers.sets.symbols.texts.soleil"));
  CHECK(has("stickers.sets.symbols.texts.lune"));
  CHECK(has("guide.handout.title"));
  CHECK(has("guide.handout.next-step"));
}
