// Progress of a build: a redrawn bar on a terminal, one line per file otherwise, nothing if quiet.
#pragma once
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace kp {

class Progress {
 public:
  enum class Mode { Bar, Lines, Silent };
  // Bar when standard error is a terminal (and TERM is not "dumb"), Lines otherwise; Silent if
  // quiet.
  static Mode mode_for(bool quiet);

  // `parts` (the languages) are known from the start, so the bar never goes back; each part's
  // files are known once it is laid out (part()).
  Progress(Mode mode, size_t parts, std::FILE* out = stderr);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // The progress of part `index` (thread-safe), which writes `files` files: tell it of each.
  class Part {
   public:
    void done(const std::string& what);

   private:
    friend class Progress;
    Part(Progress* owner, size_t index) : owner_(owner), index_(index) {}
    Progress* owner_;
    size_t index_;
  };
  Part part(size_t index, size_t files);
  // Files written so far, over every part.
  size_t files_done() const;

  // The line drawn for the bar, `columns` wide at most (for tests: no terminal needed).
  std::string bar_line(const std::string& what, size_t columns) const;

 private:
  void done(size_t index, const std::string& what);
  Mode mode_;
  std::FILE* out_;
  mutable std::mutex mutex_;
  std::vector<size_t> total_, count_;  // per part; total 0 until it is laid out
  bool drawn_ = false;
};

// The terminal's width in columns for the stream (COLUMNS, else 80, when it is not a terminal).
size_t terminal_columns(std::FILE* out);

}  // namespace kp
