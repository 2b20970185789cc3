// parallel_for on a process-wide pool of pinned worker threads that join whichever run has jobs.
#include "core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "core/cpu_pin.hpp"
#include "core/stage_timer.hpp"

namespace kp {

namespace {

// One parallel_for_workers call: its jobs, handed out in order, and who works on them.
struct Run {
  size_t n = 0;
  const std::function<void(unsigned, size_t)>* job = nullptr;
  unsigned max_workers = 1;     // the caller included
  std::atomic<size_t> next{0};  // the next job to hand out
  unsigned joined = 1;          // workers numbered so far (the caller is 0); under the pool's lock
  unsigned inside = 0;          // helpers working on it now; under the pool's lock
  std::exception_ptr error;
  std::mutex error_mutex;

  bool open() const { return next.load() < n && joined < max_workers; }

  // Runs jobs as worker `w` until none is left; the first error stops the handing out.
  void work(unsigned w) {
    for (size_t i; (i = next++) < n;) {
      try {
        (*job)(w, i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  }
};

// Threads started once and kept: a thread's state (its font contexts) stays warm from one run
// to the next, and no run pays for starting threads. Each helper stays on a CPU of its own, and
// joins a run only when idle, so runs started inside a job never put two threads on one core.
// Never destroyed: the helpers wait for work until the process ends.
class Pool {
 public:
  // Makes sure `count` helpers exist; fewer when the system refuses more threads.
  void ensure_helpers(unsigned count) {
    std::lock_guard<std::mutex> lock(mutex_);
    while (helpers_ < count) {
      // CPU slot 0 is the main thread's. Chosen here: a helper must not read usable_cpus()
      // itself, in case it first runs while the program is ending.
      const std::vector<int>& cpus = usable_cpus();
      const int cpu = cpus.size() > 1 ? cpus[(helpers_ + 1) % cpus.size()] : -1;
      try {
        std::thread([this, cpu] { helper(cpu); }).detach();
      } catch (const std::system_error&) {
        return;
      }
      ++helpers_;
    }
  }

  // Runs `run` with the caller as worker 0 and idle helpers as the others; while jobs taken by
  // others are still running, the caller helps other runs.
  void execute(Run& run) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      runs_.push_back(&run);
    }
    work_.notify_all();  // idle helpers
    done_.notify_all();  // callers waiting for their own runs, who help meanwhile
    run.work(0);
    std::unique_lock<std::mutex> lock(mutex_);
    while (run.inside > 0) {
      unsigned w = 0;
      if (Run* other = claim(w)) {
        lock.unlock();
        help(*other, w);
        lock.lock();
        leave(*other);
        continue;
      }
      done_.wait(lock);
    }
    runs_.erase(std::find(runs_.begin(), runs_.end(), &run));
  }

 private:
  // A run that can take one more worker, and that worker's number; nullptr if none. Locked.
  Run* claim(unsigned& worker) {
    for (Run* r : runs_)
      if (r->open()) {
        worker = r->joined++;
        ++r->inside;
        return r;
      }
    return nullptr;
  }

  // Works on another run while waiting for one's own; the time counts as helping (see
  // helping_nanoseconds), once, however deep the runs nest.
  static void help(Run& other, unsigned w) {
    const long long before = helping_nanoseconds();
    long long span = 0;
    {
      const TimedScope helping(span);
      other.work(w);
    }
    helping_nanoseconds() = before + span;  // nested helping is inside the span already
  }

  void leave(Run& r) {  // locked
    --r.inside;
    done_.notify_all();
  }

  void helper(int cpu) {
    std::optional<CpuPin> pin;
    if (cpu >= 0) pin.emplace(cpu);
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      unsigned w = 0;
      Run* r = claim(w);
      if (!r) {
        work_.wait(lock);
        continue;
      }
      lock.unlock();
      r->work(w);
      lock.lock();
      leave(*r);
    }
  }

  std::mutex mutex_;
  std::condition_variable work_, done_;
  std::vector<Run*> runs_;
  unsigned helpers_ = 0;
};

Pool& pool() {
  static Pool* p = new Pool;  // see Pool: never destroyed
  return *p;
}

}  // namespace

unsigned worker_count(size_t n, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, static_cast<unsigned>(std::min<size_t>(threads, n)));
}

void parallel_for_workers(size_t n, const std::function<void(unsigned, size_t)>& job,
                          unsigned threads) {
  // One thread per CPU at most: more would only take turns on the same cores (and a run with
  // places left would let a waiting caller start one of its jobs deep inside another).
  const std::vector<int>& cpus = usable_cpus();
  const auto cpu_count = static_cast<unsigned>(std::max<size_t>(1, cpus.size()));
  const unsigned workers = std::min(worker_count(n, threads), cpu_count);
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) job(0, i);
    return;
  }
  Pool& p = pool();
  p.ensure_helpers(workers - 1);
  // The calling thread keeps to the first CPU while it works with the helpers (unless it is
  // a pinned worker already): Pango's helper threads then start beside it.
  std::optional<CpuPin> pin;
  if (cpus.size() > 1 && pinned_cpu() < 0) pin.emplace(cpus[0]);
  Run run;
  run.n = n;
  run.job = &job;
  run.max_workers = workers;
  p.execute(run);
  if (run.error) std::rethrow_exception(run.error);
}

void parallel_for(size_t n, const std::function<void(size_t)>& job, unsigned threads) {
  parallel_for_workers(
      n, [&](unsigned, size_t i) { job(i); }, threads);
}

}  // namespace kp
