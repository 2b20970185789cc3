// Building the private fontconfig configuration and the Pango context over it.
#include "text/font_context.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>

#include "core/paths.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// Debian's 90-synthetic.conf: synthetic oblique and bold for faces a family lacks.
const char* kSyntheticRules = R"(
  <match target="font">
    <test name="slant"><const>roman</const></test>
    <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
    <edit name="matrix" mode="assign"><times><name>matrix</name>
      <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix>
    </times></edit>
    <edit name="slant" mode="assign"><const>oblique</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
  <match target="font">
    <test name="weight" compare="less_eq"><const>medium</const></test>
    <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
    <edit name="embolden" mode="assign"><bool>true</bool></edit>
    <edit name="weight" mode="assign"><const>bold</const></edit>
  </match>
)";

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// Pango starts a thread that loads fontconfig's system configuration (every font of the
// machine, ~3 ms of a core) the first time a font map is made, though kitpress never uses it.
// An empty configuration made current first leaves that thread nothing to load.
void empty_default_configuration() {
  static std::once_flag once;
  std::call_once(once, [] {
    FcConfig* empty = FcConfigCreate();
    FcConfigSetCurrent(empty);  // holds its own reference
    FcConfigDestroy(empty);
  });
}

// A context at 72 dpi with no hinting and no rounding: layout independent of the device.
PangoContext* device_independent_context(PangoFontMap* map) {
  PangoContext* context = pango_font_map_create_context(map);
  pango_cairo_context_set_resolution(context, 72.0);
  cairo_font_options_t* opts = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context, opts);
  cairo_font_options_destroy(opts);
  pango_context_set_round_glyph_positions(context, FALSE);
  return context;
}

// Whether a system font file's folder can be added whole, its other fonts rejected: a folder
// apart from the font folders (a rejection covers everything below a folder, and an ancestor's
// scan would reach into them), with no subfolders and few files, so that its scan stays short.
bool addable_as_folder(const std::string& dir, const std::set<std::string>& font_dirs) {
  for (const auto& d : font_dirs)
    if (d == dir || d.rfind(dir + "/", 0) == 0 || dir.rfind(d + "/", 0) == 0) return false;
  constexpr int kMostFiles = 64;
  int files = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) || ++files > kMostFiles) return false;
  }
  return !ec;
}

// Single font files go in through their folder, whose scan fontconfig caches: a CJK collection
// takes ~10 ms to scan each time it is added as a file. The folder's other fonts are rejected.
// Returns the <selectfont> rules; `folders` gets the folders, `files` what must be added one by
// one (see addable_as_folder; also a path with glob characters).
std::string select_single_files(const std::vector<std::string>& font_dirs,
                                const std::vector<std::string>& font_files,
                                std::vector<std::string>& folders,
                                std::vector<std::string>& files) {
  std::set<std::string> dirs;
  for (const auto& d : font_dirs) dirs.insert(fs::absolute(d).lexically_normal().string());
  std::string accept, reject;
  for (const auto& file : font_files) {
    const fs::path abs = fs::absolute(file).lexically_normal();
    const std::string dir = abs.parent_path().string();
    const bool known = std::find(folders.begin(), folders.end(), dir) != folders.end();
    if (abs.string().find_first_of("*?[]") != std::string::npos ||
        (!known && !addable_as_folder(dir, dirs))) {
      files.push_back(abs.string());
      continue;
    }
    accept += "<glob>" + xml_escape(abs.string()) + "</glob>";
    if (!known) {
      folders.push_back(dir);
      reject += "<glob>" + xml_escape(dir) + "/*</glob>";
    }
  }
  if (folders.empty()) return {};
  return "<selectfont><acceptfont>" + accept + "</acceptfont><rejectfont>" + reject +
         "</rejectfont></selectfont>\n";
}

}  // namespace

