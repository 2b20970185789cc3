#!/usr/bin/env bash
# Determinism under load: RUNS builds of a kit alternating -j 1 / -j 2 while a CPU hog keeps
# every core busy; every file must be byte-identical to the first run's. Bounded: each build
# gets at most 120 s. Usage: tests/stress/determinism.sh [kitpress-binary]
# (RUNS=50, KIT, LANGS=all, FLAGS="--png --press"; RACE=1 preloads tests/stress/face_race.c,
# which makes cairo's font face race of issue 17 happen on purpose, and fails if it never did).
set -euo pipefail
bin=${1:-build/kitpress}
runs=${RUNS:-50}
kit=${KIT:-kit/bulle-dg}
langs=${LANGS:-all}
read -r -a flags <<<"${FLAGS:---png --press}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
hogs=()
cleanup() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
preload=()
if [ "${RACE:-0}" = 1 ]; then
  # shellcheck disable=SC2046  # pkg-config's flags are words
  cc -O2 -shared -fPIC -o "$tmp/face_race.so" "$here/face_race.c" \
    $(pkg-config --cflags --libs cairo-ft fontconfig) -ldl -lpthread
  preload=(env LD_PRELOAD="$tmp/face_race.so" KP_FACE_RACE_LOG="$tmp/race.log")
  : >"$tmp/race.log"
fi
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  hogs+=($!)
done
for i in $(seq "$runs"); do
  jobs=$((i % 2 == 1 ? 1 : 2))
  out="$tmp/run"
  rm -rf "$out"
  timeout 120 "${preload[@]}" "$bin" build "$kit" --lang "$langs" "${flags[@]}" -o "$out" -q -j "$jobs"
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
what="$runs builds of $kit (--lang $langs ${flags[*]}), -j 1 and -j 2 alternating under a CPU hog"
if [ "${RACE:-0}" = 1 ]; then
  races=$(wc -l <"$tmp/race.log")
  if [ "$races" -eq 0 ]; then
    echo "stress: $what: the font face race was never forced, so this run shows nothing" >&2
    exit 1
  fi
  what="$what, with the font face race forced $races times"
fi
echo "stress: $what: identical"
