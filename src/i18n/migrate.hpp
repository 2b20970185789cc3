// Carrying a translation over to the kit's current keys: renamed keys, moved and edited texts.
#pragma once
#include <string>
#include <vector>

#include "i18n/translation.hpp"
#include "model/kit.hpp"

namespace kp {

struct MigrationReport {
  size_t kept = 0;     // already under their current key
  size_t renamed = 0;  // from the positional scheme, where the text is still at that place
  size_t moved = 0;    // found at another place by the fingerprint of the text it translates
  size_t edited = 0;   // paired with the edited source text of a sibling key: now stale
  std::vector<std::string> dropped;  // entries that translate no text of the kit
};

// `t` with every entry under the key of the source text it translates: an entry under its
// current key stays; one under an old positional key ("stickers.texts.3") or a key whose text
// was edited goes to the text whose fingerprint is its `from` (the text moved), else to the
// text now at its old place or the one sibling key left untranslated (the text was edited; the
// entry is then stale and keeps the source it was made from). No text gets two entries.
Translation migrate_translation(const Kit& source, const Translation& t,
                                MigrationReport* report = nullptr);

}  // namespace kp
