// PO export and import through libgettextpo (gettext's own reader and writer).
#include "i18n/po_format.hpp"

#include <gettext-po.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "core/paths.hpp"

namespace kp {

namespace {

struct PoFileFree {
  void operator()(po_file_t f) const { po_file_free(f); }
};
using PoFile = std::unique_ptr<std::remove_pointer_t<po_file_t>, PoFileFree>;

// libgettextpo reports through a handler with no user data: the reading thread's sink.
thread_local Diagnostics* tl_diags = nullptr;
thread_local const std::string* tl_shown = nullptr;
thread_local bool tl_failed = false;

void on_error(int severity, po_message_t, const char* filename, size_t lineno, size_t column, int,
              const char* text) {
  if (severity != PO_SEVERITY_WARNING) tl_failed = true;
  if (tl_diags) {
    Location at{tl_shown ? *tl_shown : std::string(filename ? filename : ""), 0, 0, {}};
    if (filename && lineno != static_cast<size_t>(-1)) {
      at.line = static_cast<int>(lineno);
      at.column = column != static_cast<size_t>(-1) ? static_cast<int>(column) : 0;
    }
    std::string message = text ? text : "unreadable PO file";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    if (severity == PO_SEVERITY_WARNING)
      tl_diags->warning(at, message);
    else
      tl_diags->error(at, message,
                      "the file is not a valid PO file: open it in a PO editor, or "
                      "export it again with kitpress i18n export");
  }
  // A fatal error must not return: unwind to the reader.
  if (severity == PO_SEVERITY_FATAL_ERROR) throw std::runtime_error("PO file unreadable");
}

void on_error2(int severity, po_message_t m1, const char* f1, size_t l1, size_t c1, int mp1,
               const char* t1, po_message_t, const char*, size_t, size_t, int, const char*) {
  on_error(severity, m1, f1, l1, c1, mp1, t1);
}

const po_xerror_handler kHandler = {on_error, on_error2};

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::vector<std::string> split_lines(const char* text) {
  std::vector<std::string> out;
  if (!text) return out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    out.push_back(line.size() > 0 && line[0] == ' ' ? line.substr(1) : line);
  return out;
}

// The kit's date as a PO revision date ("2026-03-01 00:00+0000"), or the epoch.
std::string po_date(const std::string& date) {
  return (date.empty() ? std::string("1970-01-01") : date) + " 00:00+0000";
}

}  // namespace

std::string write_po(const ExchangeSet& set) {
  PoFile file(po_file_create());
  po_message_iterator_t it = po_message_iterator(file.get(), nullptr);
  po_message_t header = po_message_create();
  po_message_set_msgid(header, "");
  std::string h = "Project-Id-Version: " + set.kit_title + "\n" +
                  "Report-Msgid-Bugs-To: \n"
                  "POT-Creation-Date: " +
                  po_date(set.date) + "\n" + "PO-Revision-Date: " + po_date(set.date) + "\n" +
                  "Last-Translator: \n"
                  "Language-Team: \n"
                  "Language: " +
                  set.language + "\n" +
                  "MIME-Version: 1.0\n"
                  "Content-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: 8bit\n"
                  "X-Generator: kitpress\n"
                  "X-Source-Language: " +
                  set.source_language + "\n";
  po_message_set_msgstr(header, h.c_str());
  po_message_insert(it, header);
  for (const auto& u : set.units) {
    po_message_t m = po_message_create();
    po_message_set_msgctxt(m, u.key.c_str());
    po_message_set_msgid(m, u.source.c_str());
    po_message_set_msgstr(m, u.translation.c_str());
    if (!u.notes.empty()) po_message_set_comments(m, joined_lines(u.notes).c_str());
    if (!u.source_at.file.empty())
      po_message_add_filepos(m, u.source_at.file.c_str(), static_cast<size_t>(u.source_at.line));
    if (u.state == UnitState::Stale) {
      po_message_set_fuzzy(m, 1);
      if (!u.previous.empty()) po_message_set_prev_msgid(m, u.previous.c_str());
    }
    po_message_insert(it, m);
  }
  po_message_iterator_free(it);
  // libgettextpo writes to a named file only: a private temporary one, read back.
  std::string dir = user_cache_dir("po");
  if (dir.empty()) dir = std::filesystem::temp_directory_path().string();
  std::string tmp = dir + "/export-" + std::to_string(::getpid()) + "-" +
                    std::to_string(reinterpret_cast<uintptr_t>(&set)) + ".po";
  tl_diags = nullptr;
  tl_failed = false;
  try {
    po_file_write(file.get(), tmp.c_str(), &kHandler);
  } catch (const std::exception&) {
    tl_failed = true;
  }
  std::ifstream in(tmp, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(tmp.c_str());
  if (tl_failed || text.empty()) throw std::runtime_error("cannot write the PO file");
  return text;
}

std::optional<ImportedFile> read_po(const std::string& path, const std::string& shown_path,
                                    Diagnostics& diags) {
  tl_diags = &diags;
  tl_shown = &shown_path;
  tl_failed = false;
  PoFile file;
  try {
    file.reset(po_file_read(path.c_str(), &kHandler));
  } catch (const std::exception&) {
    tl_failed = true;
  }
  tl_diags = nullptr;
  tl_shown = nullptr;
  if (!file || tl_failed) {
    if (!tl_failed) diags.error(Location{shown_path, 0, 0, {}}, "cannot read the PO file");
    return std::nullopt;
  }
  // libgettextpo keeps no line numbers of messages: find each msgctxt line in the text.
  std::map<std::string, int> lines;
  {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.rfind("msgctxt \"", 0) == 0 && line.size() > 10 && line.back() == '"')
        lines.emplace(line.substr(9, line.size() - 10), n);
    }
  }
  ImportedFile out;
  std::vector<ExchangeUnit>& units = out.units;
  po_message_iterator_t it = po_message_iterator(file.get(), nullptr);
  while (po_message_t m = po_next_message(it)) {
    if (po_message_is_obsolete(m)) continue;
    const char* id = po_message_msgid(m);
    if (!id || !*id) {  // the header
      if (char* lang = po_header_field(po_message_msgstr(m), "Language")) {
        out.language = lang;
        std::free(lang);
      }
      continue;
    }
    ExchangeUnit u;
    const char* ctxt = po_message_msgctxt(m);
    auto line = ctxt ? lines.find(ctxt) : lines.end();
    u.at = Location{shown_path, line == lines.end() ? 0 : line->second, 1, {}};
    if (!ctxt) {
      diags.error(u.at,
                  "the message \"" + std::string(id).substr(0, 60) +
                      "\" has no msgctxt: kitpress keys every text by its msgctxt",
                  "export the file again with kitpress i18n export and translate that one");
      continue;
    }
    u.key = ctxt;
    u.source = id;
    u.translation = po_message_msgstr(m) ? po_message_msgstr(m) : "";
    u.notes = split_lines(po_message_comments(m));
    if (u.translation.empty())
      u.state = UnitState::Untranslated;
    else if (po_message_is_fuzzy(m)) {
      u.state = UnitState::Stale;
      if (const char* prev = po_message_prev_msgid(m)) u.previous = prev;
    } else {
      u.state = UnitState::Translated;
    }
    units.push_back(std::move(u));
  }
  po_message_iterator_free(it);
  return out;
}

}  // namespace kp
