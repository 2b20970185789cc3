// Load → lay out → write, for one kit and language.
#include "cli/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "core/paths.hpp"
#include "core/stage_timer.hpp"
#include "i18n/language.hpp"
#include "layout/guide_document.hpp"
#include "layout/handout_document.hpp"
#include "layout/job_sheet.hpp"
#include "layout/press_document.hpp"
#include "layout/print_setup.hpp"
#include "layout/worksheets_document.hpp"
#include "model/kit_loader.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"
#include "render/press_images.hpp"
#include "render/press_pdf_writer.hpp"
#include "text/font_coverage.hpp"
#include "text/font_integrity.hpp"
#include "text/font_sources.hpp"

namespace kp {
namespace fs = std::filesystem;

const OutputDocument* LaidOutKit::find(const std::string& file) const {
  for (const auto& o : outputs)
    if (o.file == file) return &o;
  return nullptr;
}

std::optional<LaidOutKit> lay_out_kit(const BuildOptions& o, Diagnostics& diags,
                                      const StreamTarget* stream) {
  StageTimer load_timer;
  auto kit = load_kit(o.kit_dir, diags);
  if (!kit) return std::nullopt;
  double load_ms = load_timer.elapsed_ms();
  auto k = lay_out(std::move(*kit), o, diags, stream);
  if (k) k->times.load = load_ms;
  return k;
}

namespace {

// Whether the kit's fonts/ folder and every font file in it stay inside the kit folder (one
// of them may be a symbolic link leading out); each that does not is an error at the link.
bool kit_fonts_inside(const std::string& kit_dir, Diagnostics& diags) {
  const fs::path fonts = fs::path(kit_dir) / "fonts";
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(fonts, ec))) return true;
  std::vector<std::string> rels = {"fonts"};
  for (const auto& file : font_files_in({fonts.string()}, {}))
    rels.push_back(fs::path(file).lexically_relative(kit_dir).string());
  for (const auto& rel : rels) {
    std::string why;
    if (join_inside(kit_dir, rel, &why).empty()) {
      diags.error(Location{(fs::path(kit_dir) / rel).string(), 0, 0, {}},
                  "the font is not read: " + why);
      return false;
    }
  }
  return true;
}

// The font context for the kit's language; nullptr after an error. `sources` is set so that
// more contexts (one per worker thread) can be made alike.
std::shared_ptr<FontContext> language_fonts(const Kit& kit, const BuildOptions& o,
                                            FontSources& sources, Diagnostics& diags) {
  const Location kit_file{o.kit_dir + "/kit.yaml", 0, 0, {}};
  SystemFonts system = system_fonts_for(kit.language);
  if (!system.missing.empty()) {
    const LanguageInfo& lang = language_info(kit.language);
    std::string files;
    for (const auto& f : system.missing) files += (files.empty() ? "" : ", ") + f;
    diags.error(kit_file,
                kit.language + ": the " + lang.name + " texts need the font files " + files +
                    ", which are not installed",
                "install the Debian package " + lang.font_package + " (apt-get install " +
                    lang.font_package + "), or set KITPRESS_SYSTEM_FONTS to their folder");
    return nullptr;
  }
  sources = {font_dirs_for_kit(o.kit_dir), system.found};
  if (!kit_fonts_inside(o.kit_dir, diags)) return nullptr;
  // A damaged file would print blank text, or let fontconfig pass over it silently (a good
  // Bold then sets every text): refuse it before anything is laid out.
  if (!check_font_files(font_files_in(sources.dirs, sources.files), kit_characters(kit), diags))
    return nullptr;
  std::shared_ptr<FontContext> fonts;
  try {
    fonts = sources.context();
  } catch (const std::exception& e) {
    diags.error(Location{o.kit_dir, 0, 0, {}}, e.what());
    return nullptr;
  }
  std::vector<std::string> missing = fonts->missing_families(kit.theme.font);
  if (!missing.empty()) {
    std::string families;
    for (const auto& f : fonts->families()) families += (families.empty() ? "" : ", ") + f;
    Location where = kit.theme.font_where.line ? kit.theme.font_where : kit_file;
    diags.error(where,
                "the font \"" + missing.front() + "\" is not available" +
                    (kit.theme.font == missing.front() ? "" : " (for " + kit.language + ")"),
                "the fonts found in fonts/ and the kit's fonts/ folder are: " + families);
    return nullptr;
  }
  return fonts;
}

// One output to compose: its file, its writer, and how to lay it out with a font context.
// An output that streams gives its pages to the sink as they are laid out (when one is given).
struct OutputJob {
  std::string file;
  OutputDocument::Writer writer = OutputDocument::Writer::OfficePdf;
  std::function<Document(const FontContext&, Diagnostics&, const PageSink&)> compose;
  bool heavy = false;  // started first, so that the workers finish together
  bool skip_if_empty = false;
  bool streams = false;
};

