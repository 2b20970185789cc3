// Opening every font file a build will use with FreeType before layout, so a damaged one is
// refused.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace kp {

// The font files (.ttf, .otf, .ttc, .otc) under `dirs` (subfolders included) and the single
// `files`, in a fixed order: every file fontconfig may take a face from.
std::vector<std::string> font_files_in(const std::vector<std::string>& dirs,
                                       const std::vector<std::string>& files);

// What is wrong with one font file, or "" when it is sound: FreeType opens every face, its
// table directory lies inside the file, it has the tables a font needs (cmap, head, hhea, hmtx,
// maxp, and glyf + loca or CFF), and each character of `chars` it maps loads as an outline with
// points, or as a bitmap. Results are remembered per file (path, size, time) and character.
std::string font_file_problem(const std::string& path, const std::set<char32_t>& chars);

// Checks every file; each damaged one is an error located at the file, naming what is wrong.
// Returns false when any is damaged.
bool check_font_files(const std::vector<std::string>& files, const std::set<char32_t>& chars,
                      Diagnostics& diags);

}  // namespace kp
