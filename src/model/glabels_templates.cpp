// Reading gLabels' XML templates into label products.
#include "model/glabels_templates.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

namespace kp {

namespace {
namespace fs = std::filesystem;

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool is(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE &&
         xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// gLabels' lengths: a number with mm, cm, in or pt, or a bare number of points.
std::optional<Length> length(xmlNode* n, const char* name) {
  std::string v = attr(n, name);
  if (v.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(v.back())) || v.back() == '.') v += "pt";
  std::string why;
  return parse_length(v, &why);
}

struct Xml {
  xmlDoc* doc = nullptr;
  explicit Xml(const fs::path& file)
      : doc(xmlReadFile(file.c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  ~Xml() { xmlFreeDoc(doc); }
  Xml(const Xml&) = delete;
  Xml& operator=(const Xml&) = delete;
  xmlNode* root() const { return doc ? xmlDocGetRootElement(doc) : nullptr; }
};

struct Paper {
  std::string name;
  Length w, h;
};

// paper-sizes.xml: id → size; gLabels' "US-Letter" is kitpress's "Letter".
std::map<std::string, Paper> read_papers(const fs::path& dir) {
  std::map<std::string, Paper> papers;
  Xml xml(dir / "paper-sizes.xml");
  if (!xml.root()) return papers;
  for (xmlNode* n = xml.root()->children; n; n = n->next) {
    if (!is(n, "Paper-size")) continue;
    auto w = length(n, "width"), h = length(n, "height");
    std::string id = attr(n, "id");
    if (!w || !h || id.empty()) continue;
    std::string name = id.rfind("US-", 0) == 0 ? id.substr(3) : id;
    papers[id] = {name, *w, *h};
  }
  return papers;
}

// One <Template>'s label and layout; false for what kitpress cannot print on.
bool read_label(xmlNode* label, LabelProduct& p) {
  int layouts = 0;
  xmlNode* layout = nullptr;
  for (xmlNode* c = label->children; c; c = c->next)
    if (is(c, "Layout")) ++layouts, layout = layout ? layout : c;
  if (layouts != 1) return false;  // several blocks of labels on one sheet
  if (is(label, "Label-rectangle")) {
    auto w = length(label, "width"), h = length(label, "height");
    if (!w || !h) return false;
    p.label_w = *w, p.label_h = *h;
    p.corner_radius = length(label, "round").value_or(Length());
  } else if (is(label, "Label-round") || is(label, "Label-cd")) {
    auto r = length(label, "radius");
    if (!r) return false;
    p.shape = is(label, "Label-cd") ? LabelShape::Cd : LabelShape::Round;
    p.label_w = p.label_h = *r * 2;
    if (p.shape == LabelShape::Cd) {
      p.hole = length(label, "hole").value_or(Length()) * 2;
      // A CD label clipped to a business card's size: not handled.
      if (length(label, "width") || length(label, "height")) return false;
    }
  } else if (is(label, "Label-ellipse")) {
    auto w = length(label, "width"), h = length(label, "height");
    if (!w || !h) return false;
    p.shape = LabelShape::Ellipse;
    p.label_w = *w, p.label_h = *h;
  } else {
    return false;  // continuous rolls, paths
  }
  p.columns = std::atoi(attr(layout, "nx").c_str());
  p.rows = std::atoi(attr(layout, "ny").c_str());
  p.left = length(layout, "x0").value_or(Length());
  p.top = length(layout, "y0").value_or(Length());
  // A single column or row may give no pitch: the label's own size then.
  p.pitch_x = p.columns > 1 ? length(layout, "dx").value_or(p.label_w) : p.label_w;
  p.pitch_y = p.rows > 1 ? length(layout, "dy").value_or(p.label_h) : p.label_h;
  if (p.columns < 1 || p.rows < 1) return false;
  Diagnostics check;
  check_label_geometry(p, check);
  return !check.has_errors();
}

}  // namespace

std::string glabels_dir() {
  if (const char* env = std::getenv("KITPRESS_GLABELS_DIR")) return env;
  std::error_code ec;
  for (const char* d : {"/usr/share/libglabels-3.0/templates", "/usr/share/glabels-3.0/templates",
                        "/usr/share/glabels-qt/templates", "/usr/share/glabels/templates"})
    if (fs::is_regular_file(fs::path(d) / "paper-sizes.xml", ec)) return d;
  return {};
}

GlabelsDatabase read_glabels_database(const std::string& dir, const LabelProducts& own) {
  GlabelsDatabase db;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return db;
  db.dir = dir;
  const auto papers = read_papers(dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 14 && name.compare(name.size() - 14, 14, "-templates.xml") == 0)
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // the same order on every machine
  LabelProducts all;
  std::map<std::string, size_t> by_name;  // "Avery 7160" → its index in `all`
  std::vector<std::pair<std::string, std::string>> equivalents;  // name, the name it equals
  for (const auto& file : files) {
    Xml xml(file);
    if (!xml.root()) continue;
    for (xmlNode* t = xml.root()->children; t; t = t->next) {
      if (!is(t, "Template")) continue;
      const std::string brand = attr(t, "brand"), part = attr(t, "part");
      if (brand.empty() || part.empty()) continue;
      const std::string name = brand + " " + part;
      if (std::string equiv = attr(t, "equiv"); !equiv.empty()) {
        equivalents.emplace_back(name, brand + " " + equiv);
        continue;
      }
      LabelProduct p;
      p.name = name;
      p.source = "gLabels";
      p.where = Location{
          file.string(), xmlGetLineNo(t) > 0 ? static_cast<int>(xmlGetLineNo(t)) : 0, 0, {}};
      const std::string size = attr(t, "size");
      if (auto paper = papers.find(size); paper != papers.end()) {
        p.paper_name = paper->second.name;
        p.paper_w = paper->second.w, p.paper_h = paper->second.h;
      } else if (auto w = length(t, "width"), h = length(t, "height"); size == "Other" && w && h) {
        p.paper_name = format_mm(*w) + " x " + format_mm(*h);
        p.paper_w = *w, p.paper_h = *h;
      } else {
        ++db.skipped;
        continue;
      }
      xmlNode* label = nullptr;
      for (xmlNode* c = t->children; c && !label; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrncmp(c->name, BAD_CAST "Label-", 6) == 0)
          label = c;
      if (!label || !read_label(label, p)) {
        ++db.skipped;
        continue;
      }
      by_name.emplace(name, all.size());
      all.push_back(std::move(p));
    }
  }
  for (const auto& [name, base] : equivalents)
    if (auto it = by_name.find(base); it != by_name.end()) all[it->second].also.push_back(name);
  // A name kitpress's stock lists is kitpress's: gLabels' product under that name is not used
  // (it stays in `shared`, to compare), its other names are.
  auto own_product = [&](const std::string& name) -> const LabelProduct* {
    for (const auto& o : own)
      if (names_product(name, o)) return &o;
    return nullptr;
  };
  for (auto& p : all) {
    std::vector<std::string> names = {p.name};
    names.insert(names.end(), p.also.begin(), p.also.end());
    std::vector<std::string> free;
    for (const auto& n : names) {
      if (const LabelProduct* mine = own_product(n)) {
        LabelProduct theirs = p;
        theirs.name = n;
        db.shared.push_back({mine, std::move(theirs)});
      } else {
        free.push_back(n);
      }
    }
    if (free.empty()) continue;
    p.name = free.front();
    p.also.assign(free.begin() + 1, free.end());
    db.products.push_back(std::move(p));
  }
  return db;
}

const GlabelsDatabase& glabels_database() {
  static const GlabelsDatabase db = read_glabels_database(glabels_dir(), stock_label_products());
  return db;
}

const LabelProducts& glabels_label_products() {
  return glabels_database().products;
}

}  // namespace kp
