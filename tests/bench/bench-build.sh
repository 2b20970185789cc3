#!/usr/bin/env bash
# Times `kitpress build` on the default kit: median of several runs, wall clock, in ms.
# Usage: tests/bench/bench-build.sh [RUNS] [KIT]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
kit=${2:-kit/bulle-dg}
bin=./build/kitpress
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" build "$kit" -o "$out" -q  # warm the font cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" build "$kit" -o "$out" -q
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
min=${sorted[0]}
max=${sorted[$(( runs - 1 ))]}
printf 'kitpress build %s: median %d.%03d ms over %d runs (min %d.%03d, max %d.%03d)\n' "$kit" \
  $((median / 1000)) $((median % 1000)) "$runs" $((min / 1000)) $((min % 1000)) $((max / 1000)) $((max % 1000))
