// Staging a build's outputs and putting them all in place at once.
#include "core/output_set.hpp"

#include <signal.h>

#include <filesystem>

namespace kp {
namespace fs = std::filesystem;

namespace {

// Holds Ctrl-C, SIGTERM and SIGHUP back from this thread while it lives (they are delivered
// after, or to another thread, whose handler then waits for this thread's file creations).
class FatalSignalsHeld {
 public:
  FatalSignalsHeld() {
    sigset_t fatal;
    sigemptyset(&fatal);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&fatal, sig);
    pthread_sigmask(SIG_BLOCK, &fatal, &previous_);
  }
  ~FatalSignalsHeld() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  FatalSignalsHeld(const FatalSignalsHeld&) = delete;
  FatalSignalsHeld& operator=(const FatalSignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace

OutputSet::~OutputSet() {
  files_.clear();  // the staged files' AtomicOutputs remove them (unless committed)
  if (committed_) return;
  // A refused build leaves no empty folder behind: the deepest first, and only if empty.
  for (auto it = created_.rbegin(); it != created_.rend(); ++it) {
    std::error_code ec;
    if (fs::is_empty(*it, ec) && !ec) fs::remove(*it, ec);
  }
}

void OutputSet::make_folder(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> missing;
  std::error_code ec;
  for (fs::path p = fs::path(dir).lexically_normal(); !p.empty() && !fs::exists(p, ec);
       p = p.parent_path()) {
    missing.push_back(p.string());
    if (p == p.parent_path()) break;
  }
  make_directories(dir);
  created_.insert(created_.end(), missing.rbegin(), missing.rend());
}

std::string OutputSet::stage(const std::string& target) {
  auto file = std::make_unique<AtomicOutput>(target);
  std::string temp = file->temp_path();
  std::lock_guard<std::mutex> lock(mutex_);
  files_.push_back(std::move(file));
  return temp;
}

void OutputSet::commit() {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto& f : files_) f->sync();
  // The renames are one step for an interrupting signal: it waits until all are done, so an
  // interrupted build never leaves half a set in place.
  const FatalSignalsHeld held;
  const FileCreation renaming;
  for (auto& f : files_) f->rename_into_place();
  committed_ = true;
}

size_t OutputSet::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_.size();
}

}  // namespace kp
