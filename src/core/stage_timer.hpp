// Timing of build stages (load, layout, render, write) for --timings, and peak memory.
#pragma once
#include <atomic>
#include <chrono>
#include <string>
#include <vector>

namespace kp {

// Nanoseconds the calling thread has spent writing output bytes to disk (render time excludes
// them). Per thread, so that outputs written at once on several cores are told apart.
long long& write_nanoseconds();

// Nanoseconds the calling thread has spent on other parallel runs' jobs while waiting for its
// own run to finish (see parallel_for_workers). Per thread.
long long& helping_nanoseconds();

// Wall-clock time since construction.
class StageTimer {
 public:
  StageTimer() : start_(std::chrono::steady_clock::now()) {}
  double elapsed_ms() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
        .count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// The time of one task (a language's layout, its outputs): wall-clock time since construction,
// less what the constructing thread spent meanwhile on other runs' jobs. Read on that thread.
class TaskTimer {
 public:
  TaskTimer() : helping_at_start_(helping_nanoseconds()) {}
  double elapsed_ms() const {
    return wall_.elapsed_ms() -
           static_cast<double>(helping_nanoseconds() - helping_at_start_) / 1e6;
  }

 private:
  StageTimer wall_;
  long long helping_at_start_;
};

// Adds the nanoseconds of its lifetime to a counter when it ends, however the scope is left.
template <typename Counter>
class TimedScope {
 public:
  explicit TimedScope(Counter& counter) : counter_(counter) {}
  ~TimedScope() {
    counter_ += std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - start_)
                    .count();
  }
  TimedScope(const TimedScope&) = delete;
  TimedScope& operator=(const TimedScope&) = delete;

 private:
  Counter& counter_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Peak resident memory of this process in MiB.
double peak_memory_mib();

}  // namespace kp
