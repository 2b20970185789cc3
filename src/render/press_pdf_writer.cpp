// libharu press PDF: walks the same pages as the cairo writer, in DeviceCMYK, with PDF/X boxes.
#include "render/press_pdf_writer.hpp"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "core/atomic_file.hpp"
#include "core/utf8.hpp"
#include "model/image_asset.hpp"
#include "render/press_images.hpp"
#include "render/trace.hpp"
#include "text/glyph_outline.hpp"
#include "text/reverse_cmap.hpp"

namespace kp {

namespace {

// libharu reports errors through this handler; we keep the first and check after each step,
// so that no error is ever turned into an abort or a C++ exception inside C frames.
struct HaruError {
  HPDF_STATUS code = 0, detail = 0;
};
void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
  auto* e = static_cast<HaruError*>(data);
  if (e->code == 0) e->code = code, e->detail = detail;
}

// Two 64-bit FNV-1a hashes of the text, as the 16 bytes of a /ID.
std::string id_bytes(const std::string& text) {
  std::string out;
  for (uint64_t seed : {14695981039346656037ull, 0x84222325cbf29ce4ull}) {
    uint64_t h = seed;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    for (int i = 0; i < 8; ++i) out += static_cast<char>((h >> (8 * i)) & 0xFF);
  }
  return out;
}

// A PDF text string in UTF-16BE with a byte-order mark (Info values beyond ASCII).
std::string utf16be(const std::string& utf8) {
  std::string out = "\xFE\xFF";
  for (char32_t c : utf8_decode(utf8)) {
    auto unit = [&](uint32_t u) {
      out += static_cast<char>(u >> 8);
      out += static_cast<char>(u & 0xFF);
    };
    if (c >= 0x10000) {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      unit(c);
    }
  }
  return out;
}

class PressWriter {
 public:
  explicit PressWriter(std::string path) : path_(std::move(path)) {
    pdf_ = HPDF_New(on_error, &err_);
    if (!pdf_) throw std::runtime_error("cannot write " + path_ + ": libharu did not start");
    HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf_);
    // PDF/X-1a:2001 is built on PDF 1.3: nothing here needs more (no transparency, no object
    // streams; OutputIntents and the page boxes are part of the PDF/X-1a:2001 standard).
    pdf_->pdf_version = HPDF_VER_13;
    check("setting up the document");
  }
  ~PressWriter() { HPDF_Free(pdf_); }
  PressWriter(const PressWriter&) = delete;
  PressWriter& operator=(const PressWriter&) = delete;

  void write(const Document& doc) {
    for (const Page& p : doc.pages) page(p);
    info(doc);
    output_intent(doc.output_intent);
    trailer_id(doc);
    AtomicOutput out(path_);
    {
      const FileCreation creating;
      HPDF_SaveToFile(pdf_, out.temp_path().c_str());
    }
    check("saving");
    out.commit();
  }

 private:
  std::string path_;
  HaruError err_;
  HPDF_Doc pdf_ = nullptr;
  HPDF_Page page_ = nullptr;
  std::map<std::pair<std::string, int>, HPDF_Font> fonts_;
  std::string where_;  // the tag of the group being drawn, for messages

