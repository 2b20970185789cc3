// Watches a kit folder (inotify) for saved files: one burst of saves is one change, named.
#include "core/kit_watcher.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace kp {

namespace {
namespace fs = std::filesystem;

// Whether `path` is `folder` or lies inside it (both absolute and normal).
bool inside(const fs::path& path, const fs::path& folder) {
  auto f = folder.begin(), p = path.begin();
  for (; f != folder.end() && !f->empty(); ++f, ++p)
    if (p == path.end() || *p != *f) return false;
  return true;
}

fs::path absolute_path(const std::string& p) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(p), ec);
}

}  // namespace

KitWatcher::KitWatcher(std::string kit_dir, const std::string& out_dir)
    : kit_dir_(std::move(kit_dir)), out_dir_(absolute_path(out_dir).string()) {
  fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (fd_ < 0) {
    error_ = std::string("cannot watch files: ") + std::strerror(errno);
    return;
  }
  watch_tree();
  if (dirs_.empty()) error_ = "cannot watch " + kit_dir_ + ": no such folder";
}

KitWatcher::~KitWatcher() {
  if (fd_ >= 0) close(fd_);
}

void KitWatcher::watch_tree() {
  auto add = [&](const fs::path& p) {
    int wd = inotify_add_watch(
        fd_, p.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM);
    if (wd >= 0) dirs_[wd] = p.string();
  };
  add(kit_dir_);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(kit_dir_, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    if (inside(absolute_path(it->path().string()), out_dir_)) {
      it.disable_recursion_pending();
      continue;
    }
    add(it->path());
  }
}

std::optional<std::string> KitWatcher::wait(int timeout_ms) {
  if (fd_ < 0) return std::nullopt;
  alignas(inotify_event) char buf[16384];
  pollfd p{fd_, POLLIN, 0};
  int ready = poll(&p, 1, timeout_ms);
  if (ready <= 0) return std::nullopt;  // timeout, or a signal: the caller asks again
  bool new_dir = false;
  std::vector<std::string> saved, gone;
  do {
    ssize_t n = read(fd_, buf, sizeof buf);
    for (char* ptr = buf; n > 0 && ptr < buf + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(ptr);
      std::string name = ev->len ? ev->name : "";
      auto dir = dirs_.find(ev->wd);
      const fs::path path = dir == dirs_.end() ? fs::path(name) : fs::path(dir->second) / name;
      const bool ours = inside(absolute_path(path.string()), out_dir_);
      if ((ev->mask & IN_ISDIR) && (ev->mask & IN_CREATE) && !ours) new_dir = true;
      if (!ours && !name.empty() && name[0] != '.' && name.back() != '~') {
        // The file may be gone already (an editor's or sed's temporary file): no throwing here.
        std::error_code ec;
        std::string rel = path.lexically_relative(kit_dir_).string();
        if (rel.empty() || rel.rfind("..", 0) == 0) rel = fs::relative(path, kit_dir_, ec).string();
        if (rel.empty()) rel = path.filename().string();
        (ev->mask & (IN_MOVED_FROM | IN_DELETE) ? gone : saved).push_back(rel);
      }
      ptr += sizeof(inotify_event) + ev->len;
    }
  } while (poll(&p, 1, 30) > 0);
  if (new_dir) watch_tree();
  for (const auto& f : saved)
    if (std::find(gone.begin(), gone.end(), f) == gone.end()) return f;
  if (!gone.empty()) return gone.front();
  return std::nullopt;  // only hidden files, backups or kitpress's own output
}

}  // namespace kp
