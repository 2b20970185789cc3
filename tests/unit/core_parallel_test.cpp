// parallel_for_workers: every job once, worker numbers in range, the first error rethrown.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/parallel.hpp"

using namespace kp;

TEST_CASE("worker_count: at most one per job, at least one") {
  CHECK(worker_count(0, 4) == 1);
  CHECK(worker_count(3, 8) == 3);
  CHECK(worker_count(10, 2) == 2);
  CHECK(worker_count(10, 0) >= 1);
}

TEST_CASE("parallel_for_workers runs every job once, each on a numbered worker") {
  const size_t n = 200;
  std::vector<std::atomic<int>> runs(n);
  std::mutex mutex;
  std::set<std::pair<unsigned, std::thread::id>> seen;
  parallel_for_workers(
      n,
      [&](unsigned worker, size_t i) {
        runs[i]++;
        std::lock_guard<std::mutex> lock(mutex);
        seen.insert({worker, std::this_thread::get_id()});
      },
      3);
  for (size_t i = 0; i < n; ++i) CHECK(runs[i] == 1);
  // A worker number always means the same thread (per-worker state is safe).
  std::set<unsigned> workers;
  std::set<std::thread::id> threads;
  for (const auto& [w, t] : seen) {
    CHECK(w < 3);
    workers.insert(w);
    threads.insert(t);
  }
  CHECK(workers.size() == seen.size());
  CHECK(threads.size() == seen.size());
}

TEST_CASE("one thread: the jobs run in order, on the calling thread, as worker 0") {
  std::vector<size_t> order;
  const auto caller = std::this_thread::get_id();
  parallel_for_workers(
      5,
      [&](unsigned worker, size_t i) {
        CHECK(worker == 0);
        const bool on_caller = std::this_thread::get_id() == caller;
        CHECK(on_caller);
        order.push_back(i);
      },
      1);
  CHECK(order == std::vector<size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("the first error is rethrown and no job starts after it") {
  std::vector<size_t> done;
  CHECK_THROWS_WITH(parallel_for(
                        6,
                        [&](size_t i) {
                          if (i == 2) throw std::runtime_error("job 2 failed");
                          done.push_back(i);
                        },
                        1),
                    "job 2 failed");
  CHECK(done == std::vector<size_t>{0, 1});
  std::atomic<int> count{0};
  CHECK_THROWS_AS(parallel_for(
                      100,
                      [&](size_t i) {
                        count++;
                        if (i % 10 == 3) throw std::logic_error("bad");
                      },
                      2),
                  std::logic_error);
  CHECK(count < 100);
}
