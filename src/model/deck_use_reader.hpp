// Reading guide.yaml's `decks:`: how the session uses each deck.
#pragma once
#include <map>
#include <string>

#include "model/deck_use.hpp"
#include "model/guide_reader.hpp"

namespace kp {

// `decks: {deck-id: {per: groups | participants | facilitator, deal: all | N}}`.
void read_deck_uses(const YamlNode& n, const SourceFile& src, GuideReading& r,
                    std::map<std::string, DeckUse>& out);

}  // namespace kp
