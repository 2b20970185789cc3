// The language table and the font lists and files it implies.
#include "i18n/language.hpp"

#include <cstdlib>
#include <filesystem>

namespace kp {
namespace fs = std::filesystem;

namespace {

std::vector<LanguageInfo> make_table() {
  std::vector<LanguageInfo> t;
  auto latin = [&](const char* code, const char* name, const char* open, const char* close) {
    LanguageInfo l;
    l.code = code;
    l.name = name;
    l.open_quote = open;
    l.close_quote = close;
    t.push_back(l);
  };
  latin("fr", "French", "\u00AB\u202F", "\u202F\u00BB");
  t.back().label_separator = " : ";  // the space becomes a narrow no-break space in typography
  t.back().spaced_punctuation = true;
  latin("en", "English", "\u201C", "\u201D");
  latin("de", "German", "\u201E", "\u201C");
  latin("es", "Spanish", "\u00AB", "\u00BB");
  latin("it", "Italian", "\u00AB", "\u00BB");
  latin("pt", "Portuguese", "\u201C", "\u201D");
  latin("nl", "Dutch", "\u201C", "\u201D");

  LanguageInfo ar;
  ar.code = "ar";
  ar.name = "Arabic";
  ar.script = Script::Arabic;
  ar.rtl = true;
  ar.families = {"Noto Naskh Arabic"};  // shipped in fonts/
  ar.line_height_scale = 1.2;
  ar.letter_spacing = false;
  ar.italic = false;
  ar.open_quote = "\u00AB";
  ar.close_quote = "\u00BB";
  ar.list_comma = "\u060C ";
  t.push_back(ar);
  for (const char* code : {"fa", "ur"}) {
    LanguageInfo l = ar;
    l.code = code;
    l.name = std::string(code) == "fa" ? "Persian" : "Urdu";
    t.push_back(l);
  }

  auto cjk = [&](const char* code, const char* name, const char* family, const char* open,
                 const char* close) {
    LanguageInfo l;
    l.code = code;
    l.name = name;
    l.script = Script::Cjk;
    l.families = {family};
    l.system_font_files = {"NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"};
    l.font_package = "fonts-noto-cjk";
    l.line_height_scale = 1.15;
    l.justify = false;
    l.italic = false;
    l.open_quote = open;
    l.close_quote = close;
    l.list_comma = "\u3001";
    l.label_separator = "\uFF1A";
    t.push_back(l);
  };
  cjk("ja", "Japanese", "Noto Sans CJK JP", "\u300C", "\u300D");
  cjk("zh", "Chinese", "Noto Sans CJK SC", "\u201C", "\u201D");
  cjk("ko", "Korean", "Noto Sans CJK KR", "\u201C", "\u201D");
  return t;
}

// Where Debian packages install fonts; $KITPRESS_SYSTEM_FONTS (":"-separated) replaces it.
std::vector<std::string> system_font_dirs() {
  if (const char* env = std::getenv("KITPRESS_SYSTEM_FONTS"); env && *env) {
    std::vector<std::string> dirs;
    std::string s = env;
    for (size_t at = 0; at <= s.size();) {
      size_t end = s.find(':', at);
      if (end == std::string::npos) end = s.size();
      if (end > at) dirs.push_back(s.substr(at, end - at));
      at = end + 1;
    }
    return dirs;
  }
  return {"/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto",
          "/usr/share/fonts/opentype", "/usr/share/fonts/truetype"};
}

}  // namespace

const std::vector<LanguageInfo>& known_languages() {
  static const std::vector<LanguageInfo> table = make_table();
  return table;
}

const LanguageInfo& language_info(const std::string& tag) {
  std::string primary = tag.substr(0, tag.find('-'));
  for (const auto& l : known_languages())
    if (l.code == primary) return l;
  static const LanguageInfo fallback = [] {
    LanguageInfo l;
    l.code = "";
    l.name = "this language";
    return l;
  }();
  return fallback;
}

std::string font_families_for(const std::string& tag, const std::string& theme_font) {
  std::string out;
  for (const auto& f : language_info(tag).families) out += f + ", ";
  return out + theme_font;
}

SystemFonts system_fonts_for(const std::string& tag) {
  SystemFonts fonts;
  for (const auto& file : language_info(tag).system_font_files) {
    bool found = false;
    for (const auto& dir : system_font_dirs()) {
      std::error_code ec;
      fs::path p = fs::path(dir) / file;
      if (fs::is_regular_file(p, ec)) {
        fonts.found.push_back(fs::absolute(p).string());
        found = true;
        break;
      }
    }
    if (!found) fonts.missing.push_back(file);
  }
  return fonts;
}

}  // namespace kp
