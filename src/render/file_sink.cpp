// Buffered, checked file output for cairo's stream writers.
#include "render/file_sink.hpp"

#include "core/atomic_file.hpp"
#include "core/stage_timer.hpp"

namespace kp {

FileSink::FileSink(const std::string& path, const std::string& shown)
    : path_(path), shown_(shown) {}

FileSink::~FileSink() = default;

cairo_status_t FileSink::write(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<FileSink*>(closure)->bytes_.append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void FileSink::close() {
  const TimedScope writing(write_nanoseconds());
  write_bytes(path_, bytes_, shown_);
}

}  // namespace kp
