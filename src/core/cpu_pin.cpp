// CPU affinity of worker threads (Linux sched_setaffinity).
#include "core/cpu_pin.hpp"

#include <pthread.h>

namespace kp {

namespace {

std::vector<int> cpus_in(const cpu_set_t& set) {
  std::vector<int> cpus;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
    if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
  return cpus;
}

}  // namespace

const std::vector<int>& usable_cpus() {
  // Never destroyed: worker threads may still read it while the program ends.
  static const std::vector<int>* cpus = [] {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return new std::vector<int>;
    return new std::vector<int>(cpus_in(set));
  }();
  return *cpus;
}

int pinned_cpu() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (pthread_getaffinity_np(pthread_self(), sizeof set, &set) != 0) return -1;
  const std::vector<int> cpus = cpus_in(set);
  return cpus.size() == 1 ? cpus.front() : -1;
}

CpuPin::CpuPin(int cpu) {
  cpu_set_t old;
  CPU_ZERO(&old);
  if (cpu < 0 || cpu >= CPU_SETSIZE ||
      pthread_getaffinity_np(pthread_self(), sizeof old, &old) != 0)
    return;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  if (pthread_setaffinity_np(pthread_self(), sizeof one, &one) != 0) return;
  old_mask_ = old;
  pinned_ = true;
}

CpuPin::~CpuPin() {
  if (!pinned_) return;
  pthread_setaffinity_np(pthread_self(), sizeof old_mask_, &old_mask_);
}

}  // namespace kp
