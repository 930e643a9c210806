#!/usr/bin/env bash
# Runs the designer's canvas benchmark (CanvasBenchmark, docs/performance.md) on the working tree with the
# overview's arrow stacks and without them (-Dportolan.noArrowStacks=true), alternately, so that this machine's
# changes of speed fall on both alike.
#
#   docs/bench/canvas-stacks-ab.sh [rounds] [edit ...]
#
# An edit is one of CanvasBenchmark's (move, undo, delete, send, imap, rename), with ":nosel" for nothing
# selected; the default is the unselected move, move:nosel. Prints each run's "edit, recompute + redraw" line.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-1}
shift || true
edits=("${@:-move:nosel}")
mvn -q -Pbench-ui test-compile
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for e in "${edits[@]}"; do
    edit=${e%%:*}
    nosel=""
    [[ $e == *:nosel ]] && nosel="-DnoSelection=true"
    for stacks in on off; do
      off=""
      [[ $stacks == off ]] && off="-Dportolan.noArrowStacks=true"
      line=$(mvn -q -Pbench-ui exec:exec -Dbench-ui.args="1000 30" \
        -Dbench-ui.jvm="-Dportolan.bench=true -DskipDrag=true -Dedit=$edit $nosel $off" 2>"$log" \
        | grep '^edit, rec' || true)
      echo "round $r, $e, stacks $stacks: ${line:-no result}"
      [[ -n $line ]] || tail -20 "$log"
    done
  done
done
