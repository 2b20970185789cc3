// Progress of a build: a redrawn bar on a terminal, one line per file otherwise, nothing if quiet.
#pragma once
#include <cstdio>
#include <mutex>
#include <string>

namespace kp {

class Progress {
 public:
  enum class Mode { Bar, Lines, Silent };
  // Bar when standard error is a terminal (and TERM is not "dumb"), Lines otherwise; Silent if
  // quiet.
  static Mode mode_for(bool quiet);

  Progress(Mode mode, size_t total, std::FILE* out = stderr);
  ~Progress();
  // One more file done (thread-safe): `what` is its path.
  void done(const std::string& what);
  // Extends the total (e.g. when another language starts).
  void add_total(size_t n);

 private:
  Mode mode_;
  size_t total_, count_ = 0;
  std::FILE* out_;
  std::mutex mutex_;
  bool drawn_ = false;
};

}  // namespace kp
