// A checked file sink for cairo's stream writers: every short write is remembered and reported.
#pragma once
#include <cairo.h>

#include <string>

namespace kp {

// Collects what cairo writes through write(); close() writes it to `path` in one go (timed
// as the write stage) and throws std::runtime_error naming `shown` (the user's file) if the
// write, flush or close failed.
class FileSink {
 public:
  FileSink(const std::string& path, const std::string& shown);
  ~FileSink();
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;

  static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length);
  void close();

 private:
  std::string path_, shown_, bytes_;
};

}  // namespace kp
