// parallel_for over std::thread with an atomic work counter.
#include "core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "core/cpu_pin.hpp"

namespace kp {

unsigned worker_count(size_t n, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, static_cast<unsigned>(std::min<size_t>(threads, n)));
}

void parallel_for_workers(size_t n, const std::function<void(unsigned, size_t)>& job,
                          unsigned threads) {
  const unsigned workers = worker_count(n, threads);
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) job(0, i);
    return;
  }
  // Each worker stays on a CPU of its own, counted from the caller's when it is itself a pinned
  // worker (a nested run), so that the workers of a nested run spread over the cores too.
  const std::vector<int>& cpus = usable_cpus();
  size_t first_cpu = 0;
  const int caller_cpu = pinned_cpu();
  for (size_t c = 0; c < cpus.size(); ++c)
    if (cpus[c] == caller_cpu) first_cpu = c;
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto worker = [&](unsigned w) {
    std::optional<CpuPin> pin;
    if (cpus.size() > 1) pin.emplace(cpus[(first_cpu + w) % cpus.size()]);
    for (size_t i; (i = next++) < n;) {
      try {
        job(w, i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  // The calling thread is worker 0: one thread fewer to start.
  // A thread the system refuses to start leaves its share to the others.
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  for (unsigned w = 1; w < workers; ++w) {
    try {
      pool.emplace_back(worker, w);
    } catch (const std::system_error&) {
      break;
    }
  }
  worker(0);
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

void parallel_for(size_t n, const std::function<void(size_t)>& job, unsigned threads) {
  parallel_for_workers(
      n, [&](unsigned, size_t i) { job(i); }, threads);
}

}  // namespace kp
