// The JSON Schema shipped for editors (kit/kitpress.schema.json) names exactly the keys the
// loader accepts, for every kind of mapping in a kit.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/paths.hpp"
#include "model/kit_loader.hpp"
#include "model/yaml_reader.hpp"

using namespace kp;
using json = nlohmann::json;

namespace {

json load_schema() {
  std::ifstream f(project_dir() + "/kit/kitpress.schema.json");
  return json::parse(f);
}

std::set<std::string> properties(const json& object) {
  std::set<std::string> keys;
  for (const auto& [k, v] : object.at("properties").items()) keys.insert(k);
  return keys;
}

// The schema object that describes a mapping the loader read as `what`; null if none should.
const json* schema_for(const json& schema, const std::string& what) {
  static const std::map<std::string, std::string> defs = {{"\"theme\"", "theme"},
                                                          {"\"words\"", "words"},
                                                          {"\"print\"", "print"},
                                                          {"\"press\"", "press"},
                                                          {"the deck", "deck"},
                                                          {"the card", "card"},
                                                          {"the card source", "cardSource"},
                                                          {"a field", "field"},
                                                          {"the stickers", "stickers"},
                                                          {"the guide", "guide"},
                                                          {"the guide's \"words\"", "guideWords"},
                                                          {"the guide section", "section"},
                                                          {"\"session\"", "session"},
                                                          {"\"agenda\"", "agenda"},
                                                          {"an agenda step", "agendaStep"},
                                                          {"a materials line", "material"},
                                                          {"a sheet", "sheet"},
                                                          {"a survey question", "question"},
                                                          {"\"packs\"", "packs"},
                                                          {"a deck's use", "deckUse"},
{"\"handout\"", "handout"},
{"a sticker set", "stickerSet"}};
  const json& d = schema.at("$defs");
  if (what == "kit.yaml") return &schema;
  if (auto it = defs.find(what); it != defs.end()) return &d.at(it->second);
  if (what == "the stickers' \"copies\"") return &d.at("stickerCopies").at("oneOf").at(2);
  if (what == "\"output-condition\"") return &d.at("press").at("properties").at("output-condition");
  if (what.rfind("label product \"", 0) == 0) return &d.at("labelProduct");
  if (what.rfind("an item of \"", 0) == 0 || what == "a list item")
    return &d.at("listItem").at("oneOf").at(1);
  if (what.find("colour\" in ") != std::string::npos) return &d.at("colour").at("oneOf").at(1);
  return nullptr;
}

}  // namespace

TEST_CASE("the schema and the loader accept the same keys") {
  for (const char* kit :
       {"kit/bulle-dg", "tests/cases/other-kit", "tests/cases/own-labels", "tests/cases/print-kit",
        "tests/cases/i18n-kit", "tests/cases/sub-groups-kit", "tests/cases/sticker-sets-kit"}) {
    Diagnostics d;
    CHECK_MESSAGE(load_kit(project_dir() + "/" + kit, d), kit);
  }
  json schema = load_schema();
  std::set<std::string> seen;
  for (const auto& [what, keys] : accepted_keys()) {
    CAPTURE(what);
    if (what == "the size table" || what == "the label products" || what == "a block of the guide")
      continue;
    // Translation files (i18n/<lang>.yaml) are written by `kitpress i18n new`, not from a schema.
    if (what == "the translation file" || what == "a translated text") continue;
    const json* object = schema_for(schema, what);
    REQUIRE_MESSAGE(object, "no schema definition for the mapping " << what);
    CHECK(properties(*object) == keys);
    seen.insert(what);
  }
  // Every kind of mapping was exercised by the kits above.
  for (const char* what :
       {"kit.yaml", "\"theme\"", "\"words\"", "\"print\"", "\"press\"", "\"output-condition\"",
        "the deck", "the card", "the stickers", "the guide", "the guide section"})
    CHECK_MESSAGE(seen.count(what), what);
}

TEST_CASE("guide blocks in the schema are the loader's block kinds") {
  json schema = load_schema();
  std::set<std::string> kinds;
  for (const auto& alt : schema["$defs"]["block"]["oneOf"])
    if (alt.contains("properties"))
      for (const auto& [k, v] : alt["properties"].items()) kinds.insert(k);
  Diagnostics d;
  load_kit(project_dir() + "/kit/bulle-dg", d);
  CHECK(accepted_keys().at("a block of the guide") == kinds);
}
