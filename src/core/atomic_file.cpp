// Atomic file output and small file-system helpers.
#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

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
constexpr size_t kSlots = 2048;
constexpr size_t kPathMax = 1024;
std::array<std::atomic<bool>, kSlots> g_used{};
std::array<std::array<char, kPathMax>, kSlots> g_paths{};

int claim_slot(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      g_used[i] = false;  // not visible to the handler until the path is complete
      std::memcpy(g_paths[i].data(), path.c_str(), path.size() + 1);
      g_used[i] = true;
      return static_cast<int>(i);
    }
  }
  return -1;
}

void release_slot(int slot) {
  if (slot >= 0) g_used[static_cast<size_t>(slot)] = false;
}

extern "C" void remove_temp_files_and_die(int sig) {
  for (size_t i = 0; i < kSlots; ++i)
    if (g_used[i]) ::unlink(g_paths[i].data());
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

}  // namespace

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
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error("cannot write " + target_ + ": " + std::strerror(errno));
  }
  committed_ = true;
}

void write_bytes(const std::string& path, const std::string& bytes, const std::string& shown) {
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
