#!/usr/bin/env bash
# The designer's responsiveness targets (docs/performance.md), in one run on this machine: the baseline
# harness (a window holding one rectangle: what the headless software pipeline costs by itself), then a
# generated 150-node diagram drawn in full, then a generated 1,000-node diagram (dense: bundled), each with
# CanvasBenchmark in the real window (headless Monocle, software rendering) and a 1 GB heap.
#
#   docs/bench/canvas.sh [rounds]        # rounds: measured edits after 100 warm-up edits (default 20)
#
# Each run's whole output goes to target/canvas-bench/; the summary lines go to stdout.
set -euo pipefail
rounds=${1:-20}
cd "$(git rev-parse --show-toplevel)"
mvn -q -Pbench-ui test-compile
out=target/canvas-bench
mkdir -p "$out"
for args in baseline "150 $rounds" "1000 $rounds"; do
  log="$out/$(echo "$args" | cut -d' ' -f1).log"
  mvn -q -Pbench-ui exec:exec -Dbench-ui.args="$args" > "$log" 2>&1
  echo "== $args"
  grep -E '^(baseline|window open|drag frame|   event to|first [0-9]+ edits|edit, recompute|   work|slowest|memory)' "$log"
done
