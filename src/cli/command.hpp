// Sub-command registry: each command lives in its own file and registers itself here.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace kp {

// A sub-command: `setup` adds it (options bound to state it owns) to the app and returns a
// function run when the command was chosen, giving the exit code.
struct Command {
  std::string name;
  std::function<std::function<int()>(CLI::App& app)> setup;
};

std::vector<Command>& command_registry();

// Registers a command at static-initialisation time: static CommandRegistration r{{...}};
struct CommandRegistration {
  explicit CommandRegistration(Command c) { command_registry().push_back(std::move(c)); }
};

}  // namespace kp
