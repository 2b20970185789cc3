// Builds kept per language and generation; a new generation each time a kit file is saved.
#include "serve/studio.hpp"

#include <algorithm>
#include <chrono>

#include "cli/language_runs.hpp"
#include "core/kit_watcher.hpp"
#include "i18n/translation.hpp"
#include "model/kit_loader.hpp"

namespace kp {

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
  KitWatcher watcher(options_.kit_dir, options_.out_dir);
  while (!stop_) {
    if (!watcher.wait(100)) continue;  // wakes now and then to see whether to stop
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
