#!/usr/bin/env bash
# File consumer benchmark: 10,000 small files and one 1 GB file through a datagrok:file consumer route against the
# emulator, with curl fetching the same files/sync answers as the baseline. See src/bench/README.md.
# Usage: [FILES=n] [BIG_MB=n] src/bench/file-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FILES=${FILES:-10000}
FILE_BYTES=${FILE_BYTES:-1000}
BIG_MB=${BIG_MB:-1000}
RUNS=${RUNS:-5}
WORK=${WORK:-/tmp/camel-datagrok-file-bench}
ROUTE_XMX=${ROUTE_XMX:-256m}
KEY=bench-key
BENCH_CLASS=camel-datagrok-component/target/test-classes/io/github/cameldatagrok/bench/FileTransferBenchmark.class
USAGE_LINES=2,4
# shellcheck source=bench-lib.sh
. "$(dirname "$0")/bench-lib.sh"
bench_args "$@"
START=$SECONDS
cd "$ROOT"
bench_build
bench_prepare
bench_start_emulator
BIG_BYTES=$((BIG_MB * 1000000))

# --- seed the emulator over its API (uploads; the big file is generated while sent)
echo "seeding $FILES files of $FILE_BYTES bytes and one of $BIG_BYTES bytes"
DATAGROK_API_KEY=$KEY java -Xmx256m -cp "$CP" io.github.cameldatagrok.bench.FileTransferBenchmark \
    seed "$BASE" "$FILES" "$FILE_BYTES" "$BIG_BYTES"

# --- curl baseline, $RUNS runs: the same first-sync request the consumer makes (POST files/sync with no eTags),
# the multipart answer counted and dropped (-o /dev/null), as the route reads each body and counts its bytes
curl_sync() {
  curl -fsS -o /dev/null -w '%{time_total} %{size_download}' -H "Authorization: Bearer $KEY" \
       -H 'Content-Type: application/json' -H 'Expect:' -X POST --data-binary '{}' \
       "$BASE/public/v1/files/sync/System:DemoFiles/bench/$1?recursive=true"
}
echo "curl files/sync, $RUNS runs per folder"
declare -A CURL
for folder in small big; do
  TIMES=()
  for _ in $(seq "$RUNS"); do out=$(curl_sync "$folder"); TIMES+=("${out% *}"); SIZE=${out#* }; done
  CURL[$folder]="${TIMES[*]}"
  echo "curl.$folder.runs=${TIMES[*]} (answer $SIZE bytes)"
done

# --- the consumer routes, in their own JVM (cwd = work dir: the test log4j2 config writes target/...)
echo "routes (java -Xmx$ROUTE_XMX), $RUNS runs per folder"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.FileTransferBenchmark consume "$BASE" "$WORK" "$FILES" "$FILE_BYTES" \
    "$BIG_BYTES" "$RUNS") | tee "$WORK/route.out"

# --- the report: medians judged, best and spread (min-max) shown; MB = 10^6 bytes of file content
printf '\n%d small files of %d bytes, one file of %d bytes; route JVM max heap %s MB; %d runs each; load %s\n\n' \
       "$FILES" "$FILE_BYTES" "$BIG_BYTES" "$(bench_val route.xmx.mb)" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
bench_row_header
bench_row "$FILES small files, consumer vs curl" files/s "$FILES" "$(bench_val route.small.runs)" "${CURL[small]}" 0.8
# Camel's floor: the same exchanges through an empty route of the same shape, same JVM and run; its ratio to curl
# is the best the consumer could reach, the rest of the gap is the component's
bench_row "  Camel floor: empty route vs curl" files/s "$FILES" "$(bench_val floor.small.runs)" "${CURL[small]}" info
bench_row "$BIG_MB MB file, consumer vs curl" MB/s "$BIG_BYTES/1e6" "$(bench_val route.big.runs)" "${CURL[big]}" 0.95
echo
# the route JVM's own CPU per run (all its threads, GC and JIT included): unlike the clock, not the machine's load
small_cpu=$(bench_stats "$(bench_val route.small.cpuSeconds)" | cut -d' ' -f2)
big_cpu=$(bench_stats "$(bench_val route.big.cpuSeconds)" | cut -d' ' -f2)
awk -v s="$small_cpu" -v n="$FILES" -v mb="$BIG_MB" -v b="$big_cpu" 'BEGIN {
  printf "route JVM CPU per run (median): %d small files %.3f s (%.1f us per file), %d MB file %.3f s\n", n, s, s * 1e6 / n, mb, b }' \
  | tee -a "${BENCH_SUMMARY_HEAP:-/dev/null}"

echo
bench_heap "file small files" "$(bench_val route.small.peakHeapMb)"
bench_heap "file ${BIG_MB} MB file" "$(bench_val route.big.peakHeapMb)"
printf '\nidle polls (state: everything processed), counted by an HttpClient interceptor in the route JVM\n'
for folder in small big; do
  polls=$(bench_val "idle.$folder.polls"); requests=$(bench_val "idle.$folder.requests")
  emitted=$(bench_val "idle.$folder.filesEmitted")
  printf 'idle polls, %-6s %4d polls %4d requests, per poll %8d bytes up %8d bytes down %6.1f ms, %d files emitted  one request per poll: %s\n' \
         "$folder" "$polls" "$requests" "$(bench_val "idle.$folder.bytesUpPerPoll")" \
         "$(bench_val "idle.$folder.bytesDownPerPoll")" "$(bench_val "idle.$folder.msPerPoll")" "$emitted" \
         "$( ((polls == requests && emitted == 0)) && echo ok || echo MISSED)" | tee -a "${BENCH_SUMMARY_HEAP:-/dev/null}"
done
echo
echo "total bench time: $((SECONDS - START)) s"
