#!/usr/bin/env bash
# File consumer benchmark: 10,000 small files and one 1 GB file through a datagrok:file consumer route against the
# emulator, with curl fetching the same files/sync answers as the baseline. See src/bench/README.md.
# Usage: [FILES=n] [BIG_MB=n] src/bench/file-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FILES=${FILES:-10000}
FILE_BYTES=${FILE_BYTES:-1000}
BIG_MB=${BIG_MB:-1000}
RUNS=${RUNS:-2}
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

# --- curl baseline, best of $RUNS: the same first-sync request the consumer makes (POST files/sync with no eTags),
# the multipart answer counted and dropped (-o /dev/null), as the route reads each body and counts its bytes
best() { printf '%s\n' "$@" | sort -g | head -1; }
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
  CURL[$folder]=$(best "${TIMES[@]}")
  echo "curl.$folder.runs=${TIMES[*]} (answer $SIZE bytes)"
done

# --- the consumer routes, in their own JVM (cwd = work dir: the test log4j2 config writes target/...)
echo "routes (java -Xmx$ROUTE_XMX), $RUNS runs per folder"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.FileTransferBenchmark consume "$BASE" "$WORK" "$FILES" "$FILE_BYTES" \
    "$BIG_BYTES" "$RUNS") | tee "$WORK/route.out"
val() { grep "^$1=" "$WORK/route.out" | cut -d= -f2; }

# --- the report. MB = 10^6 bytes of file content.
awk -v files="$FILES" -v fbytes="$FILE_BYTES" -v big="$BIG_BYTES" -v xmx="$(val route.xmx.mb)" -v runs="$RUNS" \
    -v cs="${CURL[small]}" -v cb="${CURL[big]}" -v rs="$(val route.small.seconds)" -v rb="$(val route.big.seconds)" \
    -v hs="$(val route.small.peakHeapMb)" -v hb="$(val route.big.peakHeapMb)" \
    -v ps="$(val idle.small.polls)" -v qs="$(val idle.small.requests)" -v us="$(val idle.small.bytesUpPerPoll)" \
    -v ds="$(val idle.small.bytesDownPerPoll)" -v es="$(val idle.small.filesEmitted)" \
    -v pb="$(val idle.big.polls)" -v qb="$(val idle.big.requests)" -v ub="$(val idle.big.bytesUpPerPoll)" \
    -v db="$(val idle.big.bytesDownPerPoll)" -v eb="$(val idle.big.filesEmitted)" \
    -v ms="$(val idle.small.msPerPoll)" -v mb="$(val idle.big.msPerPoll)" '
function mark(ok) { return ok ? "ok" : "MISSED" }
function row(name, n, bytes, route, curl, target,   ratio) {
  ratio = curl / route
  printf "%-22s %9.0f %9.0f %10.1f %10.1f %10.2f   %s\n", name, n / route, n / curl, bytes / route / 1e6, bytes / curl / 1e6, ratio, target == "" ? "" : ">= 0.80 " mark(ratio >= 0.8)
}
function idle(name, polls, req, up, down, emitted, ms) {
  printf "  %-12s %4d polls %4d requests (%s per poll: %s), per poll %8d bytes up %8d bytes down %6.1f ms, %d files emitted\n", name, polls, req, req / polls, mark(req == polls && emitted == 0), up, down, ms, emitted
}
BEGIN {
  printf "\n%d small files of %d bytes, one file of %d bytes; route JVM max heap %s MB; best of %d runs\n\n", files, fbytes, big, xmx, runs
  printf "%-22s %9s %9s %10s %10s %10s   %s\n", "sync", "route f/s", "curl f/s", "route MB/s", "curl MB/s", "route/curl", "target"
  row("10,000 small files", files, files * fbytes, rs, cs, "")
  row("1 GB file", 1, big, rb, cb, "x")
  printf "\npeak heap of the route JVM (sum of heap pools peak used)\n"
  printf "  %-20s %8.1f MB   < 256 MB %s\n", "small files", hs, mark(hs < 256)
  printf "  %-20s %8.1f MB   < 256 MB %s\n", "1 GB file", hb, mark(hb < 256)
  printf "\nidle polls (state: everything processed), counted by an HttpClient interceptor in the route JVM\n"
  idle("small files", ps, qs, us, ds, es, ms); idle("1 GB file", pb, qb, ub, db, eb, mb)
}'
echo
echo "total bench time: $((SECONDS - START)) s"
