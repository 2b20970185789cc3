#!/usr/bin/env bash
# Times `kitpress build` on the default kit: median of several runs, wall clock, in ms,
# for the cards alone, for the cards, stickers and guide, and for every output (with the
# worksheets).
# Usage: tests/bench/bench-build.sh [RUNS] [KIT]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
kit_bench_setup 15 "$@"
"$bin" build "$kit" -o "$out" -q  # warm the font cache
measure() {  # LABEL ARGS... → one line with the median of $runs builds
  local label=$1
  shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$bin" build "$kit" -o "$out" -q "$@"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf 'kitpress build %s, %s: median %s ms over %d runs (min %s)\n' "$kit" "$label" \
    "$(ms "$(median "${times[@]}")")" "$runs" "$(ms "$(minimum "${times[@]}")")"
}
measure "cards only (--only cards)" --only cards
measure "cards, stickers and guide (--only cards,stickers,guide)" --only cards,stickers,guide
measure "every output"