// The outputs the options ask for, in the order they are listed and written.
std::vector<OutputJob> output_jobs(LaidOutKit& k, const BuildOptions& o, Diagnostics& diags) {
  const PrintSettings print = k.kit.print.merged_with(o.print);
  SheetOptions sheets = sheet_options(print, diags);
  sheets.deck_per_sheet = o.deck_per_sheet;
  sheets.packs = o.packs;
  const Kit& kit = k.kit;
  auto wanted = [&](const char* what) { return o.only.empty() || o.only.count(what) > 0; };
  std::vector<OutputJob> jobs;
  using Writer = OutputDocument::Writer;
  if (wanted("cards")) {
    std::vector<ProofFace>* proofs = o.png ? &k.proofs : nullptr;
    jobs.push_back(
        {"cards.pdf", Writer::OfficePdf,
         [&kit, sheets, proofs](const FontContext& f, Diagnostics& d, const PageSink& sink) {
           return compose_cards(kit, f, sheets, d, proofs, sink);
         },
         false, false, true});
  }
  if (!kit.guide.empty() && wanted("guide"))
    jobs.push_back({"guide.pdf", Writer::OfficePdf,
                    [&kit, &o](const FontContext& f, Diagnostics& d, const PageSink&) {
                      return compose_guide(kit, f, o.stickers, d);
                    },
                    true});
  if (wanted("worksheets"))
    jobs.push_back({"worksheets.pdf", Writer::OfficePdf,
                    [&kit](const FontContext& f, Diagnostics& d, const PageSink&) {
                      return compose_worksheets(kit, f, d);
                    },
                    false, true});
  if (wanted("handout"))
    jobs.push_back({"handout.pdf", Writer::OfficePdf,
                    [&kit, &o](const FontContext& f, Diagnostics& d, const PageSink&) {
                      return compose_handout(kit, f, o.stickers, d);
                    },
                    false, true});
  if (o.press && wanted("cards")) {
    const PressOptions press = press_options(print);
    jobs.push_back({"cards-press.pdf", Writer::PressPdf,
                    [&kit, press](const FontContext& f, Diagnostics& d, const PageSink&) {
                      return compose_press_cards(kit, f, press, d);
                    }});
  }
  if (kit.stickers && wanted("stickers"))
    jobs.push_back({"stickers.pdf", Writer::OfficePdf,
                    [&kit, &o](const FontContext& f, Diagnostics& d, const PageSink&) {
                      return compose_stickers(kit, f, o.stickers, d);
                    }});
  return jobs;
}

// The jobs' indices in the order to start them: heavy ones first, then as listed.
std::vector<size_t> start_order(const std::vector<OutputJob>& jobs) {
  std::vector<size_t> order(jobs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return jobs[a].heavy && !jobs[b].heavy; });
  return order;
}

// An error message of a staged file, naming the file as the user knows it.
std::string named_as_target(std::string why, const std::string& staged, const std::string& target) {
  if (staged.empty()) return why;
  for (size_t at; (at = why.find(staged)) != std::string::npos;)
    why.replace(at, staged.size(), target);
  return why;
}

// What became of a streamed output: its staged file, the error that stopped its writing, and
// the time spent drawing and writing its pages (which the layout's time then excludes).
struct Streamed {
  OutputDocument::Pages pages = OutputDocument::Pages::Held;
  std::string staged, error;
  long long ns = 0, write_ns = 0;
};

// Composes a streaming output with each page drawn as it is laid out into its file staged in
// `set` under `dir`, or dropped without a set. A write that fails stops the writing, not the
// layout: every message of the output is still found.
Document compose_streamed(const OutputJob& job, const FontContext& fonts, Diagnostics& diags,
                          OutputSet* set, const std::string& dir, Streamed& s) {
  s.pages = OutputDocument::Pages::Dropped;
  if (!set) return job.compose(fonts, diags, [](const DocumentInfo&, Page&&) {});
  const std::string target = dir + "/" + job.file;
  std::unique_ptr<PdfPageWriter> writer;
  auto failed = [&](const std::exception& e) {
    s.error = named_as_target(e.what(), s.staged, target);
    writer.reset();
  };
  auto timed = [&](auto&& step) {
    const TimedScope busy(s.ns);
    const long long written_before = write_nanoseconds();
    try {
      step();
    } catch (const std::exception& e) {
      failed(e);
    }
    s.write_ns += write_nanoseconds() - written_before;
  };
  timed([&] {
    set->make_folder(dir);
    s.staged = set->stage(target);
    writer = std::make_unique<PdfPageWriter>(s.staged, false);
  });
  Document doc = job.compose(fonts, diags, [&](const DocumentInfo& info, Page&& page) {
    if (writer) timed([&] { writer->add(info, page); });
  });
  if (writer) timed([&] { writer->finish(doc); });
  if (writer && s.error.empty()) s.pages = OutputDocument::Pages::Written;
  return doc;
}

