// Writing a translation file for translators: every key, the source text as a comment beside it.
#pragma once
#include <string>

#include "i18n/translation.hpp"
#include "model/kit.hpp"

namespace kp {

// The YAML of a translation of `source` into `language`. Texts already in `existing` are
// kept with their fingerprints (so stale ones stay stale); the others are left empty.
std::string translation_skeleton(const Kit& source, const std::string& language,
                                 const Translation* existing = nullptr);

// A YAML scalar for `text`: double-quoted and escaped, or a folded block for long prose.
// `indent` is the indentation of the key it follows.
std::string yaml_scalar(const std::string& text, int indent);

}  // namespace kp
