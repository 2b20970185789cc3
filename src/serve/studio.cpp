// Builds kept per language and generation; the kit folder polled for saved files.
#include "serve/studio.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "cli/language_runs.hpp"
#include "i18n/translation.hpp"
#include "model/kit_loader.hpp"

namespace kp {

namespace fs = std::filesystem;

std::string folder_fingerprint(const std::string& dir) {
  std::string out;
  std::error_code ec;
  std::vector<std::string> lines;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.' || name.back() == '~') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    auto size = it->file_size(ec);
    auto time = it->last_write_time(ec).time_since_epoch().count();
    lines.push_back(it->path().string() + "\t" + std::to_string(size) + "\t" +
                    std::to_string(time));
  }
  std::sort(lines.begin(), lines.end());
  for (const auto& l : lines) out += l + "\n";
  return out;
}

Studio::Studio(BuildOptions options) : options_(std::move(options)) {
  options_.png = true;  // the card faces, one proof each
}

Studio::~Studio() {
  stop_ = true;
  if (watcher_.joinable()) watcher_.join();
}

void Studio::start_watching() {
  watcher_ = std::thread([this] { watch_loop(); });
}

void Studio::watch_loop() {
  std::string seen = folder_fingerprint(options_.kit_dir);
  while (!stop_) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::string now = folder_fingerprint(options_.kit_dir);
    if (now == seen) continue;
    // Editors save in bursts (write, rename, chmod): wait until quiet for 30 ms.
    for (;;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
      std::string again = folder_fingerprint(options_.kit_dir);
      if (again == now) break;
      now = std::move(again);
    }
    seen = std::move(now);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      builds_.clear();
      ++generation_;
    }
    changed_.notify_all();
  }
}

uint64_t Studio::wait_for_change(uint64_t seen, int timeout_ms) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                    [&] { return generation_.load() > seen || stop_.load(); });
  return generation_.load();
}

std::vector<std::string> Studio::languages() {
  std::vector<std::string> out;
  auto own = build("");
  if (own->source) out.push_back(own->source->language);
  for (const auto& l : translation_languages(options_.kit_dir))
    if (out.empty() || l != out.front()) out.push_back(l);
  return out;
}

std::shared_ptr<const StudioBuild> Studio::build(const std::string& language) {
  std::lock_guard<std::mutex> lock(mutex_);  // one build at a time: they share the font cache
  auto it = builds_.find(language);
  if (it != builds_.end()) return it->second;
  auto b = std::make_shared<StudioBuild>();
  b->generation = generation_.load();
  Diagnostics load;
  b->source = load_kit(options_.kit_dir, load);
  b->diags.append(load);
  if (b->source) {
    b->language = language.empty() ? b->source->language : language;
    // Only the kit's own language and those with a file in i18n/ (a request never names a file).
    const auto known = translation_languages(options_.kit_dir);
    if (b->language != b->source->language &&
        std::find(known.begin(), known.end(), b->language) == known.end()) {
      b->diags.error(Location{options_.kit_dir, 0, 0, {}},
                     "the kit has no translation into \"" + b->language.substr(0, 40) + "\"",
                     "choose one of the kit's languages");
      return b;  // not kept: any number of unknown names could be asked for
    }
    b->laid = lay_out_language(*b->source, b->language, options_, b->diags);
  }
  builds_[language] = b;
  return b;
}

}  // namespace kp
