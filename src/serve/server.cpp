// Routes of the studio: the page, build state, proof images, translations, downloads.
#include "serve/server.hpp"

#include <glib.h>
#include <httplib.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>

#include "cli/app.hpp"
#include "cli/i18n_exchange.hpp"
#include "core/paths.hpp"
#include "i18n/exchange.hpp"
#include "i18n/language.hpp"
#include "i18n/localize.hpp"
#include "i18n/migrate.hpp"
#include "i18n/translation.hpp"
#include "model/text_keys.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_writer.hpp"
#include "serve/studio.hpp"
#include "serve/studio_page.hpp"

namespace kp {

namespace {
namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr size_t kMaxBody = 256 * 1024;  // a request body
constexpr size_t kMaxText = 16 * 1024;   // one translated text
constexpr double kProofDpi = 110;        // a card face, shown about 220 px high
constexpr double kPageDpi = 60;          // a sheet or guide page, shown about 320 px high

httplib::Server* g_server = nullptr;
void on_signal(int) {
  if (g_server) g_server->stop();
}

std::string random_token() {
  std::random_device rd;  // the kernel's random source
  std::string out;
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) out += hex[rd() % 16];
  return out;
}

std::string cookie_token(const httplib::Request& req) {
  const std::string cookies = req.get_header_value("Cookie");
  const std::string name = "kp_token=";
  for (size_t at = 0; at < cookies.size();) {
    size_t end = cookies.find(';', at);
    if (end == std::string::npos) end = cookies.size();
    std::string c = cookies.substr(at, end - at);
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    if (c.rfind(name, 0) == 0) return c.substr(name.size());
    at = end + 1;
  }
  return {};
}

json located(const Diagnostic& d) {
  return {{"severity", d.severity == Severity::Error ? "error" : "warning"},
          {"file", d.where.file},
          {"line", d.where.line},
          {"column", d.where.column},
          {"message", d.message},
          {"hint", d.hint},
          {"overflow_mm", d.overflow ? d.overflow->points * 25.4 / 72 : 0.0},
          {"subject", d.overflow ? d.overflow->subject : ""}};
}

// The proof name of a card named in an overflow subject: card "leviers/confiance".
std::string proof_of_subject(const std::string& subject) {
  const std::string prefix = "card \"";
  if (subject.rfind(prefix, 0) != 0 || subject.back() != '"') return {};
  std::string id = subject.substr(prefix.size(), subject.size() - prefix.size() - 1);
  size_t slash = id.find('/');
  if (slash == std::string::npos) return {};
  return id.substr(0, slash) + "-" + id.substr(slash + 1) + "-front";
}

json state_of(const StudioBuild& b, const std::vector<std::string>& languages) {
  json j;
  j["generation"] = b.generation;
  j["language"] = b.language;
  j["languages"] = languages;
  j["rtl"] = language_info(b.language).rtl;
  json diags = json::array();
  std::map<std::string, json> faults;  // proof → its overflows
  for (const auto& d : b.diags.items()) {
    diags.push_back(located(d));
    if (d.overflow) faults[proof_of_subject(d.overflow->subject)].push_back(located(d));
  }
  j["diagnostics"] = diags;
  json proofs = json::array(), outputs = json::array();
  if (b.laid) {
    for (const auto& p : b.laid->proofs) {
      json f = {{"name", p.name}, {"width", p.page.width}, {"height", p.page.height}};
      if (faults.count(p.name)) f["faults"] = faults[p.name];
      proofs.push_back(f);
    }
    for (const auto& o : b.laid->outputs)
      outputs.push_back({{"file", o.file}, {"pages", o.doc.pages.size()}});
  }
  j["proofs"] = proofs;
  j["outputs"] = outputs;
  return j;
}

const Page* find_page(const StudioBuild& b, const std::string& output, size_t index) {
  if (!b.laid) return nullptr;
  if (output == "proof") {
    return index < b.laid->proofs.size() ? &b.laid->proofs[index].page : nullptr;
  }
  const OutputDocument* d = b.laid->find(output);
  return d && index < d->doc.pages.size() ? &d->doc.pages[index] : nullptr;
}

const Page* find_proof(const StudioBuild& b, const std::string& name) {
  if (!b.laid) return nullptr;
  for (const auto& p : b.laid->proofs)
    if (p.name == name) return &p.page;
  return nullptr;
}

// The proof that shows the text of `key`: its card, the first card of its deck, or the first
// page of the output that holds it.
std::string proof_for_key(const Kit& kit, const std::string& key) {
  for (const auto& deck : kit.decks) {
    const std::string d = "decks." + deck.id + ".";
    if (key.rfind(d, 0) != 0 || deck.cards.empty()) continue;
    for (const auto& card : deck.cards)
      if (key.rfind(d + "cards." + card.id + ".", 0) == 0)
        return deck.id + "-" + card.id + "-front";
    return deck.id + "-" + deck.cards.front().id + "-front";
  }
  if (key.rfind("stickers.", 0) == 0) return "stickers.pdf";
  if (key.rfind("guide.worksheets.", 0) == 0) return "worksheets.pdf";
  if (key.rfind("guide.handout.", 0) == 0) return "handout.pdf";
  if (key.rfind("guide.", 0) == 0) return "guide.pdf";
  return kit.decks.empty() || kit.decks.front().cards.empty()
             ? "guide.pdf"
             : kit.decks.front().id + "-" + kit.decks.front().cards.front().id + "-front";
}

const Page* page_of_proof(const LaidOutKit& laid, const std::string& proof) {
  for (const auto& p : laid.proofs)
    if (p.name == proof) return &p.page;
  const OutputDocument* d = laid.find(proof);
  return d && !d->doc.pages.empty() ? &d->doc.pages.front() : nullptr;
}

// A BCP 47 code, the only form in which a request may name a translation (and so a file).
bool language_code(const std::string& lang) {
  static const std::regex code("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  return std::regex_match(lang, code);
}

// The unit of one text typed in the editor.
ExchangeUnit edited_unit(const std::string& key, const std::string& text) {
  ExchangeUnit u;
  u.key = key;
  u.translation = text;
  u.state = text.empty() ? UnitState::Untranslated : UnitState::Translated;
  u.at = Location{"(editor)", 0, 0, {}};
  return u;
}

// Parses {"lang","key","text"} from a request body; false with a message on a bad one.
bool read_edit(const httplib::Request& req, std::string* lang, std::string* key, std::string* text,
               std::string* why) {
  json j = json::parse(req.body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("lang") || !j.contains("key") ||
      !j.contains("text") || !j["lang"].is_string() || !j["key"].is_string() ||
      !j["text"].is_string()) {
    *why = "the request must be JSON {\"lang\", \"key\", \"text\"}";
    return false;
  }
  *lang = j["lang"];
  *key = j["key"];
  *text = j["text"];
  if (!language_code(*lang)) {
    *why = "\"" + lang->substr(0, 40) + "\" is not a language code";
    return false;
  }
  if (text->size() > kMaxText) {
    *why = "the text is longer than " + std::to_string(kMaxText / 1024) + " KiB";
    return false;
  }
  return true;
}

void send_json(httplib::Response& res, const json& j, int status = 200) {
  res.status = status;
  res.set_content(j.dump(), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}}, status);
}

}  // namespace

