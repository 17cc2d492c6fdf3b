#!/usr/bin/env bash
# Table transfer benchmark: a ~1 GB CSV through camel-datagrok routes against the emulator, with curl as the
# baseline on the same emulator. See src/bench/README.md. Usage: [ROWS=n] src/bench/table-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${ROWS:-10000000}
MAP_ROWS=${MAP_ROWS:-1000000}
RUNS=${RUNS:-5}
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

# --- curl baseline, $RUNS runs each. Upload with -T (streamed from the file with its length, as the route sends a
# File) and -X POST: --data-binary @file first reads the file into curl's memory, and sending 1 GB from there
# measured slower and erratic (1.2-3.9 s against 0.8-1.0 s for -T). 'Expect:' drops the 100-continue round trip,
# which the component does not make either.
TABLE_URL=$BASE/public/v1/tables/Bench.Curl
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
echo "curl.upload.runs=${UPS[*]}"; echo "curl.download.runs=${DOWNS[*]}"
rm -f "$WORK/curl-download.csv"

# --- the routes, in their own JVM (cwd = work dir: the test log4j2 config writes target/camel-datagrok-test.log)
echo "routes (java -Xmx$ROUTE_XMX), $RUNS runs per phase"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.TableTransferBenchmark "$BASE" "$CSV" "$ROWS" "$WORK" "$MAP_ROWS" "$RUNS") \
    | tee "$WORK/route.out"

# --- the report: medians judged, best and spread (min-max) shown; MB = 10^6 bytes
printf '\nfile: %d rows, %d bytes; route JVM max heap %s MB; %d runs each; load %s\n\n' "$ROWS" "$BYTES" \
       "$(bench_val route.xmx.mb)" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
bench_row_header
if ((BYTES >= 950000000)); then SIZE="$(((BYTES + 500000000) / 1000000000)) GB"; else SIZE="$(((BYTES + 500000) / 1000000)) MB"; fi
# the issue's targets: 1 GB uploads >= 0.95x curl, 100 MB ones (where a fixed cost per request shows) >= 0.9x
bench_row "$SIZE table upload (File) vs curl" MB/s "$BYTES/1e6" "$(bench_val route.upload.runs)" "${UPS[*]}" \
          "$( ((BYTES >= 500000000)) && echo 0.95 || echo 0.9)"
bench_row "$SIZE table stream download vs curl" MB/s "$BYTES/1e6" "$(bench_val route.download.runs)" "${DOWNS[*]}" 0.95
bench_row "$SIZE rows iterator vs Jackson tokens" Mrows/s "$ROWS/1e6" "$(bench_val route.rowsDownload.runs)" \
          "$(bench_val baseline.csvTokens.runs)" 0.7
bench_row "$MAP_ROWS Map rows upload (rows/s)" Mrows/s "$MAP_ROWS/1e6" "$(bench_val route.rowsUpload.runs)" - 3
bench_row "  the Map rows source alone" Mrows/s "$MAP_ROWS/1e6" "$(bench_val baseline.mapRowsSource.runs)" - info
echo
for phase in upload download rowsDownload rowsUpload; do bench_heap "table $SIZE $phase" "$(bench_val "route.$phase.peakHeapMb")"; done
echo
echo "total bench time: $((SECONDS - START)) s"
