// Checked stdio writes for cairo output streams.
#include "render/file_sink.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kp {

FileSink::FileSink(const std::string& path, const std::string& shown) : shown_(shown) {
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) throw std::runtime_error("cannot write " + shown_ + ": " + std::strerror(errno));
}

FileSink::~FileSink() {
  if (file_) std::fclose(file_);
}

cairo_status_t FileSink::write(void* closure, const unsigned char* data, unsigned int length) {
  auto* self = static_cast<FileSink*>(closure);
  if (self->error_) return CAIRO_STATUS_WRITE_ERROR;
  if (std::fwrite(data, 1, length, self->file_) != length) {
    self->error_ = errno ? errno : EIO;
    return CAIRO_STATUS_WRITE_ERROR;
  }
  return CAIRO_STATUS_SUCCESS;
}

void FileSink::close() {
  if (!error_ && std::fflush(file_) != 0) error_ = errno ? errno : EIO;
  if (std::fclose(file_) != 0 && !error_) error_ = errno ? errno : EIO;
  file_ = nullptr;
  if (error_) throw std::runtime_error("cannot write " + shown_ + ": " + std::strerror(error_));
}

}  // namespace kp
