// A checked file sink for cairo's stream writers: every short write is remembered and reported.
#pragma once
#include <cairo.h>

#include <cstdio>
#include <string>

namespace kp {

// Opens `path` for writing; cairo writes through write(). close() flushes and throws
// std::runtime_error naming `shown` (the user's file) if any write, flush or close failed.
class FileSink {
 public:
  FileSink(const std::string& path, const std::string& shown);
  ~FileSink();
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;

  static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length);
  void close();

 private:
  std::FILE* file_ = nullptr;
  std::string shown_;
  int error_ = 0;  // errno of the first failure
};

}  // namespace kp
