// Reading guide.yaml: the guide's sections and blocks, and the session plan (agenda,
// materials, survey, rapport d'étonnement, worksheets, words).
#pragma once
#include <functional>
#include <vector>

#include "model/kit.hpp"
#include "model/yaml_tree.hpp"

namespace kp {

struct GuideReading {
  Diagnostics& diags;
  std::function<bool(const Text&)> valid_id;  // reports an invalid id
  std::vector<Text>& deck_refs;               // deck ids named, checked once decks are known
};

// Reads the parsed guide.yaml into kit.guide and kit.session.
void read_guide(const YamlNode& root, const SourceFile& src, GuideReading& r, Kit& kit);

// "9:30", "09:30" or "9h30" → minutes after midnight; nullopt if not a time.
std::optional<int> parse_clock(const std::string& text);

}  // namespace kp
