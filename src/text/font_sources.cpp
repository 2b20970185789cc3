// Font sources: their fingerprint, and a small per-thread cache of font contexts.
#include "text/font_sources.hpp"

#include <algorithm>
#include <filesystem>
#include <list>
#include <utility>

namespace kp {
namespace fs = std::filesystem;

namespace {

// Contexts kept per thread: the languages of a kit use two or three sets of fonts (Latin,
// Arabic, CJK), and a thread may lay out all of them.
constexpr size_t kContextsPerThread = 4;

void add_file(std::string& key, const fs::path& file) {
  std::error_code size_ec, time_ec;
  const auto size = fs::file_size(file, size_ec);
  const auto time = fs::last_write_time(file, time_ec);
  key += file.string();
  key += '\t';
  key += size_ec ? "-" : std::to_string(size);
  key += '\t';
  key += time_ec ? "-" : std::to_string(time.time_since_epoch().count());
  key += '\n';
}

}  // namespace

std::string FontSources::fingerprint() const {
  std::string key;
  for (const auto& dir : dirs) {
    key += dir + "/\n";
    std::vector<fs::path> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(dir, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) found.push_back(it->path());
    std::sort(found.begin(), found.end());
    for (const auto& f : found) add_file(key, f);
  }
  for (const auto& f : files) add_file(key, f);
  return key;
}

std::shared_ptr<FontContext> FontSources::context() const {
  // Most recently used first.
  thread_local std::list<std::pair<std::string, std::shared_ptr<FontContext>>> contexts;
  std::string key = fingerprint();
  // One that a laid-out kit still holds is not reused: that kit's documents may be drawn, and
  // their fonts released, on other threads meanwhile, and Pango's objects are not thread-safe.
  for (auto it = contexts.begin(); it != contexts.end(); ++it)
    if (it->first == key && it->second.use_count() == 1) {
      contexts.splice(contexts.begin(), contexts, it);
      return it->second;
    }
  auto fonts = std::make_shared<FontContext>(dirs, files);
  contexts.emplace_front(std::move(key), fonts);
  if (contexts.size() > kContextsPerThread) contexts.pop_back();
  return fonts;
}

}  // namespace kp
