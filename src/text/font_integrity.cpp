// Font file checks: the sfnt table directory read directly, then every face and glyph via FreeType.
#include "text/font_integrity.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

#include "core/utf8.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

bool is_font_name(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

// Big-endian reads from a file, with bounds: a read past the end gives `ok = false`.
class FontBytes {
 public:
  explicit FontBytes(const std::string& path) : in_(path, std::ios::binary) {
    std::error_code ec;
    size_ = fs::file_size(path, ec);
    ok = bool(in_) && !ec;
  }
  uint64_t size() const { return size_; }
  uint32_t u32(uint64_t at) { return static_cast<uint32_t>(read(at, 4)); }
  uint16_t u16(uint64_t at) { return static_cast<uint16_t>(read(at, 2)); }
  bool ok = false;

 private:
  std::ifstream in_;
  uint64_t size_ = 0;
  uint64_t read(uint64_t at, int n) {
    unsigned char b[4] = {};
    if (!ok || at + static_cast<uint64_t>(n) > size_) {
      ok = false;
      return 0;
    }
    in_.seekg(static_cast<std::streamoff>(at));
    in_.read(reinterpret_cast<char*>(b), n);
    if (!in_) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | b[i];
    return v;
  }
};

std::string tag_name(uint32_t tag) {
  std::string s;
  for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((tag >> shift) & 0xFF);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

constexpr uint32_t tag(const char* t) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(t[0])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(t[1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(t[2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(t[3]));
}

struct Table {
  uint64_t offset = 0, length = 0;
};

// One face's table directory at `at`: every table inside the file, the needed ones present,
// and, for TrueType outlines, a glyf table as long as its index (loca) says.
std::string check_directory(FontBytes& f, uint64_t at, uint64_t* glyph_table) {
  const uint32_t version = f.u32(at);
  const uint16_t count = f.u16(at + 4);
  if (!f.ok) return "the file is cut short before its table directory";
  if (version != 0x00010000 && version != tag("OTTO") && version != tag("true"))
    return "it is not a TrueType or OpenType font";
  std::map<uint32_t, Table> tables;
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t rec = at + 12 + 16 * i;
    const uint32_t t = f.u32(rec);
    Table tb{f.u32(rec + 8), f.u32(rec + 12)};
    if (!f.ok) return "the file is cut short inside its table directory";
    if (tb.offset + tb.length > f.size())
      return "the table '" + tag_name(t) + "' ends " + std::to_string(tb.offset + tb.length) +
             " bytes into a file of " + std::to_string(f.size()) + " (the file is cut short)";
    tables[t] = tb;
  }
  for (const char* need : {"cmap", "head", "hhea", "hmtx", "maxp"})
    if (!tables.count(tag(need))) return std::string("the table '") + need + "' is missing";
  const bool truetype = tables.count(tag("glyf")) && tables.count(tag("loca"));
  if (!truetype && !tables.count(tag("CFF ")) && !tables.count(tag("CFF2")) &&
      !tables.count(tag("CBDT")) && !tables.count(tag("EBDT")) && !tables.count(tag("sbix")))
    return "it has no glyph outlines (no 'glyf', 'CFF' or bitmap table)";
  for (const char* t : {"glyf", "CFF ", "CFF2", "CBDT", "EBDT", "sbix"})
    if (tables.count(tag(t))) {
      *glyph_table = tables[tag(t)].offset;
      break;
    }
  if (truetype) {
    const Table head = tables[tag("head")], maxp = tables[tag("maxp")];
    const Table loca = tables[tag("loca")], glyf = tables[tag("glyf")];
    const bool long_offsets = f.u16(head.offset + 50) != 0;
    const uint64_t glyphs = f.u16(maxp.offset + 4);
    const uint64_t end = long_offsets ? f.u32(loca.offset + 4 * glyphs)
                                      : 2 * uint64_t{f.u16(loca.offset + 2 * glyphs)};
    if (!f.ok || loca.length < (long_offsets ? 4 : 2) * (glyphs + 1))
      return "the glyph index (table 'loca') is cut short";
    if (end > glyf.length)
      return "the glyph table 'glyf' holds " + std::to_string(glyf.length) +
             " bytes but its index says " + std::to_string(end) + " (the table is cut short)";
  }
  return {};
}

// Every face's table directory (one, or each of a collection's). `glyph_faces` gets the faces
// whose glyphs are to be loaded: the first of those that share one glyph table (the faces of
// a CJK collection share theirs; loading each would take ~10 ms a face).
std::string check_tables(const std::string& path, std::vector<long>& glyph_faces) {
  FontBytes f(path);
  if (!f.ok) return "the file cannot be read";
  std::set<uint64_t> glyph_tables;
  uint64_t glyph_table = 0;
  if (f.u32(0) != tag("ttcf")) {
    glyph_faces.push_back(0);
    return check_directory(f, 0, &glyph_table);
  }
  const uint32_t faces = f.u32(8);
  if (!f.ok || faces == 0 || faces > 4096) return "the font collection's header is damaged";
  for (uint64_t i = 0; i < faces; ++i) {
    const uint32_t at = f.u32(12 + 4 * i);
    if (!f.ok) return "the font collection's header is cut short";
    if (std::string why = check_directory(f, at, &glyph_table); !why.empty())
      return "face " + std::to_string(i) + ": " + why;
    if (glyph_tables.insert(glyph_table).second) glyph_faces.push_back(static_cast<long>(i));
  }
  return {};
}

std::string freetype_error(FT_Error e) {
  const char* s = FT_Error_String(e);
  return s ? std::string(s) : "FreeType error " + std::to_string(e);
}

std::string code_point(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return code + std::string(" (") + utf8_encode(c) + ")";
}

// The glyph of each character a face maps: loads, and has points or a bitmap.
std::string check_glyphs(FT_Face face, const std::set<char32_t>& chars) {
  const bool scalable = FT_IS_SCALABLE(face);
  if (!scalable && face->num_fixed_sizes > 0) FT_Select_Size(face, 0);
  const FT_Int32 flags =
      scalable ? FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP : FT_LOAD_DEFAULT;
  for (char32_t c : chars) {
    const FT_UInt glyph = FT_Get_Char_Index(face, c);
    if (glyph == 0) continue;  // not this font's: another one draws it, or coverage reports it
    if (FT_Error e = FT_Load_Glyph(face, glyph, flags))
      return "the glyph of " + code_point(c) + " cannot be loaded (" + freetype_error(e) + ")";
    const FT_GlyphSlot slot = face->glyph;
    const bool drawn = slot->format == FT_GLYPH_FORMAT_OUTLINE ? slot->outline.n_points > 0
                                                               : slot->bitmap.rows > 0;
    if (!drawn) return "the glyph of " + code_point(c) + " is empty: it would print blank";
  }
  return {};
}

// What is known of one file, for its path, size and time.
struct Known {
  std::string problem;
  std::set<char32_t> checked;  // characters whose glyphs loaded well
};

std::string file_key(const std::string& path) {
  std::error_code size_ec, time_ec;
  const auto size = fs::file_size(path, size_ec);
  const auto time = fs::last_write_time(path, time_ec);
  return path + '\t' + (size_ec ? "-" : std::to_string(size)) + '\t' +
         (time_ec ? "-" : std::to_string(time.time_since_epoch().count()));
}

std::string check_file(const std::string& path, const std::set<char32_t>& chars) {
  std::vector<long> faces;
  if (std::string why = check_tables(path, faces); !why.empty()) return why;
  FT_Library lib = nullptr;
  if (FT_Init_FreeType(&lib)) return "FreeType cannot start";
  std::string problem;
  for (long i : faces) {
    FT_Face face = nullptr;
    if (FT_Error e = FT_New_Face(lib, path.c_str(), i, &face)) {
      problem = "FreeType cannot open it (" + freetype_error(e) + ")";
      break;
    }
    problem = check_glyphs(face, chars);
    if (!problem.empty() && face->num_faces > 1)
      problem = "face " + std::to_string(i) + ": " + problem;
    FT_Done_Face(face);
    if (!problem.empty()) break;
  }
  FT_Done_FreeType(lib);
  return problem;
}

}  // namespace

std::vector<std::string> font_files_in(const std::vector<std::string>& dirs,
                                       const std::vector<std::string>& files) {
  std::vector<std::string> out;
  for (const auto& dir : dirs) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(dir, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec))
      if (is_font_name(it->path()) && it->is_regular_file(ec)) found.push_back(it->path().string());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  out.insert(out.end(), files.begin(), files.end());
  return out;
}

std::string font_file_problem(const std::string& path, const std::set<char32_t>& chars) {
  static std::mutex mutex;
  static std::map<std::string, Known> known;
  const std::string key = file_key(path);
  std::set<char32_t> unchecked;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = known.find(key);
    if (it != known.end()) {
      if (!it->second.problem.empty()) return it->second.problem;
      std::set_difference(chars.begin(), chars.end(), it->second.checked.begin(),
                          it->second.checked.end(), std::inserter(unchecked, unchecked.end()));
      if (unchecked.empty()) return {};
    } else {
      unchecked = chars;
    }
  }
  std::string problem = check_file(path, unchecked);
  std::lock_guard<std::mutex> lock(mutex);
  Known& k = known[key];
  if (problem.empty()) {
    k.checked.insert(unchecked.begin(), unchecked.end());
  } else {
    k.problem = problem;
  }
  return problem;
}

bool check_font_files(const std::vector<std::string>& files, const std::set<char32_t>& chars,
                      Diagnostics& diags) {
  bool ok = true;
  for (const auto& file : files) {
    std::string problem = font_file_problem(file, chars);
    if (problem.empty()) continue;
    diags.error(Location{file, 0, 0, {}}, "the font file is damaged: " + problem,
                "replace it with a fresh copy of the font (download or copy it again); kitpress "
                "refuses it rather than print blank or wrong text");
    ok = false;
  }
  return ok;
}

}  // namespace kp
