#!/usr/bin/env bash
# Times whole builds of generated kits of 1,000 and 10,000 cards: median of RUNS, the stage
# breakdown (--timings) and peak memory, and the 10k/1k ratio (linear growth: under 11).
# Usage: tests/bench/bench-large.sh [RUNS]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median_ms() {  # KIT → median wall ms of `build`, and the last --timings line in $work/timings
  local kit=$1 t=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    ./build/kitpress build "$kit" -o "$work/out" -q --timings 2> "$work/stderr" ||
      { echo "build of $kit failed:" >&2; head -20 "$work/stderr" >&2; exit 1; }
    grep "^timings:" "$work/stderr" > "$work/timings"
    end=$(date +%s%N)
    t+=($(( (end - start) / 1000000 )))
  done
  median "${t[@]}"
}
declare -A med
for n in 1000 10000; do
  tests/bench/make-large-kit.sh "$n" "$work/kit$n"
  med[$n]=$(median_ms "$work/kit$n")
  echo "$n cards: median ${med[$n]} ms over $runs runs; $(sed 's/^timings: //' "$work/timings")"
done
awk -v a="${med[1000]}" -v b="${med[10000]}" 'BEGIN { printf "10,000 / 1,000 cards time ratio: %.2f (linear: 10)\n", b / a }'
