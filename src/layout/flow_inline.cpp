// Inline emphasis markers (**bold**, *italic*) to Pango markup, with typography and hyphenation.
#include <glib.h>

#include <algorithm>
#include <vector>

#include "i18n/hyphenator.hpp"
#include "i18n/typography.hpp"
#include "layout/inline_markup.hpp"

namespace kp {

namespace {
std::string escape(const std::string& s) {
  gchar* e = g_markup_escape_text(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(e);
  g_free(e);
  return out;
}
}  // namespace

std::string inline_markup(const std::string& marked, const std::string& language, bool hyphenate) {
  const std::string text = apply_typography(marked, language);
  const Hyphenator* hy = hyphenate && !language.empty() ? &hyphenator_for(language) : nullptr;
  std::string out, segment;
  std::vector<char> open;  // 'b' and 'i', in the order opened
  auto flush = [&] {
    if (segment.empty()) return;
    out += escape(hy ? hy->hyphenate(segment) : segment);
    segment.clear();
  };
  auto toggle = [&](char tag) {
    auto at = std::find(open.begin(), open.end(), tag);
    if (at == open.end()) {
      open.push_back(tag);
      out += std::string("<") + tag + ">";
      return;
    }
    // Close down to the tag, then reopen the ones opened after it, so tags always nest.
    std::vector<char> reopen(at + 1, open.end());
    for (auto it = open.rbegin(); *it != tag; ++it) out += std::string("</") + *it + ">";
    out += std::string("</") + tag + ">";
    open.erase(at, open.end());
    for (char t : reopen) {
      open.push_back(t);
      out += std::string("<") + t + ">";
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '*') {
      segment += text[i];
      continue;
    }
    flush();
    if (i + 1 < text.size() && text[i + 1] == '*') {
      toggle('b');
      ++i;
    } else {
      toggle('i');
    }
  }
  flush();
  for (auto it = open.rbegin(); it != open.rend(); ++it) out += std::string("</") + *it + ">";
  return out;
}

}  // namespace kp
