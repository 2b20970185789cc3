// parallel_for_workers: every job once, worker numbers in range, the first error rethrown.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/cpu_pin.hpp"
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

TEST_CASE("workers run on CPUs of their own, nested runs too, and the caller is let go") {
  const auto& cpus = usable_cpus();
  if (cpus.size() < 2) {
    MESSAGE("one usable CPU: workers are not pinned");
    return;
  }
  const int before = pinned_cpu();
  std::mutex mutex;
  std::map<unsigned, std::set<int>> outer_cpus;
  std::vector<std::pair<int, int>> inner_pairs;  // the CPUs of inner workers 0 and 1
  parallel_for_workers(
      2,
      [&](unsigned worker, size_t) {
        const int outer = pinned_cpu();
        int inner[2] = {-1, -1};
        std::atomic<unsigned> arrived{0};
        parallel_for_workers(
            4,
            [&](unsigned w, size_t) {
              inner[w] = pinned_cpu();
              // Each job waits for the other worker, so that both take one.
              arrived |= 1u << w;
              const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
              while (arrived != 3u && std::chrono::steady_clock::now() < give_up)
                std::this_thread::yield();
            },
            2);
        std::lock_guard<std::mutex> lock(mutex);
        outer_cpus[worker].insert(outer);
        inner_pairs.emplace_back(inner[0], inner[1]);
        CHECK(pinned_cpu() == outer);  // the nested run gave the worker its CPU back
      },
      2);
  CHECK(pinned_cpu() == before);
  REQUIRE(outer_cpus.size() == 2);
  CHECK(outer_cpus[0].size() == 1);
  CHECK(outer_cpus[1].size() == 1);
  CHECK(*outer_cpus[0].begin() >= 0);
  CHECK(*outer_cpus[0].begin() != *outer_cpus[1].begin());
  for (const auto& [first, second] : inner_pairs) {
    CHECK(first >= 0);
    CHECK(first != second);
  }
}
