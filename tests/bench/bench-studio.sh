#!/usr/bin/env bash
# Measures the studio's loop: with `kitpress serve` running, the time from saving a card's text
# to its new proof image served (the state's long poll answers, then the PNG is fetched), for one
# card and for every proof of the kit (20 card faces, 3 backs, every page). Median of several.
# Usage: tests/bench/bench-studio.sh [EDITS]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/lib.sh
edits=${1:-20}
work=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r kit/bulle-dg "$work/kit"
./build/kitpress serve "$work/kit" --port "$port" > "$work/log" 2>&1 &
pid=$!
until grep -q "token=" "$work/log" 2>/dev/null; do sleep 0.01; done
token=$(grep -o 'token=[0-9a-f]*' "$work/log" | cut -d= -f2)
base="http://127.0.0.1:$port"
get() { curl -sf -o "$2" "$base$1&token=$token"; }
generation() { grep -o '"generation":[0-9]*' "$1" | cut -d: -f2; }
get "/api/state?lang=" "$work/state"
gen=$(generation "$work/state")
one=() all=()
: > "$work/urls"
for i in $(seq "$edits"); do
  start=$(date +%s%N)
  sed -i "s/^    title: Pas à pas.*/    title: Pas à pas $i/" "$work/kit/decks/leviers.yaml"
  get "/api/state?lang=&since=$gen" "$work/state"
  gen=$(generation "$work/state")
  get "/api/page?lang=&output=proof&name=leviers-pas-a-pas-front&g=$gen" "$work/one.png"
  mid=$(date +%s%N)
  # Every other proof and page of the build.
  [ -s "$work/urls" ] || python3 - "$work/state" > "$work/urls" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
for p in s["proofs"]:
    if p["name"] != "leviers-pas-a-pas-front":
        print("/api/page?lang=&output=proof&name=%s" % p["name"])
for o in s["outputs"]:
    for n in range(o["pages"]):
        print("/api/page?lang=&output=%s&n=%d" % (o["file"], n))
PY
  # A browser fetches a page's images four to six at a time.
  sed "s|\$|\&token=$token|; s|^|$base|" "$work/urls" | xargs -P 4 -I{} curl -sf -o /dev/null {}
  end=$(date +%s%N)
  one+=($(( (mid - start) / 1000000 )))
  all+=($(( (end - start) / 1000000 )))
  sleep 0.1
done
echo "studio: save to new proof served, one card: median $(median "${one[@]}") ms (min $(minimum "${one[@]}"), max $(maximum "${one[@]}")); the whole kit ($(wc -l < "$work/urls") more images): median $(median "${all[@]}") ms over $edits edits"
