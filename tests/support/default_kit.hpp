// Test helper: the default kit loaded once, with its private font context.
#pragma once
#include "core/paths.hpp"
#include "model/kit_loader.hpp"
#include "text/font_context.hpp"

namespace kp::test {

struct DefaultKit {
  Diagnostics diags;
  Kit kit;
  FontContext fonts{font_dirs_for_kit(project_dir() + "/kit/bulle-dg")};
  DefaultKit() { kit = *load_kit(project_dir() + "/kit/bulle-dg", diags); }
};

inline DefaultKit& default_kit() {
  static DefaultKit k;
  return k;
}

}  // namespace kp::test
