// Writing a Document as an office PDF through cairo (fonts embedded and subset, metadata, outline).
#pragma once
#include <string>

#include "layout/page.hpp"

namespace kp {

// Writes atomically to `path`; throws std::runtime_error naming the file on failure.
void write_pdf(const Document& doc, const std::string& path);

}  // namespace kp
