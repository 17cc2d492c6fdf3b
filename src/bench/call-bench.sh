#!/usr/bin/env bash
# Function-call benchmark: round trips through a camel-datagrok route (datagrok:call:Abs) against the emulator in
# its own process, sequentially and with 32 calls in flight, with curl as the baseline on the same emulator route.
# See src/bench/README.md. Usage: [CALLS=n] [IN_FLIGHT=n] src/bench/call-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CALLS=${CALLS:-20000}
IN_FLIGHT=${IN_FLIGHT:-32}
WARMUP=${WARMUP:-20000}
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
CALL_URL="$BASE/public/v1/functions/Abs/call?i=[1-$CALLS]"
curl_run() { # $1 = label, then extra curl options
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  curl -sS "$@" -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $KEY" \
       -H 'Content-Type: application/json' -d '{"x": -3.5}' "$CALL_URL" >"$WORK/curl.$label"
  t1=$(date +%s.%N)
  local ok; ok=$(grep -c '^200 ' "$WORK/curl.$label" || true)
  [[ $ok == "$CALLS" ]] || { echo "curl $label: $ok of $CALLS calls answered 200" >&2; exit 1; }
  awk -v n="$CALLS" -v t0="$t0" -v t1="$t1" -v label="$label" '{ print $2 }' "$WORK/curl.$label" | sort -g | awk \
      -v n="$CALLS" -v wall="$(echo "$t1 - $t0" | bc)" -v label="$label" '
      { v[NR] = $1 } END {
        printf "curl.%s.callsPerSecond=%.0f\n", label, n / wall
        printf "curl.%s.p50ms=%.3f\n", label, v[int(n * 0.5) + 1] * 1000
        printf "curl.%s.p99ms=%.3f\n", label, v[int(n * 0.99) < n ? int(n * 0.99) + 1 : n] * 1000
      }'
}
echo "warming up the emulator ($WARMUP calls)"
CALLS_SAVED=$CALLS; CALLS=$WARMUP; CALL_URL="$BASE/public/v1/functions/Abs/call?i=[1-$WARMUP]"
curl_run warmup --parallel --parallel-immediate --parallel-max "$IN_FLIGHT" >/dev/null
CALLS=$CALLS_SAVED; CALL_URL="$BASE/public/v1/functions/Abs/call?i=[1-$CALLS]"
echo "curl: $CALLS calls sequentially, then $CALLS with $IN_FLIGHT in flight"
{ curl_run sequential; curl_run parallel --parallel --parallel-immediate --parallel-max "$IN_FLIGHT"; } | tee "$WORK/curl.out"

# --- the route, in its own JVM (cwd = work dir: the test log4j2 config writes target/camel-datagrok-test.log)
echo "route (java -Xmx$ROUTE_XMX): $WARMUP warm-up calls, then $CALLS sequentially and $CALLS with $IN_FLIGHT in flight"
(cd "$WORK" && DATAGROK_API_KEY=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.bench.CallBenchmark "$BASE" "$CALLS" "$IN_FLIGHT" "$WARMUP") | tee "$WORK/route.out"
val() { grep -h "^$1=" "$WORK/route.out" "$WORK/curl.out" | cut -d= -f2; }

# --- the report
awk -v calls="$CALLS" -v inflight="$IN_FLIGHT" \
    -v rs="$(val route.sequential.callsPerSecond)" -v rs50="$(val route.sequential.p50ms)" -v rs99="$(val route.sequential.p99ms)" \
    -v rp="$(val route.parallel.callsPerSecond)" -v rp50="$(val route.parallel.p50ms)" -v rp99="$(val route.parallel.p99ms)" \
    -v cs="$(val curl.sequential.callsPerSecond)" -v cs50="$(val curl.sequential.p50ms)" -v cs99="$(val curl.sequential.p99ms)" \
    -v cp="$(val curl.parallel.callsPerSecond)" -v cp50="$(val curl.parallel.p50ms)" -v cp99="$(val curl.parallel.p99ms)" \
    -v bs="$(val route.sequential.busyThreads)" -v bp="$(val route.parallel.busyThreads)" \
    -v names="$(val route.parallel.busyThreadNames)" '
function mark(ok) { return ok ? "ok" : "MISSED" }
BEGIN {
  printf "\n%d calls of Abs per phase\n\n", calls
  printf "%-22s %10s %9s %9s   %10s %9s %9s   %11s\n", "phase", "route/s", "p50 ms", "p99 ms", "curl/s", "p50 ms", "p99 ms", "route/curl"
  printf "%-22s %10.0f %9.3f %9.3f   %10.0f %9.3f %9.3f   %11.2f\n", "sequential", rs, rs50, rs99, cs, cs50, cs99, rs / cs
  printf "%-22s %10.0f %9.3f %9.3f   %10.0f %9.3f %9.3f   %11.2f   >= 0.70 %s\n", inflight " in flight", rp, rp50, rp99, cp, cp50, cp99, rp / cp, mark(rp / cp >= 0.7)
  printf "\nbusy threads in the route JVM (> 10%% of a core): sequential %d, %d in flight %d   <= 4 %s\n", bs, inflight, bp, mark(bp <= 4)
  printf "  %s\n", names
}'
echo
echo "total bench time: $((SECONDS - START)) s"
