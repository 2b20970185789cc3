// Stage timing counters and peak memory.
#include "core/stage_timer.hpp"

#include <sys/resource.h>

namespace kp {

long long& write_nanoseconds() {
  thread_local long long ns = 0;
  return ns;
}

long long& helping_nanoseconds() {
  thread_local long long ns = 0;
  return ns;
}

double peak_memory_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace kp
