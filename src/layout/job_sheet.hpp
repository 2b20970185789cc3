// The job sheet beside cards-press.pdf: what a print shop asks for in an order e-mail.
#pragma once
#include <string>

#include "layout/page.hpp"
#include "layout/print_setup.hpp"
#include "model/kit.hpp"

namespace kp {

// Plain text, in English (the language print shops abroad read): per deck its card size, its
// pages in `press` (found by the pages' labels), the cards, the copies the session needs (from
// the guide's materials that name the deck, for the kit's groups and participants) and the
// cards to print; then stock, bleed, duplex order, finishing and the total.
std::string job_sheet(const Kit& kit, const PressOptions& o, const Document& press);

}  // namespace kp
