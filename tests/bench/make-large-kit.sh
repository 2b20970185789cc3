#!/usr/bin/env bash
# Writes a kit of N cards with realistic French text (10 decks of N/10 cards) into DIR.
# Usage: tests/bench/make-large-kit.sh N DIR
set -euo pipefail
n=$1
dir=$2
mkdir -p "$dir/decks"
decks=10
per=$(( (n + decks - 1) / decks ))
{
  echo "kitpress: 1"
  echo "title: Grand atelier de test"
  echo "language: fr"
  echo "date: 2026-01-01"
  echo "decks:"
  for d in $(seq $decks); do echo "  - decks/d$d.yaml"; done
} > "$dir/kit.yaml"
colours=("#0060A0" "#A34400" "#00704F" "#6B3A8C" "#8A1C3C" "#005F73" "#7A4E00" "#3D5A80" "#5A3E85" "#22577A")
symbols=(circle triangle square diamond hexagon circle triangle square diamond hexagon)
made=0
for d in $(seq $decks); do
  {
    echo "id: d$d"
    echo "name: Paquet $d"
    echo "colour: \"${colours[$((d - 1))]}\""
    echo "symbol: ${symbols[$((d - 1))]}"
    echo "lead: \"L'AICT permet…\""
    echo "cards:"
    for c in $(seq $per); do
      [ $made -ge "$n" ] && break
      made=$((made + 1))
      echo "  - id: c$c"
      echo "    title: Levier numéro $c du paquet $d"
      echo "    body: >-"
      echo "      Créer de la confiance avec son DG, ne surtout pas le contourner : par la qualité"
      echo "      du travail engagé, la transparence des échanges et les relations quotidiennes ($c)."
    done
  } > "$dir/decks/d$d.yaml"
done
