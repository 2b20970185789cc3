// `kitpress serve`: the studio's HTTP server on 127.0.0.1, a thin layer over the pipeline.
#pragma once
#include <string>

#include "cli/pipeline.hpp"

namespace kp {

struct ServeOptions {
  BuildOptions build;
  int port = 8431;
  std::string language;  // the language shown first ("" = the kit's own)
  std::string token;     // the session's secret ("" = a random one)
};

// Serves until interrupted (SIGINT/SIGTERM). Prints the URL with its token. Exit code: 0, or 3
// when the port cannot be bound (another instance on it).
int run_studio(const ServeOptions& options);

// The rules every request passes before a handler sees it (kept apart to be tested):
// the Host header names this machine's loopback on `port`, and the token matches.
bool host_allowed(const std::string& host, int port);
bool token_matches(const std::string& expected, const std::string& given);

}  // namespace kp
