#!/usr/bin/env bash
# Times `kitpress build` on the default kit: median of several runs, wall clock, in ms,
# for the cards alone and for every output (cards, stickers, guide, worksheets).
# Usage: tests/bench/bench-build.sh [RUNS] [KIT]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
kit=${2:-kit/bulle-dg}
bin=./build/kitpress
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
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
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  local median=${sorted[$(( runs / 2 ))]} min=${sorted[0]}
  printf 'kitpress build %s, %s: median %d.%03d ms over %d runs (min %d.%03d)\n' "$kit" "$label" \
    $((median / 1000)) $((median % 1000)) "$runs" $((min / 1000)) $((min % 1000))
}
measure "cards only (--only cards)" --only cards
measure "every output"
