// XLIFF 2.0 export with libxml2's text writer, import with its tree parser.
#include "i18n/xliff_format.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <memory>
#include <stdexcept>

namespace kp {

namespace {

constexpr const char* kNamespace = "urn:oasis:names:tc:xliff:document:2.0";
constexpr const char* kStaleSubState = "kitpress:needs-review-translation";

const xmlChar* X(const char* s) {
  return reinterpret_cast<const xmlChar*>(s);
}
const xmlChar* X(const std::string& s) {
  return X(s.c_str());
}

struct WriterFree {
  void operator()(xmlTextWriterPtr w) const { xmlFreeTextWriter(w); }
};
struct BufferFree {
  void operator()(xmlBufferPtr b) const { xmlBufferFree(b); }
};
struct DocFree {
  void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
};

class Writer {
 public:
  Writer() : buffer_(xmlBufferCreate()) {
    if (!buffer_) throw std::runtime_error("out of memory");
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    if (!writer_) throw std::runtime_error("out of memory");
    xmlTextWriterSetIndent(writer_.get(), 1);
    xmlTextWriterSetIndentString(writer_.get(), X("  "));
  }
  void check(int rc) {
    if (rc < 0) throw std::runtime_error("cannot write the XLIFF file");
  }
  void start(const char* name) { check(xmlTextWriterStartElement(writer_.get(), X(name))); }
  void attr(const char* name, const std::string& v) {
    check(xmlTextWriterWriteAttribute(writer_.get(), X(name), X(v)));
  }
  // An element holding text; white space a tool could fold is marked to be kept.
  void text_element(const char* name, const std::string& text) {
    start(name);
    if (text.find('\n') != std::string::npos || text.find("  ") != std::string::npos ||
        (!text.empty() && (text.front() == ' ' || text.back() == ' ')))
      attr("xml:space", "preserve");
    check(xmlTextWriterWriteString(writer_.get(), X(text)));
    end();
  }
  void end() { check(xmlTextWriterEndElement(writer_.get())); }
  xmlTextWriterPtr get() { return writer_.get(); }
  std::string finish() {
    check(xmlTextWriterEndDocument(writer_.get()));
    writer_.reset();
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  std::unique_ptr<xmlBuffer, BufferFree> buffer_;
  std::unique_ptr<xmlTextWriter, WriterFree> writer_;
};

void note(Writer& w, const char* category, const std::string& text) {
  w.start("note");
  w.attr("category", category);
  w.check(xmlTextWriterWriteString(w.get(), X(text)));
  w.end();
}

std::string attribute(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetProp(n, X(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string content(xmlNodePtr n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool is(xmlNodePtr n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, X(kNamespace)) &&
         xmlStrEqual(n->name, X(name));
}

// Elements of `parent` named `name`, in the XLIFF namespace.
std::vector<xmlNodePtr> children(xmlNodePtr parent, const char* name) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr c = parent->children; c; c = c->next)
    if (is(c, name)) out.push_back(c);
  return out;
}

}  // namespace

std::string write_xliff(const ExchangeSet& set) {
  Writer w;
  w.check(xmlTextWriterStartDocument(w.get(), "1.0", "UTF-8", nullptr));
  w.start("xliff");
  w.attr("xmlns", kNamespace);
  w.attr("version", "2.0");
  w.attr("srcLang", set.source_language);
  w.attr("trgLang", set.language);
  w.start("file");
  w.attr("id", "kit");
  w.attr("original", set.kit_title);
  for (const auto& u : set.units) {
    w.start("unit");
    w.attr("id", u.key);
    if (!u.notes.empty() || !u.source_at.file.empty() || !u.previous.empty()) {
      w.start("notes");
      for (const auto& n : u.notes) note(w, "translator", n);
      if (!u.source_at.file.empty())
        note(w, "location", u.source_at.file + ":" + std::to_string(u.source_at.line));
      if (!u.previous.empty()) note(w, "previous-source", u.previous);
      w.end();
    }
    w.start("segment");
    w.attr("state", u.state == UnitState::Untranslated ? "initial" : "translated");
    if (u.state == UnitState::Stale) w.attr("subState", kStaleSubState);
    w.text_element("source", u.source);
    if (u.state != UnitState::Untranslated) w.text_element("target", u.translation);
    w.end();
    w.end();
  }
  w.end();
  w.end();
  return w.finish();
}

std::optional<ImportedFile> read_xliff(const std::string& path, const std::string& shown_path,
                                       Diagnostics& diags) {
  const Location whole{shown_path, 0, 0, {}};
  xmlResetLastError();
  std::unique_ptr<xmlDoc, DocFree> doc(xmlReadFile(
      path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    Location at = whole;
    std::string message = "the file is not well-formed XML";
    if (e) {
      at.line = e->line;
      at.column = e->int2;
      if (e->message) {
        message += ": " + std::string(e->message);
        while (!message.empty() && message.back() == '\n') message.pop_back();
      }
    }
    diags.error(at, message, "open it in your CAT tool and save it again as XLIFF 2.0");
    return std::nullopt;
  }
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  auto at = [&](xmlNodePtr n) {
    return Location{shown_path, static_cast<int>(xmlGetLineNo(n)), 1, {}};
  };
  if (!root || !is(root, "xliff") || attribute(root, "version") != "2.0") {
    diags.error(root ? at(root) : whole,
                "this is not an XLIFF 2.0 file (an <xliff version=\"2.0\"> element in the "
                "namespace " +
                    std::string(kNamespace) + ")",
                "export XLIFF 2.0 from your tool, or export the file again with kitpress i18n "
                "export");
    return std::nullopt;
  }
  ImportedFile out;
  out.language = attribute(root, "trgLang");
  const size_t errors_before = diags.error_count();
  for (xmlNodePtr file : children(root, "file")) {
    for (xmlNodePtr unit : children(file, "unit")) {
      ExchangeUnit u;
      u.at = at(unit);
      u.key = attribute(unit, "id");
      if (u.key.empty()) {
        diags.error(u.at, "a <unit> without id", "every unit keeps the id kitpress wrote");
        continue;
      }
      for (xmlNodePtr notes : children(unit, "notes")) {
        for (xmlNodePtr n : children(notes, "note")) {
          std::string category = attribute(n, "category");
          if (category == "translator" || category.empty())
            u.notes.push_back(content(n));
          else if (category == "previous-source")
            u.previous = content(n);
        }
      }
      auto segments = children(unit, "segment");
      if (segments.size() != 1) {
        diags.error(u.at,
                    "the unit \"" + u.key + "\" has " + std::to_string(segments.size()) +
                        " segments; kitpress writes one per text",
                    "join the segments of the unit into one");
        continue;
      }
      xmlNodePtr seg = segments.front();
      auto sources = children(seg, "source");
      auto targets = children(seg, "target");
      if (!sources.empty()) u.source = content(sources.front());
      if (!targets.empty()) u.translation = content(targets.front());
      std::string state = attribute(seg, "state");
      if (u.translation.empty() || state == "initial")
        u.state = u.translation.empty() ? UnitState::Untranslated : UnitState::Stale;
      else if (attribute(seg, "subState") == kStaleSubState)
        u.state = UnitState::Stale;
      else
        u.state = UnitState::Translated;
      out.units.push_back(std::move(u));
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace kp
