#!/usr/bin/env bash
# Determinism under load: RUNS builds of a kit alternating -j 1 / -j 2 while a CPU hog keeps
# every core busy; every file must be byte-identical to the first run's. Bounded: each build
# gets at most 120 s. Usage: tests/stress/determinism.sh [kitpress-binary] (RUNS=50, KIT, LANGS).
set -euo pipefail
bin=${1:-build/kitpress}
runs=${RUNS:-50}
kit=${KIT:-kit/bulle-dg}
langs=${LANGS:-all}
tmp=$(mktemp -d)
hogs=()
cleanup() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  hogs+=($!)
done
for i in $(seq "$runs"); do
  jobs=$((i % 2 == 1 ? 1 : 2))
  out="$tmp/run"
  rm -rf "$out"
  timeout 120 "$bin" build "$kit" --lang "$langs" -o "$out" -q -j "$jobs"
  if [ "$i" -eq 1 ]; then
    mv "$out" "$tmp/first"
    continue
  fi
  if ! diff -r -q "$tmp/first" "$out" >/dev/null; then
    echo "stress: run $i (-j $jobs) differs from run 1 (-j 1):" >&2
    diff -r -q "$tmp/first" "$out" >&2 || true
    for f in $(cd "$out" && find . -type f); do
      cmp "$tmp/first/$f" "$out/$f" >&2 || true
    done
    exit 1
  fi
done
echo "stress: $runs builds of $kit (--lang $langs), -j 1 and -j 2 alternating under a CPU hog: identical"
