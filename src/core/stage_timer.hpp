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

// Peak resident memory of this process in MiB.
double peak_memory_mib();

}  // namespace kp
