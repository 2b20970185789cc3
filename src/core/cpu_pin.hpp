// Keeping a worker thread on one CPU, so that the helper threads it starts run beside it.
#pragma once
#include <sched.h>

#include <vector>

namespace kp {

// The CPUs this process may run on, in order: its affinity when first asked, which
// parallel_for_workers does before it pins any thread.
const std::vector<int>& usable_cpus();

// The CPU the calling thread is pinned to, or -1 when it may run on several.
int pinned_cpu();

// While alive, keeps the calling thread on one CPU; then gives it back the CPUs it had. A thread
// started meanwhile inherits the pin: Pango 1.50 matches each new font on two short-lived
// threads that the layout thread waits for, and on the same CPU they run the moment it waits,
// instead of queueing behind the other core's worker. Does nothing if the system refuses.
class CpuPin {
 public:
  explicit CpuPin(int cpu);
  ~CpuPin();
  CpuPin(const CpuPin&) = delete;
  CpuPin& operator=(const CpuPin&) = delete;

 private:
  cpu_set_t old_mask_{};
  bool pinned_ = false;
};

}  // namespace kp
