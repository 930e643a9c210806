#!/usr/bin/env bash
# Builds the .deb, installs it on this machine, runs the installed launcher (--help, --version, flows on a
# sample), removes it and checks that nothing is left. On Debian or Ubuntu, as root or with sudo; .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"

mvn -B -q -Ppackage package -DskipTests
deb=$(ls target/jpackage/portolan_*_amd64.deb)
echo "built $deb ($(du -h "$deb" | cut -f1))"
contents=$(dpkg-deb -c "$deb")
for file in opt/portolan/bin/Portolan opt/portolan/lib/portolan-Portolan.desktop \
    opt/portolan/lib/portolan-Portolan-MimeInfo.xml opt/portolan/lib/Portolan.png; do
  grep -q "$file" <<<"$contents" || { echo "$file is not in $deb" >&2; exit 1; }
done

$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
/opt/portolan/bin/Portolan --help | grep -q 'Usage: portolan'
[ -s /opt/portolan/lib/app/portolan.jsa ] || { echo "postinst made no class-data-sharing archive" >&2; exit 1; }
portolan --version | grep -q '^Portolan '
rows=$(/opt/portolan/bin/Portolan flows assets/samples/edge-perimeter.portolan --format csv | wc -l)
[ "$rows" -gt 10 ] || { echo "flows printed $rows lines" >&2; exit 1; }
echo "installed launcher: --help, --version and flows ($rows lines) work"

$sudo dpkg -r portolan >/dev/null
[ ! -e /opt/portolan ] && [ ! -e /usr/bin/portolan ] || { echo "left behind after dpkg -r" >&2; exit 1; }
echo "removed: nothing left in /opt/portolan or /usr/bin"
