// Atomic file output and small file-system helpers.
#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <time.h>

#include <array>
#include <atomic>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/stage_timer.hpp"

namespace kp {
namespace fs = std::filesystem;

namespace {

// Temporary files in progress, readable from a signal handler (fixed storage, no locks).
// A whole output set is staged at once: six languages with PNG proofs hold a few hundred.
// A slot is free, being filled by the thread that claimed it, or ready (its path complete).
constexpr size_t kSlots = 2048;
constexpr size_t kPathMax = 1024;
enum SlotState : int { kFree = 0, kFilling = 1, kReady = 2 };
std::array<std::atomic<int>, kSlots> g_state{};
std::array<std::array<char, kPathMax>, kSlots> g_paths{};

// Set by the handler of a fatal signal; file creations in flight (all threads) and in this one.
std::atomic<bool> g_dying{false};
std::atomic<int> g_creating{0};
thread_local int t_creating = 0;

int claim_slot(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (size_t i = 0; i < kSlots; ++i) {
    int expected = kFree;
    // Free -> filling is this thread's alone: no other thread can claim the slot meanwhile,
    // and the handler skips it until the path is complete.
    if (g_state[i].compare_exchange_strong(expected, kFilling)) {
      std::memcpy(g_paths[i].data(), path.c_str(), path.size() + 1);
      g_state[i] = kReady;
      return static_cast<int>(i);
    }
  }
  return -1;
}

void release_slot(int slot) {
  if (slot >= 0) g_state[static_cast<size_t>(slot)] = kFree;
}

// Other threads go on running while the handler runs: it first stops new file creations,
// waits (at most 5 s) for those in flight in other threads, then removes every registered
// temporary file, so that none is created or renamed into place behind its back.
extern "C" void remove_temp_files_and_die(int sig) {
  g_dying = true;
  const timespec ms{0, 1000000};
  for (int waited = 0; g_creating.load() > t_creating && waited < 5000; ++waited)
    ::nanosleep(&ms, nullptr);
  for (size_t i = 0; i < kSlots; ++i)
    if (g_state[i].load() == kReady) ::unlink(g_paths[i].data());
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

}  // namespace

FileCreation::FileCreation() {
  ++t_creating;
  ++g_creating;
  if (g_dying) {
    // The process is being interrupted: create nothing more, wait to be ended.
    --g_creating;
    for (;;) ::pause();
  }
}

FileCreation::~FileCreation() {
  --g_creating;
  --t_creating;
}

std::vector<std::string> registered_temp_files() {
  std::vector<std::string> out;
  for (size_t i = 0; i < kSlots; ++i)
    if (g_state[i].load() == kReady) out.emplace_back(g_paths[i].data());
  return out;
}

void install_output_guards() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::signal(sig, remove_temp_files_and_die);
  ::signal(SIGXFSZ, SIG_IGN);  // a write past the file-size limit then fails with EFBIG
}

AtomicOutput::AtomicOutput(std::string target) : target_(std::move(target)) {
  // Unique to the process and to each output in it: two threads may write the same file.
  static std::atomic<unsigned long> serial{0};
  fs::path t(target_);
  temp_ = (t.parent_path() / ("." + t.filename().string() + ".tmp-" + std::to_string(getpid()) +
                              "-" + std::to_string(serial++)))
              .string();
  slot_ = claim_slot(temp_);
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) std::remove(temp_.c_str());
  release_slot(slot_);
}

void AtomicOutput::commit() {
  sync();
  rename_into_place();
}

void AtomicOutput::sync() {
  const TimedScope writing(write_nanoseconds());  // syncing and renaming count as writing
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd < 0) {
    throw std::runtime_error("cannot write " + target_ + ": the temporary file " + temp_ +
                             " is missing (" + std::strerror(errno) + ")");
  }
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw std::runtime_error("cannot write " + target_ + ": " + std::strerror(errno));
}

void AtomicOutput::rename_into_place() {
  const TimedScope writing(write_nanoseconds());
  const FileCreation creating;
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error("cannot write " + target_ + ": " + std::strerror(errno));
  }
  committed_ = true;
}

void write_bytes(const std::string& path, const std::string& bytes, const std::string& shown) {
  const FileCreation creating;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error("cannot write " + shown + ": " + std::strerror(errno));
  int error = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) error = errno ? errno : EIO;
  if (!error && std::fflush(f) != 0) error = errno ? errno : EIO;
  if (std::fclose(f) != 0 && !error) error = errno ? errno : EIO;
  if (error) throw std::runtime_error("cannot write " + shown + ": " + std::strerror(error));
}

void write_file_atomic(const std::string& target, const std::string& bytes) {
  AtomicOutput out(target);
  write_bytes(out.temp_path(), bytes, target);
  out.commit();
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

void make_directories(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) throw std::runtime_error("cannot create folder " + path + ": " + ec.message());
}

}  // namespace kp
