// Loading a kit folder (kit.yaml and the files it names) into the model, with diagnostics.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "model/kit.hpp"

namespace kp {

struct KitLimits {
  size_t max_text_chars = 4000;  // per text field
  size_t max_cards = 20000;      // in the whole kit
};

// Loads and validates the kit in `dir`. Every problem found is added to `diags`; returns
// nullopt when any error was found.
std::optional<Kit> load_kit(const std::string& dir, Diagnostics& diags,
                            const KitLimits& limits = {});

}  // namespace kp
