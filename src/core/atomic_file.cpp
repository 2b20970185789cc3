// Atomic file output and small file-system helpers.
#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kp {
namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(std::string target) : target_(std::move(target)) {
  fs::path t(target_);
  temp_ = (t.parent_path() / ("." + t.filename().string() + ".tmp-" + std::to_string(getpid())))
              .string();
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) std::remove(temp_.c_str());
}

void AtomicOutput::commit() {
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd < 0) {
    throw std::runtime_error("cannot write " + target_ + ": the temporary file " + temp_ +
                             " is missing (" + std::strerror(errno) + ")");
  }
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw std::runtime_error("cannot write " + target_ + ": " + std::strerror(errno));
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error("cannot write " + target_ + ": " + std::strerror(errno));
  }
  committed_ = true;
}

void write_file_atomic(const std::string& target, const std::string& bytes) {
  AtomicOutput out(target);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    if (!f) throw std::runtime_error("cannot write " + target + ": " + std::strerror(errno));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.flush();
    if (!f) throw std::runtime_error("cannot write " + target + ": " + std::strerror(errno));
  }
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