bool host_allowed(const std::string& host, int port) {
  const std::string p = ":" + std::to_string(port);
  return host == "127.0.0.1" + p || host == "localhost" + p || host == "[::1]" + p;
}

bool token_matches(const std::string& expected, const std::string& given) {
  if (expected.empty() || given.size() != expected.size()) return false;
  unsigned diff = 0;  // the same time whatever the first wrong character
  for (size_t i = 0; i < given.size(); ++i) diff |= static_cast<unsigned>(given[i] ^ expected[i]);
  return diff == 0;
}

int run_studio(const ServeOptions& o) {
  const std::string token = o.token.empty() ? random_token() : o.token;
  Studio studio(o.build);
  httplib::Server server;
  server.set_payload_max_length(kMaxBody);
  // httplib's default also sets SO_REUSEPORT, which lets a second instance listen on the same
  // port and take half the requests: address reuse alone, so that it is told the port is taken.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<void*>(&yes), sizeof(yes));
  });
  server.new_task_queue = [] { return new httplib::ThreadPool(4); };

  // Every request: this machine's Host (no DNS rebinding), and the token (query on the page
  // itself, then the cookie; writes must also carry it in a header: no cross-site form post).
  server.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    if (!host_allowed(req.get_header_value("Host"), o.port)) {
      send_error(res, 403, "this server answers to 127.0.0.1 and localhost only");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string given =
        req.has_param("token") ? req.get_param_value("token") : cookie_token(req);
    if (!token_matches(token, given)) {
      send_error(res, 403, "open the address kitpress serve printed (it holds the token)");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method == "POST" && !token_matches(token, req.get_header_value("X-Kitpress-Token"))) {
      send_error(res, 403, "a change needs the X-Kitpress-Token header");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.has_param("token"))
      res.set_header("Set-Cookie", "kp_token=" + token + "; Path=/; HttpOnly; SameSite=Strict");
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.Get("/", [&](const httplib::Request& req, httplib::Response& res) {
    std::string page = studio_page_html(token, o.language);
    (void)req;
    res.set_content(page, "text/html; charset=utf-8");
  });

  server.Get("/api/state", [&](const httplib::Request& req, httplib::Response& res) {
    uint64_t since = req.has_param("since") ? std::stoull("0" + req.get_param_value("since")) : 0;
    if (since) studio.wait_for_change(since, 2000);  // a long poll: answers at the next change
    auto b = studio.build(req.get_param_value("lang"));
    send_json(res, state_of(*b, studio.languages()));
  });

  server.Get("/api/page", [&](const httplib::Request& req, httplib::Response& res) {
    auto b = studio.build(req.get_param_value("lang"));
    const std::string output = req.get_param_value("output");
    const Page* page =
        output == "proof"
            ? find_proof(*b, req.get_param_value("name"))
            : find_page(*b, output,
                        static_cast<size_t>(std::atoi(req.get_param_value("n").c_str())));
    if (!page) return send_error(res, 404, "no such page in the current build");
    res.set_content(png_bytes(*page, output == "proof" ? kProofDpi : kPageDpi), "image/png");
  });

  server.Get("/api/texts", [&](const httplib::Request& req, httplib::Response& res) {
    auto b = studio.build("");
    const std::string lang = req.get_param_value("lang");
    if (!b->source) return send_error(res, 409, "the kit has errors: see the proofs");
    if (lang.empty() || lang == b->source->language)
      return send_error(res, 400, "choose a translation, not the source language");
    if (!language_code(lang)) return send_error(res, 400, "not a language code");
    Diagnostics d;
    Translation t;
    t.language = lang;
    if (auto loaded = load_translation(b->source->dir, lang, d))
      t = migrate_translation(*b->source, *loaded);
    json units = json::array();
    for (const auto& u : exchange_set(*b->source, t).units) {
      units.push_back({{"key", u.key},
                       {"source", u.source},
                       {"translation", u.translation},
                       {"previous", u.previous},
                       {"status", u.state == UnitState::Translated ? "translated"
                                  : u.state == UnitState::Stale    ? "stale"
                                                                   : "missing"},
                       {"proof", proof_for_key(*b->source, u.key)}});
    }
    send_json(res, {{"language", lang}, {"rtl", language_info(lang).rtl}, {"units", units}});
  });

  // A proof of the text being typed, laid out in memory: nothing is written.
  server.Post("/api/preview", [&](const httplib::Request& req, httplib::Response& res) {
    std::string lang, key, text, why;
    if (!read_edit(req, &lang, &key, &text, &why)) return send_error(res, 400, why);
    auto b = studio.build("");
    if (!b->source) return send_error(res, 409, "the kit has errors");
    Diagnostics d;
    Translation t;
    t.language = lang;
    t.file = translation_path(b->source->dir, lang);
    if (auto loaded = load_translation(b->source->dir, lang, d))
      t = migrate_translation(*b->source, *loaded);
    const ExchangeUnit u = edited_unit(key, text);
    Diagnostics checks;
    auto merged = import_units(*b->source, t, {u}, checks);
    json j;
    j["messages"] = json::array();
    for (const auto& m : checks.items()) j["messages"].push_back(located(m));
    if (!merged) {
      j["fits"] = false;
      return send_json(res, j);
    }
    Diagnostics quiet, fit;
    BuildOptions bo = studio.options();
    const std::string proof = proof_for_key(*b->source, key);
    auto laid = lay_out(localize(*b->source, *merged, quiet), bo, fit);
    for (const auto& m : fit.items())
      if (m.severity == Severity::Error) j["messages"].push_back(located(m));
    j["fits"] = !fit.has_errors();
    const Page* page = laid ? page_of_proof(*laid, proof) : nullptr;
    if (page) {
      std::string png = png_bytes(*page, kProofDpi);
      gchar* b64 = g_base64_encode(reinterpret_cast<const guchar*>(png.data()), png.size());
      j["png"] = std::string(b64);
      g_free(b64);
    }
    send_json(res, j);
  });

  server.Post("/api/save", [&](const httplib::Request& req, httplib::Response& res) {
    std::string lang, key, text, why;
    if (!read_edit(req, &lang, &key, &text, &why)) return send_error(res, 400, why);
    auto b = studio.build("");
    if (!b->source) return send_error(res, 409, "the kit has errors");
    if (lang == b->source->language)
      return send_error(res, 400, "choose a translation, not the source language");
    const ExchangeUnit u = edited_unit(key, text);
    Diagnostics d;
    int rc = store_translated_units(*b->source, b->source->dir, lang, {u}, d);
    json messages = json::array();
    for (const auto& m : d.items()) messages.push_back(located(m));
    if (rc != kExitOk) return send_json(res, {{"saved", false}, {"messages", messages}}, 422);
    send_json(res, {{"saved", true}, {"messages", messages}});
  });

  // The PDFs of the current build, written to a private folder and sent.
  server.Get("/download", [&](const httplib::Request& req, httplib::Response& res) {
    auto b = studio.build(req.get_param_value("lang"));
    const OutputDocument* d = b->laid ? b->laid->find(req.get_param_value("file")) : nullptr;
    if (!d || d->writer != OutputDocument::Writer::OfficePdf)
      return send_error(res, 404, "no such file in the current build");
    std::string dir = user_cache_dir("studio");
    if (dir.empty()) return send_error(res, 500, "no private folder to write the PDF in");
    std::string path = dir + "/download-" + std::to_string(::getpid()) + ".pdf";
    write_pdf(d->doc, path);
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::remove(path.c_str());
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + b->language + "-" + d->file + "\"");
    res.set_content(bytes, "application/pdf");
  });

  if (!server.bind_to_port("127.0.0.1", o.port)) {
    std::cerr << "error: cannot listen on 127.0.0.1:" << o.port
              << ": the port is in use (is another kitpress serve running?)\n  hint: stop it, or "
                 "choose another port with --port\n";
    return kExitOutputError;
  }
  studio.build(o.language);  // the first build before the address is given
  studio.start_watching();
  std::cout << "kitpress studio for " << o.build.kit_dir << ": http://127.0.0.1:" << o.port
            << "/?token=" << token << "\n(Ctrl-C to stop)\n"
            << std::flush;
  g_server = &server;
  ::signal(SIGINT, on_signal);
  ::signal(SIGTERM, on_signal);
  server.listen_after_bind();
  g_server = nullptr;
  return kExitOk;
}

}  // namespace kp
