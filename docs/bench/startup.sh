#!/usr/bin/env bash
# Start-up of the window and of the command line, measured from launch to the window being mapped on a
# 1366x768 X server (xdotool, polled every 20 ms), against a hello-world JavaFX window on the same JavaFX jars;
# runs alternate.
#   docs/bench/startup.sh [RUNS]         (default 7)
# Needs: mvn -B package (target/portolan.jar), mvn -B test-compile (the hello window), and
#   apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 xdotool
# With /opt/portolan/bin/Portolan installed (packaging/check-deb.sh's package), the installed launcher too.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
OUT=target/startup
mkdir -p "$OUT/home"
export DISPLAY=:96
Xvfb :96 -screen 0 1366x768x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Launches "$@", waits until a window named $NAME is mapped, prints the milliseconds it took, stops the program.
window() {
  local start pid
  start=$(ms)
  "$@" >/dev/null 2>&1 &
  pid=$!
  # Polled every 20 ms: xdotool's own --sync polls every half second, too coarse to compare.
  until xdotool search --onlyvisible --name "$NAME" >/dev/null 2>&1; do sleep 0.02; done
  echo $(( $(ms) - start ))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

java -cp target/portolan.jar:target/test-classes org.portolan.tools.GeneratedFile 1000 "$OUT/1000.portolan" >/dev/null
cat > "$OUT/3.portolan" <<'JSON'
{ "format": "portolan-topology", "version": 1, "name": "Three nodes",
  "zones": [ { "id": "external", "kind": "EXTERNAL", "name": "Internet" },
             { "id": "internal", "kind": "INTERNAL", "name": "Internal network" } ],
  "nodes": [ { "id": "internet", "kind": "INTERNET", "name": "Internet", "zone": "external" },
             { "id": "ex01", "kind": "MULTI_ROLE", "name": "EX01", "zone": "internal" },
             { "id": "dns01", "kind": "DNS", "name": "DNS01", "zone": "internal" } ] }
JSON

: > "$OUT/hello"; : > "$OUT/jar"; : > "$OUT/installed"; : > "$OUT/flows3"; : > "$OUT/flows1000"
for _ in $(seq "$RUNS"); do
  NAME="Hello window" window java -cp target/portolan.jar:target/test-classes org.portolan.tools.HelloWindow >> "$OUT/hello"
  NAME="Portolan" window java -Dportolan.home="$OUT/home" -jar target/portolan.jar >> "$OUT/jar"
  if [ -x /opt/portolan/bin/Portolan ]; then
    NAME="Portolan" window env HOME="$OUT/home" /opt/portolan/bin/Portolan >> "$OUT/installed"
  fi
  s=$(ms); java -jar target/portolan.jar flows "$OUT/3.portolan" >/dev/null; echo $(( $(ms) - s )) >> "$OUT/flows3"
  s=$(ms); java -jar target/portolan.jar flows "$OUT/1000.portolan" >/dev/null; echo $(( $(ms) - s )) >> "$OUT/flows1000"
done
hello=$(median < "$OUT/hello"); jar=$(median < "$OUT/jar")
f3=$(median < "$OUT/flows3"); f1000=$(median < "$OUT/flows1000")
echo "medians of $RUNS alternating runs, ms"
echo "hello-world window: $hello"
echo "Portolan window (jar): $jar ($(awk "BEGIN {printf \"%.2f\", $jar / $hello}")x hello)"
if [ -s "$OUT/installed" ]; then
  inst=$(median < "$OUT/installed")
  echo "Portolan window (installed launcher): $inst ($(awk "BEGIN {printf \"%.2f\", $inst / $hello}")x hello)"
fi
echo "flows, 3 nodes: $f3; 1,000 nodes: $f1000 ($(awk "BEGIN {printf \"%.2f\", $f1000 / $f3}")x)"
