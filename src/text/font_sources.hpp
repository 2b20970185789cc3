// Where a language's fonts come from, and a font context over them kept warm per thread.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "text/font_context.hpp"

namespace kp {

// The project's and the kit's font folders, plus the system font files a language needs.
struct FontSources {
  std::vector<std::string> dirs, files;

  // What the sources hold: the path, size and modification time of every file under the
  // folders (subfolders included) and of every listed file. Replacing, adding or removing a
  // font changes it, even when a folder's own time does not.
  std::string fingerprint() const;

  // A font context over these sources: the one this thread made for the same fingerprint, if
  // it is among the last few it made and nothing else holds it any more, else a new one. Pango's
  // caches (font matches, fonts, metrics, glyph extents) fill as text is laid out, so the next
  // language with the same fonts, or the next save in `watch`, starts warm. Per thread, as Pango's
  // objects are not thread-safe. Throws what FontContext throws.
  std::shared_ptr<FontContext> context() const;
};

}  // namespace kp
