// Sub-group packs (--packs): each group's cards in one run, after a cover slip that says
// whose pack it is, its cards, its worksheet and its time.
#pragma once
#include <functional>
#include <vector>

#include "layout/card_face.hpp"
#include "layout/imposition.hpp"

namespace kp {

// The card slots of deck `deck` card `index` (its copies not counted: a pack holds one).
using CardSlotMaker = std::function<CardSlot(const Deck& deck, size_t index)>;

// One list of slots per group and deck used per sub-group (`decks:`), in group order, the
// group's first list opening with its cover slip; then the other decks as `rest` gives them.
std::vector<std::vector<CardSlot>> sub_group_packs(const CardContext& ctx,
                                                   const CardSlotMaker& make,
                                                   std::vector<std::vector<CardSlot>> rest);

// Whether a deck goes into the packs: the session hands it out per sub-group.
bool packed(const Kit& kit, const Deck& deck);

}  // namespace kp
