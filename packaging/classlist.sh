#!/usr/bin/env bash
# Regenerates packaging/portolan.classlist: the classes a start of the window loads, which the .deb's postinst
# archives for class-data sharing (AppCDS). Run after changes that add many classes to the first frame.
# Needs: mvn -B package, and apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
export DISPLAY=:93
Xvfb :93 -screen 0 1366x768x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
rm -f target/portolan.classlist
java -XX:DumpLoadedClassList=target/portolan.classlist -Dportolan.home=target/classlist-home \
  -jar target/portolan.jar >/dev/null 2>&1 &
APP=$!
xdotool search --sync --onlyvisible --name Portolan >/dev/null
sleep 1.5 # the first frame's layout and CSS
kill -TERM $APP
wait $APP 2>/dev/null || true
mv target/portolan.classlist packaging/portolan.classlist
echo "packaging/portolan.classlist: $(grep -vc '^#' packaging/portolan.classlist) classes"
