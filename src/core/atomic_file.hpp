// Writing output files atomically: into a temporary file beside the target, then rename.
#pragma once
#include <string>
#include <vector>

namespace kp {

// Holds a temporary path next to `target`; commit() renames it over the target.
// If destroyed without commit (error, exception), the temporary file is removed.
class AtomicOutput {
 public:
  explicit AtomicOutput(std::string target);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  const std::string& temp_path() const { return temp_; }
  const std::string& target() const { return target_; }
  // Flushes the temp file to disk and renames it; throws std::runtime_error on failure.
  void commit();
  // The two steps of commit(), for a set of files synced first and renamed last (OutputSet).
  void sync();
  void rename_into_place();

 private:
  std::string target_;
  std::string temp_;
  bool committed_ = false;
  int slot_ = -1;  // registration for removal on a fatal signal
};

// Marks the creation (or rename) of an output file by path: while one is in flight in another
// thread, an interrupting signal waits for it to end before removing the temporary files, and
// none starts once the process is being interrupted. Wrap every call that creates a file.
class FileCreation {
 public:
  FileCreation();
  ~FileCreation();
  FileCreation(const FileCreation&) = delete;
  FileCreation& operator=(const FileCreation&) = delete;
};

// The temporary files a fatal signal would remove now (for tests).
std::vector<std::string> registered_temp_files();

// Makes an interrupted build (Ctrl-C, SIGTERM, SIGHUP) remove its temporary files before it
// dies, and turns "file too large" (SIGXFSZ) into a write error. Call once at start-up.
void install_output_guards();

// Writes bytes to `target` atomically; throws std::runtime_error naming the file on failure.
void write_file_atomic(const std::string& target, const std::string& bytes);
// Writes bytes to `path` (no rename); throws std::runtime_error naming `shown` on any failure.
void write_bytes(const std::string& path, const std::string& bytes, const std::string& shown);
// Reads a whole file; throws std::runtime_error naming the file on failure.
std::string read_file(const std::string& path);
// Creates a directory and its parents; throws std::runtime_error on failure.
void make_directories(const std::string& path);

}  // namespace kp
