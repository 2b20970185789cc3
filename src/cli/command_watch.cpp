// `kitpress watch`: rebuild a kit whenever one of its files is saved (inotify), and say so.
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <vector>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/kit_argument.hpp"
#include "cli/pipeline.hpp"
#include "cli/report.hpp"
#include "core/stage_timer.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;

struct WatchState {
  BuildOptions options;
  bool quiet = false;
};

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

// Adds a watch on the kit folder and every folder below it but the output folder (its files
// are kitpress's own: watching them would rebuild forever).
void watch_tree(int fd, const std::string& root, const fs::path& out,
                std::map<int, std::string>& dirs) {
  auto add = [&](const fs::path& p) {
    int wd = inotify_add_watch(
        fd, p.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM);
    if (wd >= 0) dirs[wd] = p.string();
  };
  add(root);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    if (inside(absolute_path(it->path().string()), out)) {
      it.disable_recursion_pending();
      continue;
    }
    add(it->path());
  }
}

// "14:03:07 ": the local time a line is printed, for a terminal left open for hours.
std::string stamp() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S ", &local);
  return text;
}

// One build; prints a one-line summary ("built" the first time, then "rebuilt" with the file that
// changed), or the diagnostics. Returns true on success.
bool rebuild(const BuildOptions& o, bool quiet, const std::string& changed) {
  StageTimer t;
  Diagnostics diags;
  OutputSet set;  // the cards are staged in it as they are laid out
  const StreamTarget stream{&set};
  auto laid = lay_out_kit(o, diags, &stream);
  if (!laid || diags.has_errors()) {
    report(diags, false);
    std::cerr << stamp() << "watch: the kit has errors; still watching, fix and save to rebuild\n";
    return false;
  }
  try {
    write_outputs(*laid, o, set);
    set.commit();
    if (!quiet) report(diags, false);
    std::string files;
    for (const auto& out : laid->outputs) files += (files.empty() ? "" : ", ") + out.file;
    if (o.png) files += ", " + std::to_string(laid->proofs.size()) + " proofs";
    char line[256];
    std::snprintf(line, sizeof line, "in %.0f ms: %s in %s/%s; %zu warning%s\n", t.elapsed_ms(),
                  files.c_str(), o.out_dir.c_str(), laid->kit.language.c_str(),
                  diags.warning_count(), diags.warning_count() == 1 ? "" : "s");
    std::cout << stamp() << (changed.empty() ? "built " : changed + " changed: rebuilt ") << line
              << std::flush;
    return true;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n' << stamp() << "watch: still watching\n";
    return false;
  }
}

int run_watch(WatchState& s) {
  if (!resolve_kit_folder(s.options.kit_dir)) return kExitUsage;
  int fd = inotify_init1(IN_CLOEXEC);
  if (fd < 0) {
    std::cerr << "error: cannot watch files: " << std::strerror(errno) << '\n';
    return kExitOutputError;
  }
  std::map<int, std::string> dirs;
  const fs::path out = absolute_path(s.options.out_dir);
  watch_tree(fd, s.options.kit_dir, out, dirs);
  if (dirs.empty()) {
    std::cerr << "error: cannot watch " << s.options.kit_dir << ": no such folder\n";
    return kExitKitError;
  }
  rebuild(s.options, s.quiet, "");
  std::cout << stamp() << "watching " << s.options.kit_dir << " (Ctrl-C to stop)\n" << std::flush;
  alignas(inotify_event) char buf[16384];
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    // Editors save in bursts (write, rename, chmod): wait until quiet for 30 ms, then build once.
    bool new_dir = false;
    // Files saved, and files gone: an editor's or sed's temporary file is both (written, then
    // renamed onto the real one), so the file named is the first saved that is still there.
    std::vector<std::string> saved, gone;
    do {
      ssize_t n = read(fd, buf, sizeof buf);
      for (char* ptr = buf; n > 0 && ptr < buf + n;) {
        auto* ev = reinterpret_cast<inotify_event*>(ptr);
        std::string name = ev->len ? ev->name : "";
        auto dir = dirs.find(ev->wd);
        const fs::path path = dir == dirs.end() ? fs::path(name) : fs::path(dir->second) / name;
        const bool ours = inside(absolute_path(path.string()), out);
        if ((ev->mask & IN_ISDIR) && (ev->mask & IN_CREATE) && !ours) new_dir = true;
        if (!ours && !name.empty() && name[0] != '.' && name.back() != '~') {
          // The file may be gone already (an editor's or sed's temporary file): no throwing here.
          std::error_code ec;
          std::string rel = path.lexically_relative(s.options.kit_dir).string();
          if (rel.empty() || rel.rfind("..", 0) == 0)
            rel = fs::relative(path, s.options.kit_dir, ec).string();
          if (rel.empty()) rel = path.filename().string();
          (ev->mask & (IN_MOVED_FROM | IN_DELETE) ? gone : saved).push_back(rel);
        }
        ptr += sizeof(inotify_event) + ev->len;
      }
    } while (poll(&p, 1, 30) > 0);
    if (new_dir) watch_tree(fd, s.options.kit_dir, out, dirs);
    std::string changed = gone.empty() ? std::string() : gone.front();
    for (const auto& f : saved)
      if (std::find(gone.begin(), gone.end(), f) == gone.end()) {
        changed = f;
        break;
      }
    if (!saved.empty() || !gone.empty()) rebuild(s.options, s.quiet, changed);
  }
  close(fd);
  return kExitOk;
}

const CommandRegistration watch_command{
    {"watch", [](CLI::App& app) -> std::function<int()> {
       auto s = std::make_shared<WatchState>();
       CLI::App* cmd = app.add_subcommand(
           "watch", "build the kit, then rebuild it each time one of its files is saved");
       add_kit_argument(cmd, s->options.kit_dir, "the kit");
       cmd->add_option("-o,--out", s->options.out_dir, "output folder")->capture_default_str();
       cmd->add_flag("--png", s->options.png, "also write PNG proofs of every card face");
       cmd->add_flag("-q,--quiet", s->quiet, "print errors and the one-line summaries only");
       cmd->footer(
           "Example:\n  kitpress watch kit/bulle-dg    # then edit kit/bulle-dg/decks/leviers.yaml "
           "and save\n");
       return [s] { return run_watch(*s); };
     }}};

}  // namespace

}  // namespace kp
