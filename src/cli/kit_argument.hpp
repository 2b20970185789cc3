// The KIT argument of the commands: a kit folder or its kit.yaml, the current folder by default.
#pragma once
#include <string>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kp {

// Adds the optional KIT argument, bound to `dir` ("" until resolved).
CLI::Option* add_kit_argument(CLI::App* cmd, std::string& dir, const std::string& description);
// Turns the argument into the kit's folder: "" is the current folder, a path to a kit.yaml its
// folder. Returns false, having said why on standard error, when the folder holds no kit.yaml
// (a bad command line: exit code 2).
bool resolve_kit_folder(std::string& dir);
// The current folder's kit: "." when it holds a kit.yaml, else "".
std::string kit_in_current_folder();

}  // namespace kp
