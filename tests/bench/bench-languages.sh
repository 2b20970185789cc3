#!/usr/bin/env bash
# Times `kitpress build KIT --lang all` on every core against the same build on one thread
# (-j 1: one language after another, one output after another): median wall time of RUNS
# builds each, run alternately so that both see the same machine, and their ratio.
# Usage: tests/bench/bench-languages.sh [RUNS] [KIT]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
kit_bench_setup 9 "$@"
"$bin" build "$kit" --lang all -o "$out" -q  # warm the font and hyphenation caches
parallel=() sequential=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" build "$kit" --lang all -o "$out" -q
  mid=$(date +%s%N)
  "$bin" build "$kit" --lang all -o "$out" -q -j 1
  end=$(date +%s%N)
  parallel+=($(( (mid - start) / 1000 )))
  sequential+=($(( (end - mid) / 1000 )))
done
p=$(median "${parallel[@]}")
s=$(median "${sequential[@]}")
printf 'kitpress build %s --lang all: median %s ms on every core (%d cores), %s ms with -j 1, over %d runs\n' \
  "$kit" "$(ms "$p")" "$(nproc)" "$(ms "$s")" "$runs"
awk -v s="$s" -v p="$p" 'BEGIN { printf "speed-up: %.2fx\n", s / p }'
