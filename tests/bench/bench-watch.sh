#!/usr/bin/env bash
# Measures the authoring loop: with `kitpress watch` running, the time from saving a card's
# text to the rebuilt PDF being on disk (the watch's "rebuilt" line). Median of several edits.
# Usage: tests/bench/bench-watch.sh [EDITS]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
edits=${1:-10}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r kit/bulle-dg "$work/kit"
./build/kitpress watch "$work/kit" -o "$work/out" -q > "$work/log" 2>&1 &
pid=$!
until grep -q " watching " "$work/log" 2>/dev/null; do sleep 0.01; done
times=()
for i in $(seq "$edits"); do
  before=$(grep -c " rebuilt " "$work/log")
  start=$(date +%s%N)
  sed -i "s/^    title: Pas à pas.*/    title: Pas à pas $i/" "$work/kit/decks/leviers.yaml"
  until [ "$(grep -c " rebuilt " "$work/log")" -gt "$before" ]; do :; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  sleep 0.1
done
pdftotext "$work/out/fr/cards.pdf" - | grep -c "Pas à pas $edits" >/dev/null || { echo "the PDF was not updated" >&2; exit 1; }
echo "watch: save to PDF on disk, median $(median "${times[@]}") ms over $edits edits (min $(minimum "${times[@]}"), max $(maximum "${times[@]}")); includes a 30 ms debounce"
