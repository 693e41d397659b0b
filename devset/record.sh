#!/usr/bin/env bash
# Re-measure every labelled set and record its summary in models/model-card.json (dev_sets), as the
# README's Accuracy section reports it; the ten held-out sets are measured a second time with the rules alone
# (--no-model, recorded as holdoutN-rules). Run it after a retrain or a change to the rules, then
# `python devset/readme_tables.py` and commit the card and README. Usage: bash devset/record.sh [LOG]
set -euo pipefail
cd "$(dirname "$0")/.."
log="${1:-/dev/stdout}"
# a fresh result cache, so that every figure comes from this run's analysis (and the user's cache is left alone)
XDG_CACHE_HOME="$(mktemp -d)"
export XDG_CACHE_HOME
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
ev() { echo "== $1" >> "$log"; contract-analyzer evaluate "$2" --labels "$3" --as-of 2026-11-28 --workers 2 --card "$1" "${@:4}" >> "$log" 2>&1; }
: > "$log" 2>/dev/null || true
ev synthetic devset/synthetic devset/.sources/labels.json
if [ -d ../shared/corpus ]; then ev corpus ../shared/corpus devset/corpus-labels.json; fi
ev holdout1 devset/holdout devset/.holdout-sources/labels.json
ev paraphrase devset/paraphrase devset/.paraphrase-sources/labels.json
for d in devset/holdout[0-9]*; do
  n="${d#devset/holdout}"
  ev "holdout$n" "$d" "devset/.holdout$n-sources/labels.json"
done
for n in $(cd devset && python -c "import snapshot; print(*snapshot.HELDOUT)"); do
  ev "holdout$n-rules" "devset/holdout$n" "devset/.holdout$n-sources/labels.json" --no-model
done
ev samples samples samples/.sources/labels.json
