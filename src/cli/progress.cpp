// Drawing the progress bar or the per-file lines.
#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "core/utf8.hpp"

namespace kp {

namespace {
// Characters on screen of UTF-8 text.
size_t columns_of(const std::string& s) {
  return static_cast<size_t>(utf8_count(s, s.size()));
}

// The last `columns` characters of `s`, "…" in front when cut.
std::string tail_of(const std::string& s, size_t columns) {
  if (columns_of(s) <= columns) return s;
  if (columns == 0) return {};
  size_t keep = columns - 1, at = s.size();
  while (at > 0 && keep > 0) {
    --at;
    if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80) --keep;
  }
  return "…" + s.substr(at);
}
}  // namespace

size_t terminal_columns(std::FILE* out) {
  winsize ws{};
  if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0)
    return static_cast<size_t>(std::atoi(c));
  return 80;
}

Progress::Mode Progress::mode_for(bool quiet) {
  if (quiet) return Mode::Silent;
  const char* term = std::getenv("TERM");
  if (isatty(2) && !(term && std::strcmp(term, "dumb") == 0)) return Mode::Bar;
  return Mode::Lines;
}

Progress::Progress(Mode mode, size_t parts, std::FILE* out)
    : mode_(mode),
      out_(out),
      total_(std::max<size_t>(parts, 1), 0),
      count_(std::max<size_t>(parts, 1), 0) {}

Progress::~Progress() {
  if (mode_ == Mode::Bar && drawn_) std::fprintf(out_, "\r\033[K");
}

Progress::Part Progress::part(size_t index, size_t files) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (index < total_.size()) total_[index] = files;
  return Part(this, index);
}

void Progress::Part::done(const std::string& what) {
  owner_->done(index_, what);
}

size_t Progress::files_done() const {
  std::lock_guard<std::mutex> lock(mutex_);
  size_t n = 0;
  for (size_t c : count_) n += c;
  return n;
}

std::string Progress::bar_line(const std::string& what, size_t columns) const {
  // Each part counts for the same share, filled as its files are written.
  double fraction = 0;
  size_t parts_done = 0, files = 0, files_total = 0;
  for (size_t i = 0; i < total_.size(); ++i) {
    if (total_[i]) fraction += static_cast<double>(count_[i]) / static_cast<double>(total_[i]);
    if (total_[i] && count_[i] >= total_[i]) ++parts_done;
    files += count_[i];
    files_total += total_[i];
  }
  fraction /= static_cast<double>(total_.size());
  std::string counter =
      total_.size() > 1
          ? std::to_string(parts_done) + "/" + std::to_string(total_.size()) + " languages"
          : std::to_string(files) + "/" + std::to_string(files_total) + " files";
  const size_t width = std::clamp<size_t>(columns / 4, 5, 30);
  const size_t filled = std::min(width, static_cast<size_t>(static_cast<double>(width) * fraction));
  std::string line =
      "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] " + counter;
  // One column is left free: a line that fills the width wraps on some terminals.
  if (columns_of(line) + 1 >= columns) return tail_of(line, columns > 1 ? columns - 1 : 0);
  const size_t room = columns - 1 - columns_of(line) - 1;
  return room > 1 ? line + " " + tail_of(what, room) : line;
}

void Progress::done(size_t index, const std::string& what) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (index < count_.size()) ++count_[index];
  if (mode_ == Mode::Lines) {
    std::fprintf(out_, "wrote %s\n", what.c_str());
  } else if (mode_ == Mode::Bar) {
    std::fprintf(out_, "\r\033[K%s", bar_line(what, terminal_columns(out_)).c_str());
    drawn_ = true;
  }
  std::fflush(out_);
}

}  // namespace kp
