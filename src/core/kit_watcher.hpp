// Watches a kit folder (inotify) for saved files: one burst of saves is one change, named.
#pragma once
#include <map>
#include <optional>
#include <string>

namespace kp {

class KitWatcher {
 public:
  // Watches `kit_dir` and every folder below it but `out_dir` (kitpress's own files: watching
  // them would rebuild forever). Hidden files and editor backups (`.x`, `x~`) are not changes.
  KitWatcher(std::string kit_dir, const std::string& out_dir);
  ~KitWatcher();
  KitWatcher(const KitWatcher&) = delete;
  KitWatcher& operator=(const KitWatcher&) = delete;

  // Whether the folder could be watched; `error()` says why not.
  bool ok() const { return fd_ >= 0 && !dirs_.empty(); }
  const std::string& error() const { return error_; }

  // Waits up to `timeout_ms` (-1: for ever) for a change; editors save in bursts (write, rename,
  // chmod), so it then waits until 30 ms pass without another event. Returns the file changed,
  // relative to the kit folder: the first saved that is still there (an editor's or sed's
  // temporary file is written, then renamed onto the real one), else the first gone; nullopt
  // when nothing changed in time.
  std::optional<std::string> wait(int timeout_ms);

 private:
  void watch_tree();
  std::string kit_dir_;
  std::string out_dir_;  // absolute and normal
  int fd_ = -1;
  std::map<int, std::string> dirs_;  // watch descriptor → folder
  std::string error_;
};

}  // namespace kp
