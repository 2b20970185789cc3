// Running commands and parsing poppler/mutool output for end-to-end tests.
#include "support/pdf_tools.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace kp::test {
namespace fs = std::filesystem;

CommandResult run(const std::string& command) {
  CommandResult r;
  std::string full = command + " 2>&1";
  FILE* p = popen(full.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run " + command);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string sh_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string kitpress_binary() {
  return KP_BINARY;
}
std::string project_dir() {
  return fs::path(KP_TESTS_DIR).parent_path().string();
}

std::string read_text_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::string temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kitpress-test-" + std::to_string(getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

namespace {
std::string unescape(std::string s) {
  const std::pair<const char*, const char*> ents[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (auto [from, to] : ents) {
    for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos;
         pos += std::string(to).size())
      s.replace(pos, std::string(from).size(), to);
  }
  return s;
}
}  // namespace

std::string PdfPage::text() const {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

std::vector<PdfPage> read_words(const std::string& pdf) {
  // Its warnings (a page without text has "no word list") would land inside the output.
  auto r = run("{ pdftotext -bbox " + sh_quote(pdf) + " - 2>/dev/null; }");
  if (r.exit_code != 0) throw std::runtime_error("pdftotext failed on " + pdf + ": " + r.out);
  std::vector<PdfPage> pages;
  static const std::regex page_re(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
  static const std::regex word_re(
      R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">(.*)</word>)re");
  std::istringstream in(r.out);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, page_re)) {
      pages.push_back({std::stod(m[1]), std::stod(m[2]), {}});
    } else if (std::regex_search(line, m, word_re) && !pages.empty()) {
      std::string text = unescape(m[5]);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      pages.back().words.push_back(
          {text, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
  }
  return pages;
}

std::vector<PageBoxes> read_boxes(const std::string& pdf) {
  auto r = run("mutool pages " + sh_quote(pdf));
  if (r.exit_code != 0) throw std::runtime_error("mutool pages failed on " + pdf + ": " + r.out);
  std::vector<PageBoxes> pages;
  static const std::regex box_re(
      R"re(<(\w+Box) l="([-0-9.]+)" b="([-0-9.]+)" r="([-0-9.]+)" t="([-0-9.]+)")re");
  std::istringstream in(r.out);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.find("<page ") != std::string::npos) pages.emplace_back();
    if (std::regex_search(line, m, box_re) && !pages.empty()) {
      pages.back().boxes[m[1]] = {std::stod(m[2]), std::stod(m[3]), std::stod(m[4]),
                                  std::stod(m[5])};
    }
  }
  return pages;
}

std::vector<FontInfo> read_fonts(const std::string& pdf) {
  auto r = run("pdffonts " + sh_quote(pdf));
  if (r.exit_code != 0) throw std::runtime_error("pdffonts failed on " + pdf + ": " + r.out);
  std::vector<FontInfo> fonts;
  std::istringstream in(r.out);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (++n <= 2) continue;  // header lines
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    std::istringstream f(line);
    std::vector<std::string> cols;
    std::string c;
    while (f >> c) cols.push_back(c);
    if (cols.size() < 7) continue;
    FontInfo info;
    info.name = cols[0];
    size_t k = cols.size();
    info.embedded = cols[k - 5] == "yes";
    info.subset = cols[k - 4] == "yes";
    info.unicode = cols[k - 3] == "yes";
    for (size_t i = 1; i + 6 < k; ++i) info.type += (info.type.empty() ? "" : " ") + cols[i];
    fonts.push_back(info);
  }
  return fonts;
}

std::map<std::string, std::string> read_info(const std::string& pdf) {
  auto r = run("pdfinfo " + sh_quote(pdf));
  if (r.exit_code != 0) throw std::runtime_error("pdfinfo failed on " + pdf + ": " + r.out);
  std::map<std::string, std::string> info;
  std::istringstream in(r.out);
  std::string line;
  while (std::getline(in, line)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t v = line.find_first_not_of(' ', colon + 1);
    info[line.substr(0, colon)] = v == std::string::npos ? "" : line.substr(v);
  }
  return info;
}

}  // namespace kp::test

