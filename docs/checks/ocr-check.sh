#!/usr/bin/env bash
# Opens a diagram with the built jar in a 1920x1080 X server, takes a screenshot and checks, by OCR, that
# every server name and the ports on the arrow labels can be read off the screen.
#   docs/checks/ocr-check.sh [FILE]      (default docs/examples/branch-office.portolan: 6 nodes, own zone ids)
# Needs: mvn -B package (target/portolan.jar), and
#   apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 imagemagick tesseract-ocr xdotool
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-docs/examples/branch-office.portolan}
OUT=target/ocr
mkdir -p "$OUT"
export DISPLAY=:97
Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null || true' EXIT
sleep 1
java -Dportolan.home="$OUT/home" -jar target/portolan.jar "$FILE" >/dev/null 2>&1 &
APP=$!
for _ in $(seq 60); do
  WIN=$(xdotool search --name Portolan 2>/dev/null | head -1 || true)
  [ -n "$WIN" ] && break
  sleep 0.5
done
xdotool windowmove "$WIN" 0 0 windowsize "$WIN" 1920 1080
sleep 3
import -window root "$OUT/screen.png"
# Only the diagram (the port table below it lists names and ports too), four times the size, grey, then black
# and white so that the coloured lines through the labels drop out: tesseract reads small screen text so.
# Read at three thresholds: what one binarisation breaks (a label's border touching a digit), another keeps.
: > "$OUT/screen.txt"
for threshold in 55 65 75; do
  convert "$OUT/screen.png" -crop 1460x590+180+80 -colorspace Gray -filter Lanczos -resize 400% \
    -threshold "$threshold%" "$OUT/diagram-$threshold.png"
  tesseract "$OUT/diagram-$threshold.png" "$OUT/diagram-$threshold" --psm 11 >/dev/null 2>&1
  cat "$OUT/diagram-$threshold.txt" >> "$OUT/screen.txt"
done
missing=0
for word in Internet EDGE-BR1 CAS-BR1 MBX-BR1 DNS-BR1 DC-BR1 Outside DMZ "Corporate LAN" 25/TCP 50636/TCP 53/UDP 443; do
  if grep -qF -- "$word" "$OUT/screen.txt"; then echo "read: $word"; else echo "NOT READ: $word"; missing=1; fi
done
echo "screenshot: $OUT/screen.png, text: $OUT/screen.txt"
exit $missing
