// Unit tests for core/atomic_file: all-or-nothing writes.
#include "core/atomic_file.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "core/stage_timer.hpp"

using namespace kp;
namespace fs = std::filesystem;

TEST_CASE("an uncommitted output leaves the previous file and no temporary behind") {
  fs::path dir = fs::temp_directory_path() / ("kp-atomic-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string target = (dir / "cards.pdf").string();
  write_file_atomic(target, "first");
  {
    AtomicOutput out(target);
    write_file_atomic(out.temp_path(), "partial");  // simulate a writer that then fails
  }
  CHECK(read_file(target) == "first");
  size_t n = 0;
  for (auto& e : fs::directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
  CHECK(n == 1);
  write_file_atomic(target, "second");
  CHECK(read_file(target) == "second");
  fs::remove_all(dir);
}

TEST_CASE("writing into a missing folder fails with the file's name") {
  CHECK_THROWS_WITH_AS(write_file_atomic("/nonexistent-kp-dir/x.pdf", "x"),
                       doctest::Contains("x.pdf"), std::runtime_error);
}

TEST_CASE("two outputs of the same file at once write to temporary files of their own") {
  const std::string target =
      (std::filesystem::temp_directory_path() / "kp-atomic-twice.txt").string();
  AtomicOutput first(target), second(target);
  CHECK(first.temp_path() != second.temp_path());
  write_bytes(first.temp_path(), "first", target);
  write_bytes(second.temp_path(), "second", target);
  first.commit();
  second.commit();
  CHECK(read_file(target) == "second");
  std::filesystem::remove(target);
}

TEST_CASE("committing counts as writing time, on the committing thread only") {
  const std::string target =
      (std::filesystem::temp_directory_path() / "kp-atomic-timed.txt").string();
  long long other_before = 0, other_after = 0;
  std::thread other([&] {
    other_before = write_nanoseconds();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    other_after = write_nanoseconds();
  });
  const long long before = write_nanoseconds();
  write_file_atomic(target, "timed");
  CHECK(write_nanoseconds() > before);
  other.join();
  CHECK(other_after == other_before);
  std::filesystem::remove(target);
}
