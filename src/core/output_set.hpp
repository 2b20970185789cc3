// A build's whole output set: every file staged beside its target, all put in place at the end.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"

namespace kp {

// The rule for users: a build replaces the whole set of files it was asked for, or none of
// them. Each output is written completely into stage(target); commit() then syncs every staged
// file and, only when all are on disk, renames each over its target. Destroyed without
// commit() (an error in any language, a full disk, an exception), it removes the staged files
// and the folders it created for them, and the previous outputs stay as they were. An
// interrupted build removes the staged files too.
class OutputSet {
 public:
  OutputSet() = default;
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  ~OutputSet();

  // Creates folder `dir` and its missing parents, remembering those it created (removed again,
  // when still empty, unless the set is committed); throws std::runtime_error on failure.
  // Thread-safe.
  void make_folder(const std::string& dir);
  // A temporary path beside `target` to write the file into. Thread-safe.
  std::string stage(const std::string& target);
  // Syncs every staged file, then renames each over its target; throws std::runtime_error
  // naming the file when one cannot be synced (then none is renamed).
  void commit();
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<AtomicOutput>> files_;
  std::vector<std::string> created_;  // folders make_folder created, parents first
  bool committed_ = false;
};

}  // namespace kp
