// Drawing the progress bar or the per-file lines.
#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace kp {

Progress::Mode Progress::mode_for(bool quiet) {
  if (quiet) return Mode::Silent;
  const char* term = std::getenv("TERM");
  if (isatty(2) && !(term && std::strcmp(term, "dumb") == 0)) return Mode::Bar;
  return Mode::Lines;
}

Progress::Progress(Mode mode, size_t total, std::FILE* out)
    : mode_(mode), total_(total), out_(out) {}

Progress::~Progress() {
  if (mode_ == Mode::Bar && drawn_) std::fprintf(out_, "\r\033[K");
}

void Progress::add_total(size_t n) {
  std::lock_guard<std::mutex> lock(mutex_);
  total_ += n;
}

void Progress::done(const std::string& what) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++count_;
  if (mode_ == Mode::Lines) {
    std::fprintf(out_, "wrote %s\n", what.c_str());
  } else if (mode_ == Mode::Bar) {
    const int width = 30;
    int filled = total_ ? static_cast<int>(width * count_ / total_) : width;
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(width, '.');
    std::string name = what.size() > 40 ? "…" + what.substr(what.size() - 39) : what;
    std::fprintf(out_, "\r\033[K[%s] %zu/%zu %s", bar.c_str(), count_, total_, name.c_str());
    drawn_ = true;
  }
  std::fflush(out_);
}

}  // namespace kp
