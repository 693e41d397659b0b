#!/usr/bin/env bash
# Re-measure every labelled set and record its summary in models/model-card.json (dev_sets), as the
# README's Accuracy section reports it. Takes about 17 minutes on 2 cores; run it after a retrain or a
# change to the rules, then commit the card. Usage: bash devset/record.sh [LOG]
set -euo pipefail
cd "$(dirname "$0")/.."
log="${1:-/dev/stdout}"
ev() { echo "== $1" >> "$log"; contract-analyzer evaluate "$2" --labels "$3" --as-of 2026-11-28 --workers 2 --card "$1" >> "$log" 2>&1; }
: > "$log" 2>/dev/null || true
ev synthetic devset/synthetic devset/.sources/labels.json
if [ -d ../shared/corpus ]; then ev corpus ../shared/corpus devset/corpus-labels.json; fi
ev holdout1 devset/holdout devset/.holdout-sources/labels.json
ev paraphrase devset/paraphrase devset/.paraphrase-sources/labels.json
for n in $(seq 2 44); do ev "holdout$n" "devset/holdout$n" "devset/.holdout$n-sources/labels.json"; done
ev samples samples samples/.sources/labels.json
