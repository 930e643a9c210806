#!/usr/bin/env bash
# Runs the designer's canvas benchmark (CanvasBenchmark, docs/performance.md) on two commits alternately, so
# that this machine's changes of speed, which are larger than most improvements, fall on both alike.
#
#   docs/bench/canvas-interleaved.sh <earlier-commit> [rounds] [edit ...]
#
# Edits are those of -Dedit (move, imap, send, rename, delete, undo), each optionally followed by ":nosel" for
# -DnoSelection=true; the default is "delete send:nosel". Each round runs every edit on the earlier commit, then
# on the working tree; one line per run, "edit round checkout | edit medians | first-edits medians | drag
# medians", goes to stdout, and each run's whole output to target/canvas-interleaved/ (a run that stops says why
# there). Both commits warm up over WARM_UP edits (default 100, the benchmark's own default since it reports the
# first 20 edits apart; earlier commits defaulted to 10), so that the edits compared run compiled code on both.
set -euo pipefail
earlier=${1:?usage: $0 <earlier-commit> [rounds] [edit ...]}
rounds=${2:-3}
shift $(( $# > 1 ? 2 : 1 ))
if [ $# -gt 0 ]; then edits=("$@"); else edits=(delete send:nosel); fi
here=$(git rev-parse --show-toplevel)
there=$(mktemp -d /tmp/portolan-earlier.XXXXXX)
trap 'git -C "$here" worktree remove --force "$there" >/dev/null 2>&1 || true' EXIT
git -C "$here" worktree add --detach "$there" "$earlier" >/dev/null
for dir in "$there" "$here"; do (cd "$dir" && mvn -q -o -Pbench-ui test-compile); done
logs="$here/target/canvas-interleaved"
mkdir -p "$logs"
run() { # checkout edit noselection round
  local flags="-Dportolan.bench=true -Dedit=$2 -DwarmUpEdits=${WARM_UP:-100}"
  [ "$2" != move ] && flags="$flags -DskipDrag=true"
  [ "$3" = nosel ] && flags="$flags -DnoSelection=true"
  (cd "$1" && mvn -q -o -Pbench-ui exec:exec -Dbench-ui.args="1000 30" -Dbench-ui.jvm="$flags" 2>&1 || true) \
    | tee "$logs/$2${3:+-$3}-r$4-$(basename "$1").log" | awk '/^edit, recompute/ {e=$0; sub(/.*caused\): /, "", e)}
           /^drag frame/ {d=$0; sub(/.*pulse\): /, "", d)} /^first [0-9]+ edits/ {f=$0; sub(/.*compiling\): /, "", f)}
           END {print e " | first edits " (f == "" ? "-" : f) " | drag " (d == "" ? "-" : d)}'
}
for round in $(seq 1 "$rounds"); do
  for edit in "${edits[@]}"; do
    name=${edit%%:*}; mode=${edit#*:}; [ "$mode" = "$edit" ] && mode=""
    echo "$edit r$round $(git -C "$there" rev-parse --short HEAD) | $(run "$there" "$name" "$mode" "$round")"
    echo "$edit r$round working-tree | $(run "$here" "$name" "$mode" "$round")"
  done
done
