// Running independent jobs on every core: a parallel for-each that rethrows the first error.
#pragma once
#include <cstddef>
#include <functional>

namespace kp {

// Calls job(i) for i in [0, n) on up to `threads` threads (0: one per core). Jobs must be
// independent. If any job throws, the first exception is rethrown after all threads stop.
void parallel_for(size_t n, const std::function<void(size_t)>& job, unsigned threads = 0);

}  // namespace kp
