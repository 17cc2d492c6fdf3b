#!/usr/bin/env bash
# Table transfer benchmark: a ~1 GB CSV through camel-datagrok routes against the emulator, with curl as the
# baseline on the same emulator. See src/bench/README.md. Usage: [ROWS=n] src/bench/table-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${ROWS:-10000000}
MAP_ROWS=${MAP_ROWS:-1000000}
RUNS=${RUNS:-2}
WORK=${WORK:-/tmp/camel-datagrok-bench}
ROUTE_XMX=${ROUTE_XMX:-256m}
KEY=bench-key
BENCH_CLASS=camel-datagrok-component/target/test-classes/io/github/cameldatagrok/bench/TableTransferBenchmark.class
USAGE_LINES=2,3
# shellcheck source=bench-lib.sh
. "$(dirname "$0")/bench-lib.sh"
bench_args "$@"
START=$SECONDS
cd "$ROOT"
bench_build
bench_prepare
bench_start_emulator

# --- the table
CSV=$WORK/bench.csv
echo "generating $ROWS rows"
java -Xmx256m -cp "$CP" io.github.cameldatagrok.bench.BenchTable "$CSV" "$ROWS" >/dev/null
BYTES=$(stat -c %s "$CSV")

# --- curl baseline, best of $RUNS. Upload with -T (streamed from the file with its length, as the route sends a
# File) and -X POST: --data-binary @file first reads the file into curl's memory, and sending 1 GB from there
# measured slower and erratic (1.2-3.9 s against 0.8-1.0 s for -T). 'Expect:' drops the 100-continue round trip,
# which HttpClient does not make either.
TABLE_URL=$BASE/public/v1/tables/Bench.Curl
best() { printf '%s\n' "$@" | sort -g | head -1; }
curl_upload() {
  curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' \
       -H 'Expect:' -X POST -T "$CSV" "$TABLE_URL"
}
curl_download() {
  curl -fsS -o "$WORK/curl-download.csv" -w '%{time_total}' -H "Authorization: Bearer $KEY" "$TABLE_URL"
  [[ $(stat -c %s "$WORK/curl-download.csv") == "$BYTES" ]] || { echo "curl download size differs" >&2; exit 1; }
}
echo "curl upload / download, $RUNS runs each"
UPS=(); DOWNS=()
for _ in $(seq "$RUNS"); do t=$(curl_upload); UPS+=("$t"); done   # t=$(...) so that a failure stops the run
for _ in $(seq "$RUNS"); do t=$(curl_download); DOWNS+=("$t"); done
CURL_UP=$(best "${UPS[@]}"); CURL_DOWN=$(best "${DOWNS[@]}")
echo "curl.upload.runs=${UPS[*]}"; echo "curl.download.runs=${DOWNS[*]}"
rm -f "$WORK/curl-download.csv"

# --- the routes, in their own JVM (cwd = work dir: the test log4j2 config writes target/camel-datagrok-test.log)
echo "routes (java -Xmx$ROUTE_XMX), $RUNS runs per phase"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.TableTransferBenchmark "$BASE" "$CSV" "$ROWS" "$WORK" "$MAP_ROWS" "$RUNS") \
    | tee "$WORK/route.out"
val() { grep "^$1=" "$WORK/route.out" | cut -d= -f2; }

# --- the report. MB = 10^6 bytes.
awk -v bytes="$BYTES" -v rows="$ROWS" -v maprows="$MAP_ROWS" -v runs="$RUNS" -v xmx="$(val route.xmx.mb)" \
    -v cu="$CURL_UP" -v cd="$CURL_DOWN" \
    -v ru="$(val route.upload.seconds)" -v rd="$(val route.download.seconds)" \
    -v rr="$(val route.rowsDownload.seconds)" -v rw="$(val route.rowsUpload.seconds)" \
    -v rwb="$(val route.rowsUpload.bytes)" \
    -v hu="$(val route.upload.peakHeapMb)" -v hd="$(val route.download.peakHeapMb)" \
    -v hr="$(val route.rowsDownload.peakHeapMb)" -v hw="$(val route.rowsUpload.peakHeapMb)" '
function mark(ok) { return ok ? "ok" : "MISSED" }
function transfer(name, route, curl,   ratio) {
  ratio = curl / route
  printf "%-26s %10.1f %10.1f %10.2f   >= 0.80 %s\n", name, bytes / route / 1e6, bytes / curl / 1e6, ratio, mark(ratio >= 0.8)
}
function heap(name, mb) { printf "  %-24s %8.1f MB   < 256 MB %s\n", name, mb, mark(mb < 256) }
BEGIN {
  printf "\nfile: %d rows, %d bytes (%.2f GB); route JVM max heap %s MB; best of %d runs\n\n", rows, bytes, bytes / 1e9, xmx, runs
  printf "%-26s %10s %10s %10s   %s\n", "transfer", "route MB/s", "curl MB/s", "route/curl", "target"
  transfer("upload (File body)", ru, cu)
  transfer("download (stream to file)", rd, cd)
  printf "\n%-26s %12s %10s %8s\n", "rows", "rows/s", "MB/s", "seconds"
  printf "%-26s %12.0f %10.1f %8.2f\n", "download, iterator", rows / rr, bytes / rr / 1e6, rr
  printf "%-26s %12.0f %10.1f %8.2f   (%d rows, %d bytes)\n", "upload, Iterator of Map", maprows / rw, rwb / rw / 1e6, rw, maprows, rwb
  printf "\npeak heap of the route JVM (sum of heap pools peak used), per phase\n"
  heap("upload", hu); heap("download", hd); heap("download rows", hr); heap("upload rows", hw)
}'
echo
echo "total bench time: $((SECONDS - START)) s"
