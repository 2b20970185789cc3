// Running independent jobs on every core: a parallel for-each that rethrows the first error.
#pragma once
#include <cstddef>
#include <functional>

namespace kp {

// How many workers a parallel run of n jobs uses for `threads` (0: one per core): at least 1.
unsigned worker_count(size_t n, unsigned threads);

// Calls job(worker, i) for i in [0, n), handing the jobs out in order of i to at most
// worker_count(n, threads) workers: the calling thread (worker 0) and the idle threads of a
// process-wide pool (one per further CPU, each kept on its CPU). `worker` (0 .. workers - 1)
// names the thread running the job, for state that must stay with one thread (a font
// context). A run started inside a job gets the threads that are idle then, or free later.
// Jobs must be independent. If any job throws, no further job starts and the first exception
// is rethrown once all stop.
void parallel_for_workers(size_t n, const std::function<void(unsigned worker, size_t i)>& job,
                          unsigned threads = 0);

// The same, for jobs that keep no state per worker.
void parallel_for(size_t n, const std::function<void(size_t)>& job, unsigned threads = 0);

}  // namespace kp