FontContext::FontContext(const std::vector<std::string>& font_dirs,
                         const std::vector<std::string>& font_files) {
  std::vector<std::string> file_folders, single_files;
  std::string xml = "<?xml version=\"1.0\"?>\n<fontconfig>\n";
  if (const std::string cache = user_cache_dir("fontconfig"); !cache.empty())
    xml += "<cachedir>" + xml_escape(cache) + "</cachedir>\n";
  xml += kSyntheticRules;
  xml += select_single_files(font_dirs, font_files, file_folders, single_files);
  xml += "</fontconfig>\n";
  empty_default_configuration();
  config_ = FcConfigCreate();
  if (!FcConfigParseAndLoadFromMemory(config_, reinterpret_cast<const FcChar8*>(xml.c_str()),
                                      FcTrue)) {
    FcConfigDestroy(config_);
    throw std::runtime_error("fontconfig rejected kitpress's private configuration");
  }
  for (const auto& dir : font_dirs) {
    std::string abs = fs::absolute(dir).string();
    if (!FcConfigAppFontAddDir(config_, reinterpret_cast<const FcChar8*>(abs.c_str()))) {
      FcConfigDestroy(config_);
      throw std::runtime_error("cannot read the font folder " + abs);
    }
  }
  for (const auto& dir : file_folders) {
    if (!FcConfigAppFontAddDir(config_, reinterpret_cast<const FcChar8*>(dir.c_str()))) {
      FcConfigDestroy(config_);
      throw std::runtime_error("cannot read the font folder " + dir);
    }
  }
  for (const auto& file : single_files) {
    std::string abs = fs::absolute(file).string();
    if (!FcConfigAppFontAddFile(config_, reinterpret_cast<const FcChar8*>(abs.c_str()))) {
      FcConfigDestroy(config_);
      throw std::runtime_error("cannot read the font file " + abs);
    }
  }
  FcConfigBuildFonts(config_);
  font_map_ = pango_cairo_font_map_new();
  // Points, as in the contexts: Pango measures each new font's metrics through a context of the
  // font map's own, whose font matches then coincide with ours instead of being made anew
  // (each match starts two helper threads).
  pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map_), 72.0);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map_), config_);
  context_ = device_independent_context(font_map_);
  rtl_context_ = device_independent_context(font_map_);
  pango_context_set_base_dir(rtl_context_, PANGO_DIRECTION_RTL);
}

FontContext::~FontContext() {
  g_object_unref(rtl_context_);
  g_object_unref(context_);
  g_object_unref(font_map_);
  FcConfigDestroy(config_);
}

std::vector<std::string> FontContext::families() const {
  PangoFontFamily** fams = nullptr;
  int n = 0;
  pango_font_map_list_families(font_map_, &fams, &n);
  std::set<std::string> names;
  for (int i = 0; i < n; ++i) {
    names.insert(pango_font_family_get_name(fams[i]));
  }
  // Pango adds the generic aliases; they are not fonts of the kit.
  for (const char* generic :
       {"Sans", "Serif", "Monospace", "System-ui", "Cursive", "Fantasy", "Emoji", "Math"})
    names.erase(generic);
  g_free(fams);
  return {names.begin(), names.end()};
}

bool FontContext::has_family(const std::string& family) const {
  for (const auto& f : families())
    if (g_ascii_strcasecmp(f.c_str(), family.c_str()) == 0) return true;
  return false;
}

std::vector<std::string> FontContext::missing_families(const std::string& family_list) const {
  std::vector<std::string> missing;
  for (const auto& f : split_families(family_list))
    if (!has_family(f)) missing.push_back(f);
  return missing;
}

std::vector<std::string> split_families(const std::string& family_list) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at <= family_list.size()) {
    size_t end = family_list.find(',', at);
    if (end == std::string::npos) end = family_list.size();
    std::string f = family_list.substr(at, end - at);
    size_t b = f.find_first_not_of(' '), e = f.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(f.substr(b, e - b + 1));
    at = end + 1;
  }
  return out;
}

std::vector<std::string> font_dirs_for_kit(const std::string& kit_dir) {
  std::vector<std::string> dirs = {project_dir() + "/fonts"};
  std::error_code ec;
  if (fs::is_directory(fs::path(kit_dir) / "fonts", ec))
    dirs.push_back((fs::path(kit_dir) / "fonts").string());
  return dirs;
}

}  // namespace kp
