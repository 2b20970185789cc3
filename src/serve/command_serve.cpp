// `kitpress serve`: the studio page for organisers and translators, on this machine only.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "serve/server.hpp"

namespace kp {

namespace {

const CommandRegistration serve_command{
    {"serve", [](CLI::App& app) -> std::function<int()> {
       auto o = std::make_shared<ServeOptions>();
       CLI::App* cmd = app.add_subcommand(
           "serve",
           "a local studio page: proofs of every card and page that follow your saves, and a "
           "translator's editor with a live proof of each text");
       cmd->add_option("KIT", o->build.kit_dir, "the kit folder (holding kit.yaml)")
           ->capture_default_str();
       cmd->add_option("--port", o->port, "the port on 127.0.0.1 (default 8431)")
           ->check(CLI::Range(1024, 65535));
       cmd->add_option("--lang", o->language, "the language shown first (default: the kit's)")
           ->check(CLI::Validator(
               [](std::string& v) -> std::string {
                 for (char c : v)
                   if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-')
                     return "a language code such as de or pt-BR";
                 return {};
               },
               "LANG"));
       cmd->footer(
           "Opens nothing by itself: open the address it prints (it holds a secret token; the\n"
           "server answers on this machine only, and writes only the kit's translation files).\n"
           "Example:\n  kitpress serve kit/bulle-dg --lang de\n");
       return [o] { return run_studio(*o); };
     }}};

}  // namespace

}  // namespace kp
