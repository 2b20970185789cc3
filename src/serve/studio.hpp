// The studio's state: the kit laid out in memory per language, rebuilt when a kit file changes.
#pragma once
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "model/kit.hpp"

namespace kp {

// One language of the kit, laid out from the files as they were at `generation`.
struct StudioBuild {
  uint64_t generation = 0;
  std::string language;
  Diagnostics diags;
  std::optional<Kit> source;       // the kit as loaded (its own language)
  std::optional<LaidOutKit> laid;  // nullopt when the kit could not be laid out
};

class Studio {
 public:
  explicit Studio(BuildOptions options);
  ~Studio();
  Studio(const Studio&) = delete;
  Studio& operator=(const Studio&) = delete;

  // Starts watching the kit folder: every change (after 30 ms without another) makes a new
  // generation, and builds are made again when next asked for.
  void start_watching();
  uint64_t generation() const { return generation_.load(); }
  // Waits until the generation is past `seen` or `timeout_ms` passed; returns the generation.
  uint64_t wait_for_change(uint64_t seen, int timeout_ms);

  // The build of `language` ("" = the kit's own) for the current generation.
  std::shared_ptr<const StudioBuild> build(const std::string& language);
  // The kit's languages: its own first, then those with a file in KIT/i18n/.
  std::vector<std::string> languages();
  const BuildOptions& options() const { return options_; }

 private:
  void watch_loop();
  BuildOptions options_;
  std::atomic<uint64_t> generation_{1};
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::string, std::shared_ptr<const StudioBuild>> builds_;
  std::atomic<bool> stop_{false};
  std::thread watcher_;
};

}  // namespace kp
