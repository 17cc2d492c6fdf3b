#!/usr/bin/env bash
# Function-call benchmark: round trips through a camel-datagrok route (datagrok:call:Abs) against the emulator in
# its own process, sequentially and with 32 calls in flight, with curl as the baseline on the same emulator route.
# See src/bench/README.md. Usage: [CALLS=n] [IN_FLIGHT=n] src/bench/call-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CALLS=${CALLS:-20000}
IN_FLIGHT=${IN_FLIGHT:-32}
WARMUP=${WARMUP:-20000}
RUNS=${RUNS:-5}
WORK=${WORK:-/tmp/camel-datagrok-call-bench}
ROUTE_XMX=${ROUTE_XMX:-256m}
KEY=bench-key
BENCH_CLASS=camel-datagrok-component/target/test-classes/io/github/cameldatagrok/bench/CallBenchmark.class
USAGE_LINES=2,4
# shellcheck source=bench-lib.sh
. "$(dirname "$0")/bench-lib.sh"
bench_args "$@"
START=$SECONDS
cd "$ROOT"
bench_build
bench_prepare
bench_start_emulator

# --- curl baseline: one curl process runs $CALLS POSTs to the same route (a URL glob; the query is ignored), on
# reused keep-alive connections, one at a time or $IN_FLIGHT at a time (--parallel). -w prints each transfer's
# time; the wall time of the whole run gives calls/s. A loop of curl processes would measure process start-up.
curl_run() { # $1 = label, $2 = calls, then extra curl options; prints "wall-seconds p50-ms p99-ms"
  local label=$1 n=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  curl -sS "$@" -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $KEY" \
       -H 'Content-Type: application/json' -d '{"x": -3.5}' "$BASE/public/v1/functions/Abs/call?i=[1-$n]" \
       >"$WORK/curl.$label"
  t1=$(date +%s.%N)
  local ok; ok=$(grep -c '^200 ' "$WORK/curl.$label" || true)
  [[ $ok == "$n" ]] || { echo "curl $label: $ok of $n calls answered 200" >&2; exit 1; }
  awk '{ print $2 }' "$WORK/curl.$label" | sort -g | awk -v n="$n" -v wall="$(echo "$t1 - $t0" | bc)" '
      { v[NR] = $1 } END { printf "%s %.6f %.6f\n", wall, v[int(n * 0.5) + 1] * 1000, v[int(n * 0.99) < n ? int(n * 0.99) + 1 : n] * 1000 }'
}
echo "warming up the emulator ($WARMUP calls)"
curl_run warmup "$WARMUP" --parallel --parallel-immediate --parallel-max "$IN_FLIGHT" >/dev/null
echo "curl: $RUNS runs of $CALLS calls sequentially, then of $CALLS with $IN_FLIGHT in flight"
declare -A CURL_S CURL_P50 CURL_P99
for phase in sequential parallel; do
  for _ in $(seq "$RUNS"); do
    if [[ $phase == sequential ]]; then out=$(curl_run "$phase" "$CALLS")
    else out=$(curl_run "$phase" "$CALLS" --parallel --parallel-immediate --parallel-max "$IN_FLIGHT"); fi
    read -r wall p50 p99 <<<"$out"
    CURL_S[$phase]+="$wall "; CURL_P50[$phase]+="$p50 "; CURL_P99[$phase]+="$p99 "
  done
  echo "curl.$phase.runs=${CURL_S[$phase]}"; echo "curl.$phase.p50ms.runs=${CURL_P50[$phase]}"
done

# --- the route, in its own JVM (cwd = work dir: the test log4j2 config writes target/camel-datagrok-test.log)
echo "route (java -Xmx$ROUTE_XMX): $WARMUP warm-up calls, then $RUNS runs of $CALLS sequentially and of $CALLS with $IN_FLIGHT in flight"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.CallBenchmark "$BASE" "$CALLS" "$IN_FLIGHT" "$WARMUP" "$RUNS") | tee "$WORK/route.out"

# --- the report: medians judged, best and spread (min-max) shown
printf '\n%d calls of Abs per run, %d runs per phase; load %s\n\n' "$CALLS" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
bench_row_header
bench_row "sequential calls/s vs curl" calls/s "$CALLS" "$(bench_val route.sequential.runs)" "${CURL_S[sequential]}" 0.8
bench_row "sequential p50 vs curl" ms 0 "$(bench_val route.sequential.p50ms.runs)" "${CURL_P50[sequential]}" 0.8
bench_row "$IN_FLIGHT in flight calls/s vs curl" calls/s "$CALLS" "$(bench_val route.parallel.runs)" "${CURL_S[parallel]}" 1.0
bench_row "$IN_FLIGHT in flight p99 vs curl" ms 0 "$(bench_val route.parallel.p99ms.runs)" "${CURL_P99[parallel]}" info
busy=$(bench_val route.parallel.busyThreads)
printf 'busy threads, %d in flight (> 10%% of a core) %4d   <= 4  %s   %s\n' "$IN_FLIGHT" "$busy" \
       "$( ((busy <= 4)) && echo ok || echo MISSED)" "$(bench_val route.parallel.busyThreadNames)" \
       | tee -a "${BENCH_SUMMARY_HEAP:-/dev/null}"
echo
echo "total bench time: $((SECONDS - START)) s"
