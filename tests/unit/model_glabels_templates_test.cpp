// Unit tests for model/glabels_templates: gLabels' XML read into products, kitpress's own stock
// winning, and where the two disagree.
#include "model/glabels_templates.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>

using namespace kp;

namespace {
const LabelProduct* named(const LabelProducts& list, const std::string& name) {
  for (const auto& p : list)
    if (p.name == name) return &p;
  return nullptr;
}
bool near_mm(Length l, double mm) {
  return std::fabs(l.millimetres() - mm) < 0.001;
}
}  // namespace

TEST_CASE("gLabels templates: every shape, units, equivalents; what cannot print is skipped") {
  GlabelsDatabase db = read_glabels_database(KP_TESTS_DIR "/cases/glabels", {});
  CHECK(db.skipped == 3);  // two layouts, off the sheet, a roll
  REQUIRE(db.products.size() == 4);
  const LabelProduct* r = named(db.products, "Test R1");
  REQUIRE(r);
  CHECK(r->source == "gLabels");
  CHECK(r->shape == LabelShape::Rectangle);
  CHECK(r->also == std::vector<std::string>{"Test R2"});
  CHECK(near_mm(r->corner_radius, 2));
  CHECK((r->columns == 3 && r->rows == 7));
  CHECK(near_mm(r->left, 7.2));
  CHECK(near_mm(r->pitch_x, 66.04));
  const LabelProduct* l = named(db.products, "Test L1");
  REQUIRE(l);
  CHECK(l->paper_name == "Letter");
  CHECK(l->shape == LabelShape::Round);
  CHECK(near_mm(l->label_w, 63.5));
  CHECK(near_mm(l->top, 0.425 * 25.4));
  const LabelProduct* e = named(db.products, "Test E1");
  REQUIRE(e);
  CHECK(e->shape == LabelShape::Ellipse);
  CHECK(std::fabs(e->label_w.points() - 144) < 1e-9);  // a bare number is points
  CHECK(near_mm(e->left, 10));
  CHECK(e->pitch_x.points() == e->label_w.points());  // one column: no pitch needed
  const LabelProduct* cd = named(db.products, "Test CD1");
  REQUIRE(cd);
  CHECK(cd->shape == LabelShape::Cd);
  CHECK(near_mm(cd->label_w, 117));
  CHECK(near_mm(cd->hole, 41));  // gLabels gives the hole's radius
  CHECK(near_mm(cd->paper_w, 200));
}

TEST_CASE("gLabels templates: a name kitpress's stock lists is kitpress's") {
  LabelProducts own(1);
  own[0].name = "Test R2";
  GlabelsDatabase db = read_glabels_database(KP_TESTS_DIR "/cases/glabels", own);
  REQUIRE(db.shared.size() == 1);
  CHECK(db.shared[0].glabels.name == "Test R2");
  CHECK(db.shared[0].own == &own[0]);
  const LabelProduct* r = named(db.products, "Test R1");
  REQUIRE(r);
  CHECK(r->also.empty());
  CHECK(read_glabels_database("", {}).products.empty());  // not installed
}

// gLabels' own figures against kitpress's verified stock (glabels-data is installed for tests).
TEST_CASE("gLabels templates: where gLabels' database and kitpress's stock differ") {
  const GlabelsDatabase& db = glabels_database();
  REQUIRE_MESSAGE(!db.dir.empty(), "glabels-data is not installed (tests/setup-deps.sh)");
  CHECK(db.products.size() > 1000);
  CHECK(find_label_product("Avery L7160", {})->source.empty());  // kitpress's own
  CHECK(find_label_product("Rayfilm 4040K", {})->source == "gLabels");
  double l7160 = 0;
  std::string table;
  for (const auto& s : db.shared) {
    const LabelProduct &a = *s.own, &b = s.glabels;
    double worst = 0;
    for (auto [x, y] : {std::pair{a.label_w, b.label_w},
                        {a.label_h, b.label_h},
                        {a.left, b.left},
                        {a.top, b.top},
                        {a.pitch_x, b.pitch_x},
                        {a.pitch_y, b.pitch_y}})
      worst = std::max(worst, std::fabs(x.millimetres() - y.millimetres()));
    if (a.columns != b.columns || a.rows != b.rows) worst = 1e9;
    if (s.glabels.name == "Avery L7160") l7160 = worst;
    char line[160];
    std::snprintf(line, sizeof line, "  %-14s (kitpress: %-12s) differs by %.2f mm\n",
                  b.name.c_str(), a.name.c_str(), worst);
    if (worst > 0.05) table += line;
  }
  MESSAGE("gLabels' geometry that differs from kitpress's stock:\n" << table);
  // The published L7160 figures and gLabels' differ by about half a millimetre.
  CHECK(l7160 > 0.2);
  CHECK(l7160 < 1);
}
