// Staging a build's outputs and putting them all in place at once.
#include "core/output_set.hpp"

namespace kp {

std::string OutputSet::stage(const std::string& target) {
  auto file = std::make_unique<AtomicOutput>(target);
  std::string temp = file->temp_path();
  std::lock_guard<std::mutex> lock(mutex_);
  files_.push_back(std::move(file));
  return temp;
}

void OutputSet::commit() {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto& f : files_) f->sync();
  for (auto& f : files_) f->rename_into_place();
}

size_t OutputSet::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_.size();
}

}  // namespace kp
