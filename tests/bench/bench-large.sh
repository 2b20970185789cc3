#!/usr/bin/env bash
# Times whole builds of generated kits of 1,000 and 10,000 cards: median wall time and median
# peak memory of RUNS, the stage breakdown (--timings) and the 10k/1k ratio (linear growth:
# under 11).
# Usage: tests/bench/bench-large.sh [RUNS] [KITPRESS]   (after `make build`; KITPRESS, default
# ./build/kitpress, is another binary to measure, e.g. a copy of an earlier build)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
runs=${1:-5}
bin=${2:-./build/kitpress}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# KIT → "median-wall-ms median-peak-MiB", and the last --timings line in $work/timings
measure() {
  local kit=$1 t=() peaks=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$bin" build "$kit" -o "$work/out" -q --timings 2> "$work/stderr" ||
      { echo "build of $kit failed:" >&2; head -20 "$work/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    grep "^timings:" "$work/stderr" > "$work/timings"
    t+=($(( (end - start) / 1000000 )))
    peaks+=("$(sed -n 's/.*peak memory \([0-9.]*\) MiB.*/\1/p' "$work/timings")")
  done
  echo "$(median "${t[@]}") $(printf '%s\n' "${peaks[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
}
declare -A med
for n in 1000 10000; do
  tests/bench/make-large-kit.sh "$n" "$work/kit$n"
  read -r ms peak < <(measure "$work/kit$n")
  med[$n]=$ms
  echo "$n cards: median $ms ms, median peak $peak MiB over $runs runs;" \
    "last run: $(sed 's/^timings: //' "$work/timings")"
done
awk -v a="${med[1000]}" -v b="${med[10000]}" 'BEGIN { printf "10,000 / 1,000 cards time ratio: %.2f (linear: 10)\n", b / a }'
