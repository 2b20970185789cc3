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
#include "core/stage_timer.hpp"

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
  std::map<unsigned, int> outer_cpu;
  int inner_cpu[2] = {-1, -1};
  // Job 0 starts a run that waits until two workers have joined it; job 1 ends at once, so that
  // the worker that took it is free to join.
  parallel_for_workers(
      2,
      [&](unsigned worker, size_t i) {
        {
          std::lock_guard<std::mutex> lock(mutex);
          outer_cpu[worker] = pinned_cpu();
        }
        if (i == 1) return;
        const int outer = pinned_cpu();
        std::atomic<unsigned> arrived{0};
        parallel_for_workers(
            4,
            [&](unsigned w, size_t) {
              inner_cpu[w] = pinned_cpu();
              arrived |= 1u << w;
              const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
              while (arrived != 3u && std::chrono::steady_clock::now() < give_up)
                std::this_thread::yield();
            },
            2);
        CHECK(arrived == 3u);
        CHECK(pinned_cpu() == outer);  // the nested run left the worker on its CPU
      },
      2);
  CHECK(pinned_cpu() == before);
  REQUIRE(outer_cpu.size() == 2);
  CHECK(outer_cpu[0] >= 0);
  CHECK(outer_cpu[1] >= 0);
  CHECK(outer_cpu[0] != outer_cpu[1]);
  CHECK(inner_cpu[0] >= 0);
  CHECK(inner_cpu[1] >= 0);
  CHECK(inner_cpu[0] != inner_cpu[1]);
}

TEST_CASE("the same worker thread serves one run after another") {
  if (usable_cpus().size() < 2) {
    MESSAGE("one usable CPU: no helper threads");
    return;
  }
  // The pool keeps its threads: per-thread state (a font context) stays warm between runs.
  auto helper_of_a_run = [] {
    std::thread::id helper;
    std::atomic<unsigned> arrived{0};
    parallel_for_workers(
        4,
        [&](unsigned w, size_t) {
          if (w == 1) helper = std::this_thread::get_id();
          arrived |= 1u << w;  // each job waits for both workers, so that both take part
          const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
          while (arrived != 3u && std::chrono::steady_clock::now() < give_up)
            std::this_thread::yield();
        },
        2);
    return helper;
  };
  const std::thread::id first = helper_of_a_run();
  const bool helped = first != std::thread::id() && first != std::this_thread::get_id();
  CHECK(helped);
  const bool same_helper = helper_of_a_run() == first;
  CHECK(same_helper);
}

namespace {

// A run of two jobs: worker 0 (the caller) ends its job once worker 1 has started its own,
// which runs `nested`; the caller then waits for worker 1 and may help.
void caller_waits_while(const std::function<void()>& nested) {
  std::atomic<bool> started{false};
  parallel_for_workers(
      2,
      [&](unsigned worker, size_t) {
        if (worker == 0) {
          const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
          while (!started && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
          return;
        }
        started = true;
        nested();
      },
      2);
}

// A run of 8 jobs, each waiting until two workers have joined the run.
unsigned run_needing_two_workers() {
  std::atomic<unsigned> arrived{0};
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  parallel_for_workers(
      8,
      [&](unsigned w, size_t) {
        arrived |= 1u << w;
        while (arrived != 3u && std::chrono::steady_clock::now() < give_up)
          std::this_thread::yield();
      },
      2);
  return arrived;
}

}  // namespace

TEST_CASE("a caller waiting for its run joins a run started meanwhile") {
  if (usable_cpus().size() < 2) {
    MESSAGE("one usable CPU: no helper threads");
    return;
  }
  unsigned arrived = 0;
  caller_waits_while([&] { arrived = run_needing_two_workers(); });
  CHECK(arrived == 3u);
}

TEST_CASE("time spent helping other runs is counted apart from one's own") {
  if (usable_cpus().size() > 1) {
    const long long before = helping_nanoseconds();
    caller_waits_while([] { run_needing_two_workers(); });
    CHECK(helping_nanoseconds() > before);  // the caller helped the nested run
  }
  TaskTimer task;
  helping_nanoseconds() += 40'000'000;  // as if 40 ms went to another run meanwhile
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(task.elapsed_ms() < 40);
  CHECK(task.elapsed_ms() >= 5);
}
