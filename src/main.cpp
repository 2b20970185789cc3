// kitpress entry point: hands the command line to the CLI.
#include "cli/app.hpp"

int main(int argc, char** argv) {
  return kp::run_cli(argc, argv);
}