// The folder of a language's outputs: OUT/<lang>.
std::string output_dir(const BuildOptions& o, const std::string& language) {
  return (fs::path(o.out_dir) / language).string();
}

}  // namespace

std::optional<LaidOutKit> lay_out(Kit kit, const BuildOptions& o, Diagnostics& diags,
                                  const StreamTarget* stream) {
  LaidOutKit k;
  TaskTimer layout_timer;
  k.kit = std::move(kit);
  if (o.participants > 0) k.kit.participants = o.participants;
  if (o.groups > 0) k.kit.groups = o.groups;
  // The language's own families go in front of the theme font, for every output.
  k.kit.theme.font = font_families_for(k.kit.language, k.kit.theme.font);
  FontSources sources;
  k.fonts = language_fonts(k.kit, o, sources, diags);
  if (!k.fonts) return std::nullopt;
  // A character the chosen families lack falls back to the other fonts of the private
  // configuration, in fontconfig's order over those files (the same on every machine). The
  // descriptions name the chosen families alone: Pango measures each font's metrics with a
  // description of that font's own family, and matches it once when ours is the same.
  // A character without a glyph is an error; the layout still runs, so that every other
  // problem (a text that does not fit) is reported in the same run. Nothing is written then.
  check_font_coverage(k.kit, *k.fonts, diags);
  check_contrast(k.kit, diags);
  std::vector<OutputJob> jobs = output_jobs(k, o, diags);
  // The outputs are composed on every core. Pango's objects are not thread-safe, so each worker
  // lays out with a font context of its own (made alike, on first use).
  const std::vector<size_t> order = start_order(jobs);
  const unsigned workers = worker_count(jobs.size(), o.threads);
  k.worker_fonts.resize(workers);
  std::vector<Document> docs(jobs.size());
  std::vector<Diagnostics> job_diags(jobs.size());
  std::vector<Streamed> streamed(jobs.size());
  // After an error nothing would be written: a streamed output's pages are dropped then.
  OutputSet* stream_set = stream && !diags.has_errors() ? stream->set : nullptr;
  const std::string dir = output_dir(o, k.kit.language);
  parallel_for_workers(
      jobs.size(),
      [&](unsigned worker, size_t n) {
        const size_t i = order[n];
        const FontContext* fonts = k.fonts.get();
        if (worker > 0) {
          try {
            if (!k.worker_fonts[worker]) k.worker_fonts[worker] = sources.context();
          } catch (const std::exception& e) {  // a font removed since the first context
            job_diags[i].error(Location{o.kit_dir, 0, 0, {}}, e.what());
            return;
          }
          fonts = k.worker_fonts[worker].get();
        }
        if (stream && jobs[i].streams) {
          docs[i] = compose_streamed(jobs[i], *fonts, job_diags[i], stream_set, dir, streamed[i]);
        } else {
          docs[i] = jobs[i].compose(*fonts, job_diags[i], {});
        }
        if (jobs[i].writer == OutputDocument::Writer::PressPdf)
          check_press_images(docs[i], job_diags[i]);
      },
      workers);
  // Messages and outputs in the order the outputs are listed, whichever finished first.
  for (size_t i = 0; i < jobs.size(); ++i) {
    // Every message has a place: one a layout stage left without is put at the kit file,
    // naming the output.
    Diagnostics located;
    for (Diagnostic d : job_diags[i].items()) {
      if (d.where.file.empty()) {
        d.where = Location{(fs::path(o.kit_dir) / "kit.yaml").string(), 0, 0, {}};
        d.message = jobs[i].file + ": " + d.message;
      }
      located.add(std::move(d));
    }
    diags.append_new(located, kMissingGlyph);  // the coverage check named them first
    if (jobs[i].skip_if_empty && docs[i].pages.empty()) continue;
    if (k.stream_error.empty()) k.stream_error = streamed[i].error;
    k.outputs.push_back({jobs[i].file,
                         std::move(docs[i]),
                         jobs[i].writer,
                         {},
                         streamed[i].pages,
                         streamed[i].staged});
    // The press file's job sheet, for the print shop's order, beside it.
    if (jobs[i].writer == OutputDocument::Writer::PressPdf) {
      const PressOptions press = press_options(k.kit.print.merged_with(o.print));
      k.outputs.push_back({"cards-press.txt",
                           {},
                           OutputDocument::Writer::Text,
                           job_sheet(k.kit, press, k.outputs.back().doc)});
    }
  }
  // The streamed pages' drawing and writing, done while laying out, count as render and write.
  long long drawn_ns = 0, written_ns = 0;
  for (const auto& st : streamed) drawn_ns += st.ns, written_ns += st.write_ns;
  k.times.write += static_cast<double>(written_ns) / 1e6;
  k.times.render += static_cast<double>(drawn_ns - written_ns) / 1e6;
  k.times.layout = std::max(0.0, layout_timer.elapsed_ms() - static_cast<double>(drawn_ns) / 1e6);
  return k;
}

