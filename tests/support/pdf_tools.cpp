// Running commands and parsing poppler/mutool output for end-to-end tests.
#include "support/pdf_tools.hpp"

#include <sys/wait.h>
#include <unistd.h>

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
  auto r = run("pdftotext -bbox " + sh_quote(pdf) + " -");
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
