// Unit tests for layout/cards_document: cards streamed to a sink are the cards held whole.
#include "layout/cards_document.hpp"

#include <doctest/doctest.h>

#include "render/trace.hpp"
#include "support/default_kit.hpp"

using namespace kp;

TEST_CASE("compose_cards with a sink: the same pages, given one by one, none held") {
  auto& k = test::default_kit();
  const SheetOptions options;
  Diagnostics held_diags, sunk_diags;
  const Document held = compose_cards(k.kit, k.fonts, options, held_diags);
  REQUIRE(held.pages.size() >= 4);
  std::vector<std::string> traces;
  std::string title;
  const Document sunk = compose_cards(k.kit, k.fonts, options, sunk_diags, nullptr,
                                      [&](const DocumentInfo& info, Page&& page) {
                                        title = info.title;
                                        traces.push_back(trace_page(page));
                                      });
  CHECK(sunk.pages.empty());
  CHECK(title == held.info.title);
  REQUIRE(traces.size() == held.pages.size());
  for (size_t i = 0; i < traces.size(); ++i) CHECK(traces[i] == trace_page(held.pages[i]));
  REQUIRE(sunk.bookmarks.size() == held.bookmarks.size());
  for (size_t i = 0; i < held.bookmarks.size(); ++i) {
    CHECK(sunk.bookmarks[i].title == held.bookmarks[i].title);
    CHECK(sunk.bookmarks[i].page == held.bookmarks[i].page);
  }
  CHECK(sunk_diags.items().size() == held_diags.items().size());
}