size_t output_count(const LaidOutKit& k, const BuildOptions& o) {
  return k.outputs.size() + (o.png ? k.proofs.size() : 0);
}

namespace {

// A rough measure of the work of rendering a document: its items, groups counted whole.
size_t item_count(const Document& doc) {
  size_t n = 0;
  for (const auto& page : doc.pages) n += page.items.size();
  return n;
}

void write_output(const OutputDocument& out, const std::string& path) {
  if (out.pages == OutputDocument::Pages::Dropped)
    throw std::logic_error("cannot write " + path + ": its pages were dropped as laid out");
  switch (out.writer) {
    case OutputDocument::Writer::OfficePdf:
      write_pdf(out.doc, path);
      break;
    case OutputDocument::Writer::PressPdf:
      write_press_pdf(out.doc, path);
      break;
    case OutputDocument::Writer::Text:
      write_file_atomic(path, out.text);
      break;
  }
}

}  // namespace

std::vector<std::string> write_outputs(LaidOutKit& k, const BuildOptions& o, OutputSet& set,
                                       Progress::Part* progress) {
  if (!k.stream_error.empty()) throw std::runtime_error(k.stream_error);
  TaskTimer timer;
  std::string dir = output_dir(o, k.kit.language);
  set.make_folder(dir);
  std::vector<std::string> written;
  for (const auto& out : k.outputs) written.push_back(dir + "/" + out.file);
  if (o.png) {
    set.make_folder(dir + "/preview");
    for (const auto& p : k.proofs) written.push_back(dir + "/preview/" + p.name + ".png");
  }
  std::vector<std::string> staged;
  for (size_t i = 0; i < written.size(); ++i) {
    const bool streamed =
        i < k.outputs.size() && k.outputs[i].pages == OutputDocument::Pages::Written;
    staged.push_back(streamed ? k.outputs[i].staged : set.stage(written[i]));
  }
  // Documents and proofs are independent: render them on every core, the largest documents
  // first. Each file is staged, so the order they finish in does not matter.
  std::vector<size_t> order(written.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const size_t documents = k.outputs.size();
  std::stable_sort(order.begin(), order.begin() + static_cast<long>(documents),
                   [&](size_t a, size_t b) {
                     return item_count(k.outputs[a].doc) > item_count(k.outputs[b].doc);
                   });
  // When several files fail, the first listed is reported, whichever failed first.
  std::vector<std::exception_ptr> errors(written.size());
  // Each output's time, and the part of it spent writing to disk, summed over the outputs.
  std::atomic<long long> busy_ns{0}, write_ns{0};
  parallel_for(
      order.size(),
      [&](size_t n) {
        const size_t i = order[n];
        const long long written_before = write_nanoseconds();
        {
          const TimedScope busy(busy_ns);
          try {
            if (i < documents) {
              if (k.outputs[i].pages != OutputDocument::Pages::Written)
                write_output(k.outputs[i], staged[i]);
            } else {
              write_png(k.proofs[i - documents].page, o.png_dpi, staged[i]);
            }
          } catch (const std::exception& e) {  // named as the user knows it, not as staged
            errors[i] = std::make_exception_ptr(
                std::runtime_error(named_as_target(e.what(), staged[i], written[i])));
          } catch (...) {
            errors[i] = std::current_exception();
          }
        }
        write_ns += write_nanoseconds() - written_before;
        if (progress && !errors[i]) progress->done(written[i]);
      },
      o.threads);
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  // The outputs' wall time, split between rendering and writing as their summed times are.
  const double elapsed = timer.elapsed_ms();
  const double write_share =
      busy_ns > 0 ? static_cast<double>(write_ns) / static_cast<double>(busy_ns.load()) : 0.0;
  k.times.write += elapsed * write_share;
  k.times.render += elapsed * (1.0 - write_share);
  return written;
}

}  // namespace kp
