// Help texts in plain words: "--participants N  ... (a number from 1 to 10000)", not the parser's
// "INT:INT in [1 - 10000]". Used by --help and by the man page, so that both say the same.
#pragma once
#include <memory>
#include <string>

namespace CLI {
class App;
class Option;
class Formatter;
}  // namespace CLI

namespace kp {

// The placeholder after an option that takes a value: "N" for numbers, else the long name in
// capitals ("--out OUT"); "" for a flag or a positional.
std::string value_name(const CLI::Option& opt);
// The option's description with what it accepts in words: the range of a number, the choices,
// its default, whether it is required.
std::string plain_description(const CLI::Option& opt);
// Applies the plain help to `app` and every command below it (call after they are all added).
void use_plain_help(CLI::App& app);

}  // namespace kp
