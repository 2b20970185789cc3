// CpuPin: a pinned thread, and the threads it starts, stay on one CPU until the pin ends.
#include <doctest/doctest.h>

#include <thread>

#include "core/cpu_pin.hpp"

using namespace kp;

TEST_CASE("usable_cpus lists at least the CPU this test runs on") {
  CHECK_FALSE(usable_cpus().empty());
}

TEST_CASE("a pin holds the thread and the threads it starts on one CPU, then lets go") {
  const auto& cpus = usable_cpus();
  if (cpus.size() < 2) {
    MESSAGE("one usable CPU: nothing to pin");
    return;
  }
  const int before = pinned_cpu();
  {
    CpuPin pin(cpus[1]);
    CHECK(pinned_cpu() == cpus[1]);
    int child = -2;
    std::thread([&] { child = pinned_cpu(); }).join();
    CHECK(child == cpus[1]);
    {
      CpuPin inner(cpus[0]);
      CHECK(pinned_cpu() == cpus[0]);
    }
    CHECK(pinned_cpu() == cpus[1]);
  }
  CHECK(pinned_cpu() == before);
}

TEST_CASE("a CPU that does not exist leaves the thread as it was") {
  const int before = pinned_cpu();
  {
    CpuPin pin(-1);
    CHECK(pinned_cpu() == before);
  }
  CHECK(pinned_cpu() == before);
}
