// Test helper: a private copy of a kit to change, and exact edits of its files.
#pragma once
#include <string>

namespace kp::test {

// A fresh copy of the kit at `kit` (a path under the project, e.g. "tests/cases/i18n-kit") in a
// temporary folder named after `name`; returns the copy's folder.
std::string copy_kit(const std::string& kit, const std::string& name);

// Replaces the first `from` in `file` by `to`; the test fails when `from` is not there.
void replace_once(const std::string& file, const std::string& from, const std::string& to);

// The kitpress binary, quoted for a shell command.
std::string kitpress();

}  // namespace kp::test
