#!/usr/bin/env bash
# The handover targets (docs/performance.md): for a generated 1,000-node diagram, the PDF sheet's page count,
# and one cold command-line run of export --pdf --svg --capirca (wall time and peak memory), then aclgen on the
# policy.
#
#   docs/bench/handover.sh [nodes]       # default 1000
#
# Needs GNU time (/usr/bin/time), poppler-utils (pdfinfo) and python3-capirca (aclgen).
set -euo pipefail
nodes=${1:-1000}
cd "$(git rev-parse --show-toplevel)"
mvn -q -B package -DskipTests
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
out=target/handover-bench
rm -rf "$out" && mkdir -p "$out"
java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" org.portolan.tools.GeneratedFile \
  "$nodes" "$out/generated.portolan"
/usr/bin/time -f "export: %e s wall, %M KB peak" java -jar target/portolan.jar export "$out/generated.portolan" \
  --pdf "$out/sheet.pdf" --svg "$out/diagram.svg" --capirca "$out/capirca" > /dev/null
echo "sheet: $(pdfinfo "$out/sheet.pdf" | awk '/^Pages:/ {print $2}') pages"
/usr/bin/time -f "aclgen: %e s wall" aclgen --base_directory="$out/capirca/policies" \
  --definitions_directory="$out/capirca/def" --output_directory="$out/capirca/out" > "$out/aclgen.log" 2>&1
echo "aclgen outputs: $(ls "$out/capirca/out" | tr '\n' ' ')"
