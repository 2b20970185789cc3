# Shared by the benchmark scripts (sourced): order statistics of lists of numbers.
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
minimum() { printf '%s\n' "$@" | sort -n | head -1; }
maximum() { printf '%s\n' "$@" | sort -n | tail -1; }
ms() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }  # microseconds → milliseconds
# Run from the project folder with `set -euo pipefail`. kit_bench_setup DEFAULT_RUNS [RUNS] [KIT]
# sets runs, kit (default kit/bulle-dg), bin (the built kitpress) and out, a scratch folder
# removed on exit.
kit_bench_setup() {
  runs=${2:-$1}
  kit=${3:-kit/bulle-dg}
  bin=./build/kitpress
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
}