  void check(const std::string& what) {
    if (err_.code == 0) return;
    char buf[64];
    std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u)",
                  static_cast<unsigned>(err_.code), static_cast<unsigned>(err_.detail));
    throw std::runtime_error("cannot write " + path_ + ": " + buf + " while " + what +
                             (where_.empty() ? "" : " (" + where_ + ")"));
  }

  void box(const char* name, const Rect& r, double page_h) {
    HPDF_Box b;
    b.left = static_cast<HPDF_REAL>(r.x);
    b.bottom = static_cast<HPDF_REAL>(page_h - r.bottom());
    b.right = static_cast<HPDF_REAL>(r.right());
    b.top = static_cast<HPDF_REAL>(page_h - r.y);
    HPDF_Dict_Add(page_, name, HPDF_Box_Array_New(pdf_->mmgr, b));
  }

  void page(const Page& p) {
    page_ = HPDF_AddPage(pdf_);
    HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(p.width));
    HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(p.height));
    if (p.bleed_box) box("BleedBox", *p.bleed_box, p.height);
    if (p.trim_box) box("TrimBox", *p.trim_box, p.height);
    check("adding page \"" + p.label + "\"");
    // The page model's y axis points down, as cairo's: flip once for the whole page.
    HPDF_Page_Concat(page_, 1, 0, 0, -1, 0, static_cast<HPDF_REAL>(p.height));
    items(p.items);
    check("drawing page \"" + p.label + "\"");
  }

  static HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

  void fill(const Colour& c, bool registration) {
    if (registration)
      HPDF_Page_SetCMYKFill(page_, 1, 1, 1, 1);
    else
      HPDF_Page_SetCMYKFill(page_, r(c.c), r(c.m), r(c.y), r(c.k));
  }
  void stroke(const Colour& c, bool registration) {
    if (registration)
      HPDF_Page_SetCMYKStroke(page_, 1, 1, 1, 1);
    else
      HPDF_Page_SetCMYKStroke(page_, r(c.c), r(c.m), r(c.y), r(c.k));
  }

  void shape(const Shape& s) {
    const bool styled = !s.plain_style();
    if (styled) {
      HPDF_Page_GSave(page_);
      HPDF_Page_SetLineCap(page_, s.cap == LineCap::Round    ? HPDF_ROUND_END
                                  : s.cap == LineCap::Square ? HPDF_PROJECTING_SCUARE_END
                                                             : HPDF_BUTT_END);
      HPDF_Page_SetLineJoin(page_, s.join == LineJoin::Round   ? HPDF_ROUND_JOIN
                                   : s.join == LineJoin::Bevel ? HPDF_BEVEL_JOIN
                                                               : HPDF_MITER_JOIN);
      HPDF_Page_SetMiterLimit(page_, r(s.miter_limit));
    }
    if (s.fill) fill(*s.fill, s.registration);
    if (s.stroke) {
      stroke(*s.stroke, s.registration);
      HPDF_Page_SetLineWidth(page_, r(s.line_width));
      std::vector<HPDF_UINT16> dash;
      for (double d : s.dash)
        dash.push_back(static_cast<HPDF_UINT16>(std::max(1L, std::lround(d))));
      HPDF_Page_SetDash(page_, dash.empty() ? nullptr : dash.data(),
                        static_cast<HPDF_UINT>(dash.size()), 0);
    }
    for (const auto& op : s.path) {
      switch (op.kind) {
        case PathOp::Kind::Move:
          HPDF_Page_MoveTo(page_, r(op.p[0].x), r(op.p[0].y));
          break;
        case PathOp::Kind::Line:
          HPDF_Page_LineTo(page_, r(op.p[0].x), r(op.p[0].y));
          break;
        case PathOp::Kind::Curve:
          HPDF_Page_CurveTo(page_, r(op.p[0].x), r(op.p[0].y), r(op.p[1].x), r(op.p[1].y),
                            r(op.p[2].x), r(op.p[2].y));
          break;
        case PathOp::Kind::Close:
          HPDF_Page_ClosePath(page_);
          break;
      }
    }
    if (s.fill && s.stroke)
      s.even_odd ? HPDF_Page_EofillStroke(page_) : HPDF_Page_FillStroke(page_);
    else if (s.fill)
      s.even_odd ? HPDF_Page_Eofill(page_) : HPDF_Page_Fill(page_);
    else if (s.stroke)
      HPDF_Page_Stroke(page_);
    else
      HPDF_Page_EndPath(page_);
    if (styled) HPDF_Page_GRestore(page_);
  }

  HPDF_Font font(const FontHandle& f) {
    auto key = std::make_pair(f.file(), f.face_index());
    auto it = fonts_.find(key);
    if (it != fonts_.end()) return it->second;
    const std::string& file = f.file();
    const bool collection = file.size() > 4 && (file.compare(file.size() - 4, 4, ".ttc") == 0 ||
                                                file.compare(file.size() - 4, 4, ".TTC") == 0);
    const char* name =
        collection ? HPDF_LoadTTFontFromFile2(pdf_, file.c_str(),
                                              static_cast<HPDF_UINT>(f.face_index()), HPDF_TRUE)
                   : HPDF_LoadTTFontFromFile(pdf_, file.c_str(), HPDF_TRUE);
    check("loading the font " + f.file());
    HPDF_Font font = HPDF_GetFont(pdf_, name, "UTF-8");
    check("loading the font " + f.file());
    HPDF_Dict_Add(font, "ToUnicode", to_unicode());
    check("loading the font " + f.file());
    fonts_[key] = font;
    return font;
  }

  // With libharu's UTF-8 encoding a CID is the character's code point (BMP). Its own
  // ToUnicode says so with `cidrange`, which is not valid there: this one uses `bfrange`.
  HPDF_Dict to_unicode() {
    if (to_unicode_) return to_unicode_;
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<int> rows;
    for (int hi = 0; hi < 256; ++hi)
      if (hi < 0xD8 || hi > 0xDF) rows.push_back(hi);  // no surrogates
    for (size_t i = 0; i < rows.size(); i += 100) {
      size_t n = std::min<size_t>(100, rows.size() - i);
      cmap += std::to_string(n) + " beginbfrange\n";
      for (size_t k = i; k < i + n; ++k) {
        char line[40];
        std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", rows[k], rows[k], rows[k]);
        cmap += line;
      }
      cmap += "endbfrange\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    to_unicode_ = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
    to_unicode_->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Stream_WriteStr(to_unicode_->stream, cmap.c_str());
    return to_unicode_;
  }
  HPDF_Dict to_unicode_ = nullptr;

  // A run libharu cannot show as text (shaped or right-to-left script, CFF font, a glyph with
  // no character of its own) is drawn as the glyphs' filled outlines, each glyph in a
  // coordinate system of its own whose origin is the glyph's pen position.
  void outlined_run(const GlyphRun& g) {
    const double size = g.font->size();
    const double slant = g.font->synthetic_oblique() ? 0.2 : 0.0;
    const bool bold = g.font->synthetic_bold();
    fill(g.colour, false);
    if (bold) {
      stroke(g.colour, false);
      HPDF_Page_SetLineWidth(page_, r(size / 30));
    }
    for (const Glyph& glyph : g.glyphs) {
      const std::vector<OutlineOp>* ops = nullptr;
      try {
        ops = &glyph_outline(g.font->file(), g.font->face_index(), glyph.id);
      } catch (const std::exception& e) {
        throw std::runtime_error("cannot write " + path_ + ": " + where_ + ": " + e.what());
      }
      if (ops->empty()) continue;  // a space
      HPDF_Page_GSave(page_);
      HPDF_Page_Concat(page_, 1, 0, 0, 1, r(g.origin.x + glyph.x), r(g.origin.y + glyph.y));
      auto x = [&](const Point& p) { return r(size * (p.x - slant * p.y)); };
      auto y = [&](const Point& p) { return r(size * p.y); };
      for (const OutlineOp& op : *ops) {
        switch (op.kind) {
          case OutlineOp::Kind::Move:
            HPDF_Page_MoveTo(page_, x(op.p[0]), y(op.p[0]));
            break;
          case OutlineOp::Kind::Line:
            HPDF_Page_LineTo(page_, x(op.p[0]), y(op.p[0]));
            break;
          case OutlineOp::Kind::Curve:
            HPDF_Page_CurveTo(page_, x(op.p[0]), y(op.p[0]), x(op.p[1]), y(op.p[1]), x(op.p[2]),
                              y(op.p[2]));
            break;
          case OutlineOp::Kind::Close:
            HPDF_Page_ClosePath(page_);
            break;
        }
      }
      if (bold)
        HPDF_Page_FillStroke(page_);
      else
        HPDF_Page_Fill(page_);
      HPDF_Page_GRestore(page_);
    }
    check("drawing the text \"" + g.text + "\"");
  }

  void run(const GlyphRun& g) {
    std::vector<char32_t> cps;
    std::string why;
    if (!press_code_points(g, &cps, &why)) return outlined_run(g);
    HPDF_Font f = font(*g.font);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, f, r(g.font->size()));
    fill(g.colour, false);
    if (g.font->synthetic_bold()) {
      HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL_THEN_STROKE);
      stroke(g.colour, false);
      HPDF_Page_SetLineWidth(page_, r(g.font->size() / 30));
    }
    // Text space: glyphs upright in the flipped page, slanted for a synthetic oblique.
    const HPDF_REAL slant = g.font->synthetic_oblique() ? 0.2f : 0.0f;
    for (size_t i = 0; i < g.glyphs.size(); ++i) {
      HPDF_Page_SetTextMatrix(page_, 1, 0, slant, -1, r(g.origin.x + g.glyphs[i].x),
                              r(g.origin.y + g.glyphs[i].y));
      HPDF_Page_ShowText(page_, utf8_encode(cps[i]).c_str());
    }
    if (g.font->synthetic_bold()) HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL);
    HPDF_Page_EndText(page_);
    check("drawing the text \"" + g.text + "\"");
  }

  void items(const std::vector<Item>& list) {
    for (const auto& it : list) {
      if (auto* g = std::get_if<GlyphRun>(&it.v)) {
        run(*g);
      } else if (auto* s = std::get_if<Shape>(&it.v)) {
        shape(*s);
      } else if (auto* grp = std::get_if<Group>(&it.v)) {
        std::string outer = where_;
        if (!grp->tag.empty()) where_ = grp->tag;
        HPDF_Page_GSave(page_);
        const Transform& t = grp->transform;
        if (!t.is_identity())
          HPDF_Page_Concat(page_, r(t.a), r(t.b), r(t.c), r(t.d), r(t.e), r(t.f));
        if (grp->clip) {
          HPDF_Page_Rectangle(page_, r(grp->clip->x), r(grp->clip->y), r(grp->clip->w),
                              r(grp->clip->h));
          HPDF_Page_Clip(page_);
          HPDF_Page_EndPath(page_);
        }
        items(grp->items);
        HPDF_Page_GRestore(page_);
        where_ = outer;
      } else if (auto* im = std::get_if<Image>(&it.v)) {
        image(*im);
      }
      // Links are for screens: a press PDF has none.
    }
  }

  // An SVG as CMYK paths, a PNG as CMYK pixels (embedded once), filling the image's box.
  std::map<const ImageAsset*, HPDF_Image> images_;
  void image(const Image& im) {
    std::string why;
    if (!im.asset) return;
    if (im.asset->format == ImageAsset::Format::Svg) {
      std::vector<Item> shapes;
      if (!press_image_shapes(im, &shapes, &why))
        throw std::runtime_error("cannot write " + path_ + ": " + press_image_refusal(im, why));
      items(shapes);
      return;
    }
    HPDF_Image& xobject = images_[im.asset.get()];
    if (!xobject) {
      CmykPixels px;
      if (!press_png_pixels(im, &px, &why))
        throw std::runtime_error("cannot write " + path_ + ": " + press_image_refusal(im, why));
      xobject =
          HPDF_LoadRawImageFromMem(pdf_, reinterpret_cast<const HPDF_BYTE*>(px.samples.data()),
                                   static_cast<HPDF_UINT>(px.width),
                                   static_cast<HPDF_UINT>(px.height), HPDF_CS_DEVICE_CMYK, 8);
      check("embedding the image " + im.asset->name);
    }
    // The image space's unit square, its first row at the top of the box (the page is flipped).
    HPDF_Page_GSave(page_);
    HPDF_Page_Concat(page_, r(im.box.w), 0, 0, r(-im.box.h), r(im.box.x), r(im.box.bottom()));
    HPDF_Page_ExecuteXObject(page_, xobject);
    HPDF_Page_GRestore(page_);
  }

  void text(const char* key, const std::string& value) {
    if (value.empty()) return;
    std::string s = utf16be(value);
    HPDF_Dict_Add(pdf_->info, key,
                  HPDF_Binary_New(pdf_->mmgr, reinterpret_cast<HPDF_BYTE*>(s.data()),
                                  static_cast<HPDF_UINT>(s.size())));
  }

  void info(const Document& doc) {
    HPDF_SetInfoAttr(pdf_, HPDF_INFO_PRODUCER,
                     ("libharu " + std::string(HPDF_VERSION_TEXT)).c_str());
    check("writing the document information");
    text("Title", doc.info.title.empty() ? std::string("cards") : doc.info.title);  // PDF/X
    text("Author", doc.info.author);
    text("Subject", doc.info.subject);
    text("Keywords", doc.info.keywords);
    text("Creator", doc.info.creator);
    HPDF_Dict_AddName(pdf_->info, "Trapped", "False");
    HPDF_Dict_Add(pdf_->info, "GTS_PDFXVersion",
                  HPDF_String_New(pdf_->mmgr, "PDF/X-1:2001", nullptr));
    HPDF_Dict_Add(pdf_->info, "GTS_PDFXConformance",
                  HPDF_String_New(pdf_->mmgr, "PDF/X-1a:2001", nullptr));
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (std::sscanf(doc.info.date.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) == 6) {
      HPDF_Date date{y, mo, d, h, mi, s, 'Z', 0, 0};
      HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, date);
      HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_MOD_DATE, date);
    }
    check("writing the document information");
  }

  void output_intent(const OutputIntent& oi) {
    HPDF_Dict intent = HPDF_Dict_New(pdf_->mmgr);
    HPDF_Xref_Add(pdf_->xref, intent);
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFX");
    HPDF_Dict_Add(intent, "OutputConditionIdentifier",
                  HPDF_String_New(pdf_->mmgr, oi.identifier.c_str(), nullptr));
    HPDF_Dict_Add(intent, "OutputCondition", HPDF_String_New(pdf_->mmgr, oi.info.c_str(), nullptr));
    HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf_->mmgr, oi.info.c_str(), nullptr));
    HPDF_Dict_Add(intent, "RegistryName",
                  HPDF_String_New(pdf_->mmgr, "http://www.color.org", nullptr));
    if (!oi.profile.empty()) {
      HPDF_OutputIntent icc = HPDF_LoadIccProfileFromFile(pdf_, oi.profile.c_str(), 4);
      check("embedding the ICC profile " + oi.profile);
      HPDF_Dict_Add(intent, "DestOutputProfile", icc);
    }
    HPDF_Array list = HPDF_Array_New(pdf_->mmgr);
    HPDF_Array_Add(list, intent);
    HPDF_Dict_Add(pdf_->catalog, "OutputIntents", list);
    check("writing the output intent");
  }

  void trailer_id(const Document& doc) {
    std::string id = id_bytes(trace_document(doc) + doc.info.title + doc.info.date);
    HPDF_Array ids = HPDF_Array_New(pdf_->mmgr);
    for (int i = 0; i < 2; ++i)
      HPDF_Array_Add(ids, HPDF_Binary_New(pdf_->mmgr, reinterpret_cast<HPDF_BYTE*>(id.data()),
                                          static_cast<HPDF_UINT>(id.size())));
    HPDF_Dict_Add(pdf_->trailer, "ID", ids);
    check("writing the trailer /ID");
  }
};

}  // namespace

void write_press_pdf(const Document& doc, const std::string& path) {
  PressWriter(path).write(doc);
}

}  // namespace kp