namespace kp::test {

std::vector<GrayImage> read_gray(const std::string& pdf, double dpi, const PixelRect& area,
                                 int supersample) {
  const int k = supersample;
  const std::string dir = temp_dir("gray-" + std::to_string(std::hash<std::string>{}(pdf)));
  auto r =
      run("pdftoppm -gray -r " + std::to_string(dpi * k) + " -x " + std::to_string(area.x * k) +
          " -y " + std::to_string(area.y * k) + " -W " + std::to_string(area.w * k) + " -H " +
          std::to_string(area.h * k) + " " + sh_quote(pdf) + " " + sh_quote(dir + "/p"));
  if (r.exit_code != 0) throw std::runtime_error("pdftoppm failed on " + pdf + ": " + r.out);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());  // p-01.pgm, p-02.pgm...: the same width of numbers
  std::vector<GrayImage> pages;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string magic;
    int width = 0, height = 0, max = 0;
    in >> magic >> width >> height >> max;
    in.get();  // the one white-space byte before the pixels
    if (magic != "P5" || max != 255 || width != area.w * k || height != area.h * k)
      throw std::runtime_error("not the 8-bit PGM asked for: " + f.string());
    std::vector<unsigned char> big(static_cast<size_t>(width) * static_cast<size_t>(height));
    in.read(reinterpret_cast<char*>(big.data()), static_cast<std::streamsize>(big.size()));
    // Each k x k block averaged into one pixel.
    GrayImage img{area.w, area.h, std::vector<unsigned char>(static_cast<size_t>(area.w * area.h))};
    for (int y = 0; y < area.h; ++y)
      for (int x = 0; x < area.w; ++x) {
        int sum = 0;
        for (int j = 0; j < k; ++j)
          for (int i = 0; i < k; ++i)
            sum += big[static_cast<size_t>((y * k + j) * width + x * k + i)];
        img.pixels[static_cast<size_t>(y * area.w + x)] = static_cast<unsigned char>(sum / (k * k));
      }
    pages.push_back(std::move(img));
  }
  return pages;
}

double tone_matched_difference(const GrayImage& a, const GrayImage& b) {
  if (a.width != b.width || a.height != b.height || a.pixels.empty())
    throw std::runtime_error("images of different sizes");
  // The grey level of b seen most often where a has each level.
  std::vector<std::array<size_t, 256>> joint(256);
  for (auto& row : joint) row.fill(0);
  for (size_t i = 0; i < a.pixels.size(); ++i) ++joint[a.pixels[i]][b.pixels[i]];
  std::array<int, 256> tone{};
  for (int v = 0; v < 256; ++v) {
    const auto& row = joint[static_cast<size_t>(v)];
    tone[static_cast<size_t>(v)] =
        static_cast<int>(std::max_element(row.begin(), row.end()) - row.begin());
  }
  double sum = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i)
    sum += std::abs(tone[a.pixels[i]] - int(b.pixels[i]));
  return sum / static_cast<double>(a.pixels.size());
}

}  // namespace kp::test

