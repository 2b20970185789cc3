// The studio's one web page (HTML, CSS and script shipped inside the binary: no build step, no
// CDN).
#pragma once
#include <string>

namespace kp {

// The page, with the session token and the language to show first.
std::string studio_page_html(const std::string& token, const std::string& language);

}  // namespace kp
