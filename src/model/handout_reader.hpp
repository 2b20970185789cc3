// Reading guide.yaml's `handout:` and checking the sections it names.
#pragma once
#include <optional>

#include "model/kit.hpp"

namespace kp {

// `handout: {title, sections: [ids], next-step: text, next-step-lines: N}`.
std::optional<Handout> read_handout(const YamlNode& n, const SourceFile& src, Diagnostics& diags);

// The guide section of id `id`, at any depth, or nullptr.
const GuideSection* find_guide_section(const std::vector<GuideSection>& sections,
                                       const std::string& id);

// Reports each handout section that names neither a guide section nor a deck.
void check_handout(const Kit& kit, Diagnostics& diags);

}  // namespace kp
