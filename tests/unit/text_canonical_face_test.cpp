// Unit tests for text/canonical_face: one cairo face per font file and options, one embedded font.
#include "text/canonical_face.hpp"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <doctest/doctest.h>
#include <pango/pangocairo.h>

#include <string>

#include "core/paths.hpp"
#include "text/font_context.hpp"
#include "text/glyph_run.hpp"

using namespace kp;

namespace {

const std::string kRegular = project_dir() + "/fonts/NotoSans-Regular.ttf";

// A face of its own for the file: what two threads get from cairo 1.16 when they make the
// first font of a file at the same time (cairo_ft_font_face_create_for_pattern finds neither
// face in the file's list and adds both). Its FreeType face goes with it.
cairo_font_face_t* own_face() {
  static FT_Library lib = [] {
    FT_Library l = nullptr;
    REQUIRE(FT_Init_FreeType(&l) == 0);
    return l;
  }();
  FT_Face ft = nullptr;
  REQUIRE(FT_New_Face(lib, kRegular.c_str(), 0, &ft) == 0);
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft, 0);
  static const cairo_user_data_key_t ft_key{};
  cairo_font_face_set_user_data(face, &ft_key, ft,
                                [](void* p) { FT_Done_Face(static_cast<FT_Face>(p)); });
  return face;
}

cairo_scaled_font_t* at_size(cairo_font_face_t* face, double size) {
  cairo_matrix_t m, ctm;
  cairo_matrix_init_scale(&m, size, size);
  cairo_matrix_init_identity(&ctm);
  cairo_font_options_t* o = cairo_font_options_create();
  cairo_scaled_font_t* sf = cairo_scaled_font_create(face, &m, &ctm, o);
  cairo_font_options_destroy(o);
  return sf;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// How many fonts a one-page PDF embeds when the letter A is drawn in each scaled font.
int embedded_fonts(cairo_scaled_font_t* a, cairo_scaled_font_t* b) {
  std::string pdf;
  cairo_surface_t* s = cairo_pdf_surface_create_for_stream(append, &pdf, 200, 100);
  cairo_t* cr = cairo_create(s);
  double x = 10;
  for (cairo_scaled_font_t* f : {a, b}) {
    cairo_set_scaled_font(cr, f);
    cairo_glyph_t* glyphs = nullptr;
    int count = 0;
    REQUIRE(cairo_scaled_font_text_to_glyphs(f, x, 50, "A", 1, &glyphs, &count, nullptr, nullptr,
                                             nullptr) == CAIRO_STATUS_SUCCESS);
    cairo_show_glyphs(cr, glyphs, count);
    cairo_glyph_free(glyphs);
    x += 50;
  }
  CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  CHECK(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(s);
  int n = 0;
  for (size_t at = 0; (at = pdf.find("/FontFile2", at)) != std::string::npos; ++at) ++n;
  return n;
}

PangoFont* load(const FontContext& fc, const char* description) {
  PangoFontDescription* d = pango_font_description_from_string(description);
  PangoFont* f = pango_font_map_load_font(fc.font_map(), fc.context(), d);
  pango_font_description_free(d);
  REQUIRE(f);
  return f;
}

}  // namespace

TEST_CASE("two cairo faces of one font file: the PDF embeds it twice, once when made canonical") {
  cairo_font_face_t* first = own_face();
  cairo_font_face_t* second = own_face();
  REQUIRE(first != second);
  cairo_scaled_font_t* small = at_size(first, 9);
  cairo_scaled_font_t* large = at_size(second, 12);
  // The difference seen between a -j 1 and a -j 2 build (issue 17).
  CHECK(embedded_fonts(small, large) == 2);
  const std::string key = "unit test: two faces of " + kRegular;
  {
    CanonicalFont small_c(small, key), large_c(large, key);
    CHECK(small_c.scaled_font() == small);  // the first face seen for the key is drawn as it is
    CHECK(cairo_scaled_font_get_font_face(large_c.scaled_font()) == first);
    cairo_matrix_t m;
    cairo_scaled_font_get_font_matrix(large_c.scaled_font(), &m);
    CHECK(m.xx == 12);  // the same size on the other face
    CHECK(embedded_fonts(small_c.scaled_font(), large_c.scaled_font()) == 1);
  }
  // Once the key's fonts are gone, so is its face: the next font's face is the key's.
  {
    CanonicalFont later(large, key);
    CHECK(later.scaled_font() == large);
  }
  cairo_scaled_font_destroy(small);
  cairo_scaled_font_destroy(large);
  cairo_font_face_destroy(first);
  cairo_font_face_destroy(second);
}

TEST_CASE("the face key names the file and tells the faces of a family apart") {
  FontContext one({project_dir() + "/fonts"}), two({project_dir() + "/fonts"});
  PangoFont* regular = load(one, "Noto Sans 9");
  PangoFont* regular_elsewhere = load(two, "Noto Sans 12");
  PangoFont* bold = load(one, "Noto Sans Bold 9");
  const std::string key = face_key(regular);
  CHECK(key.find("NotoSans-Regular.ttf") != std::string::npos);
  CHECK(face_key(regular_elsewhere) == key);  // another font map, another size: one face
  CHECK(face_key(bold) != key);
  // Fonts of one file from two font maps (two threads) draw with one face.
  auto a = font_handle(regular), b = font_handle(regular_elsewhere);
  REQUIRE(a->scaled_font());
  REQUIRE(b->scaled_font());
  CHECK(cairo_scaled_font_get_font_face(a->scaled_font()) ==
        cairo_scaled_font_get_font_face(b->scaled_font()));
  for (PangoFont* f : {regular, regular_elsewhere, bold}) g_object_unref(f);
}
