// The kitpress command line: sub-commands, options, exit codes.
#pragma once

namespace kp {

enum ExitCode { kExitOk = 0, kExitKitError = 1, kExitUsage = 2, kExitOutputError = 3 };

int run_cli(int argc, char** argv);

}  // namespace kp
