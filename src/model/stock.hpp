// Stock data shipped in kit/stock: named paper and card sizes.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "model/kit.hpp"

namespace kp {

using SizeTable = std::map<std::string, NamedSize>;

// Loads a "name: WxHunit" table such as kit/stock/papers.yaml (name → size).
SizeTable load_size_table(const std::string& path, Diagnostics& diags);
const SizeTable& paper_sizes();  // kit/stock/papers.yaml, loaded once
const SizeTable& card_sizes();   // kit/stock/card-sizes.yaml, loaded once

// A preset name from `table` (case-insensitive) or an explicit "WxHunit" size.
// Reports an unknown name with "did you mean" and the presets.
std::optional<NamedSize> resolve_size(const Text& text, const SizeTable& table,
                                      const std::string& what, Diagnostics& diags);

}  // namespace kp