namespace kp::test {

std::vector<std::vector<Origin>> read_glyph_origins(const std::string& pdf, bool outlines) {
  auto r = run("{ mutool trace " + sh_quote(pdf) + " 2>/dev/null; }");
  if (r.exit_code != 0) throw std::runtime_error("mutool trace failed on " + pdf);
  static const std::regex page_re(R"re(^<page number=)re");
  static const std::regex paint_re(
      R"re(<(fill_text|fill_path|stroke_path|clip_path|clip_text)[^>]* transform="([-.0-9e]+) ([-.0-9e]+) ([-.0-9e]+) ([-.0-9e]+) ([-.0-9e]+) ([-.0-9e]+)")re");
  static const std::regex glyph_re(
      R"re(<g unicode="([^"]*)" glyph="[^"]*" x="([-.0-9e]+)" y="([-.0-9e]+)")re");
  std::vector<std::vector<Origin>> pages;
  std::istringstream in(r.out);
  std::string line, kind;
  double m[6] = {1, 0, 0, 1, 0, 0};
  std::smatch s;
  while (std::getline(in, line)) {
    if (std::regex_search(line, s, page_re)) {
      pages.emplace_back();
    } else if (std::regex_search(line, s, paint_re)) {
      kind = s[1];
      for (int i = 0; i < 6; ++i) m[i] = std::stod(s[static_cast<size_t>(i + 2)]);
      // A filled path in a coordinate system of its own: an outlined glyph, its origin there.
      if (outlines && kind == "fill_path" && !pages.empty() && !(m[4] == 0 && m[5] == 0))
        pages.back().push_back({m[4], m[5]});
    } else if (kind == "fill_text" && std::regex_search(line, s, glyph_re) && !pages.empty()) {
      if (s[1] == " ") continue;  // a space has no ink to compare
      const double x = std::stod(s[2]), y = std::stod(s[3]);
      pages.back().push_back({m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]});
    }
  }
  return pages;
}

}  // namespace kp::test

namespace kp::test {

Origin TextSpan::centre() const {
  Origin mid;
  const double n = static_cast<double>(origins.size());
  for (const auto& o : origins) {
    mid.x += o.x / n;
    mid.y += o.y / n;
  }
  return mid;
}

std::vector<std::vector<TextSpan>> read_text_spans(const std::string& pdf) {
  auto r = run("{ mutool trace " + sh_quote(pdf) + " 2>/dev/null; }");
  if (r.exit_code != 0) throw std::runtime_error("mutool trace failed on " + pdf);
  const std::string num = "([-.0-9e]+)";
  static const std::regex page_re(R"re(^<page number=)re");
  static const std::regex text_re("<fill_text[^>]* transform=\"" + num + " " + num + " " + num +
                                  " " + num + " " + num + " " + num + "\"");
  static const std::regex span_re("<span [^>]*trm=\"" + num + " " + num + " " + num + " " + num +
                                  "\"");
  static const std::regex glyph_re("<g unicode=\"([^\"]*)\" glyph=\"[^\"]*\" x=\"" + num +
                                   "\" y=\"" + num + "\"");
  std::vector<std::vector<TextSpan>> pages;
  std::istringstream in(r.out);
  std::string line;
  double m[6] = {1, 0, 0, 1, 0, 0};
  bool in_span = false;
  std::smatch s;
  auto at = [&](size_t i) { return std::stod(s[i]); };
  while (std::getline(in, line)) {
    if (std::regex_search(line, s, page_re)) {
      pages.emplace_back();
    } else if (std::regex_search(line, s, text_re)) {
      for (size_t i = 0; i < 6; ++i) m[i] = at(i + 1);
    } else if (std::regex_search(line, s, span_re) && !pages.empty()) {
      // The span's matrix, then the device's (y downwards), then back to y upwards.
      const double a = at(1), b = at(2), c = at(3), d = at(4);
      TextSpan span;
      span.a = a * m[0] + b * m[2];
      span.b = -(a * m[1] + b * m[3]);
      span.c = c * m[0] + d * m[2];
      span.d = -(c * m[1] + d * m[3]);
      pages.back().push_back(span);
      in_span = true;
    } else if (line.find("</span>") != std::string::npos) {
      in_span = false;
    } else if (in_span && std::regex_search(line, s, glyph_re)) {
      TextSpan& span = pages.back().back();
      span.text += s[1];
      const double x = at(2), y = at(3);
      span.origins.push_back({m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]});
    }
  }
  return pages;
}

}  // namespace kp::test
