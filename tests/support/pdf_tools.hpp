// Test helpers: run commands, and read real PDFs through poppler and qpdf (words, boxes, fonts).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace kp::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output and standard error, interleaved
};

// Runs a shell command, capturing its output.
CommandResult run(const std::string& command);
// Quotes a string for the shell.
std::string sh_quote(const std::string& s);
// The kitpress binary under test, and the project folder.
std::string kitpress_binary();
std::string project_dir();
// A whole file's bytes ("" if it cannot be read).
std::string read_text_file(const std::string& path);
// A fresh empty folder under the system temp folder.
std::string temp_dir(const std::string& name);

struct Word {
  std::string text;
  double x0, y0, x1, y1;  // points, origin top-left (pdftotext -bbox)
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<Word> words;
  std::string text() const;  // words joined by spaces
};

// Every page's words, from `pdftotext -bbox`.
std::vector<PdfPage> read_words(const std::string& pdf);

struct PageBoxes {
  std::map<std::string, std::vector<double>>
      boxes;  // "MediaBox" → {l, b, r, t}, as written in the PDF
};
// Page boxes actually present on each page, from `mutool pages`.
std::vector<PageBoxes> read_boxes(const std::string& pdf);

struct FontInfo {
  std::string name, type;
  bool embedded = false, subset = false, unicode = false;
};
std::vector<FontInfo> read_fonts(const std::string& pdf);

// `pdfinfo` fields ("Pages", "Title", ...).
std::map<std::string, std::string> read_info(const std::string& pdf);

// A glyph's pen position on the page, in points from the top-left corner.
struct Origin {
  double x = 0, y = 0;
};
// Every page's glyph origins, from `mutool trace`: the glyphs of its text (spaces left out),
// and with `outlines` the origin of each filled path drawn in a coordinate system of its own
// (an outlined glyph, as the press PDF draws scripts libharu cannot show as text).
std::vector<std::vector<Origin>> read_glyph_origins(const std::string& pdf, bool outlines);

// A run of text in one font as mutool draws it: its characters, the matrix from glyph space to
// the page in PDF's y-upwards sense (upright text: a = d = the font size, b = c = 0; turned
// 180°: a = d = minus the size), and its glyphs' origins in points from the top-left corner.
struct TextSpan {
  std::string text;
  double a = 0, b = 0, c = 0, d = 0;
  std::vector<Origin> origins;
  Origin centre() const;  // of the glyph origins
};
// Every page's text spans, from `mutool trace`.
std::vector<std::vector<TextSpan>> read_text_spans(const std::string& pdf);

struct PixelRect {
  int x = 0, y = 0, w = 0, h = 0;
};
struct GrayImage {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;  // row by row, 0 = black
};
// Every page of `pdf` rasterised in grey by `pdftoppm -gray` at `dpi`, cropped to `area` (in
// pixels at `dpi`). Drawn at `supersample` times the resolution and averaged down, so that
// poppler's two rasterisers (glyphs through FreeType, paths through Splash) agree to within
// their anti-aliasing: what remains is where the ink is.
std::vector<GrayImage> read_gray(const std::string& pdf, double dpi, const PixelRect& area,
                                 int supersample = 4);
// The mean absolute difference of two images of one size in grey levels (0-255), after each grey
// level of `a` is mapped to the level of `b` most often found under it: a flat colour converted
// differently (a kit colour's own CMYK against its RGB) costs nothing, ink in another place does.
double tone_matched_difference(const GrayImage& a, const GrayImage& b);

}  // namespace kp::test
