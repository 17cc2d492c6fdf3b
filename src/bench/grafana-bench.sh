#!/usr/bin/env bash
# Grafana dashboard benchmark: saves DASHBOARDS dashboards and searches them all, through camel-grafana routes and with
# curl, against the Grafana emulator in its own process; best, median and spread of RUNS runs, and the ratio.
# See src/bench/README.md. Usage: [DASHBOARDS=n] [RUNS=n] src/bench/grafana-bench.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DASHBOARDS=${DASHBOARDS:-10000}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/camel-grafana-bench}
ROUTE_XMX=${ROUTE_XMX:-256m}
KEY=glsa_bench-token
BENCH_MODULE=camel-grafana-component
EMULATOR_JAR=camel-grafana-emulator/target/camel-grafana-emulator-0.1.0-SNAPSHOT-standalone.jar
BENCH_CLASS=camel-grafana-component/target/test-classes/io/github/cameldatagrok/grafana/bench/DashboardBenchmark.class
USAGE_LINES=2,4
# shellcheck source=bench-lib.sh
. "$(dirname "$0")/bench-lib.sh"
bench_args "$@"
START=$SECONDS
cd "$ROOT"
bench_build
bench_prepare

# --- the emulator in its own JVM (Grafana 11: the legacy routes both sides use), on a port it picks
EMULATOR_CMD="-Xmx1g -jar $JAR --port 0 --grafana-version 11"
BASE_PATTERN='http://[0-9.:]*'
PROBE_PATH=/api/health
bench_start_emulator

# --- curl: one process per phase on keep-alive connections. Saves: a config file of DASHBOARDS POSTs of
# /api/dashboards/db (the first run creates, later ones update with overwrite); search: /api/search pages of 1000
# until the short one, as the route pages.
curl_saves() { # $1 = run
  local cfg=$WORK/curl-saves.cfg
  : >"$cfg"
  for ((i = 0; i < DASHBOARDS; i++)); do
    # options reset at each "next": every transfer carries its own headers
    ((i == 0)) || echo next >>"$cfg"
    printf 'url = "%s/api/dashboards/db"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata = "{\\"dashboard\\":{\\"uid\\":\\"curl%d\\",\\"title\\":\\"curl dashboard %d\\",\\"tags\\":[\\"bench\\"],\\"panels\\":[{\\"id\\":1,\\"type\\":\\"stat\\",\\"title\\":\\"run %d\\"}]},\\"overwrite\\":true}"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nsilent\nshow-error\n' \
      "$BASE" "$KEY" "$i" "$i" "$1" >>"$cfg"
  done
  local t0; t0=$(date +%s.%N)
  curl -K "$cfg" >"$WORK/curl-saves.out"
  echo "$(date +%s.%N) - $t0" | bc
  local ok; ok=$(grep -c '^200$' "$WORK/curl-saves.out" || true)
  [[ $ok == "$DASHBOARDS" ]] || { echo "curl saves: $ok of $DASHBOARDS answered 200" >&2; exit 1; }
}
curl_search() {
  local pages=$((DASHBOARDS / 1000 + 1))
  local t0; t0=$(date +%s.%N)
  curl -sS -H "Authorization: Bearer $KEY" "$BASE/api/search?query=curl%20dashboard&type=dash-db&limit=1000&page=[1-$pages]" \
       -o "$WORK/curl-search-#1.json"
  echo "$(date +%s.%N) - $t0" | bc
  local hits; hits=$(cat "$WORK"/curl-search-*.json | grep -o '"uid"' | wc -l)
  [[ $hits == "$DASHBOARDS" ]] || { echo "curl search: $hits of $DASHBOARDS hits" >&2; exit 1; }
}
echo "curl: $RUNS runs of $DASHBOARDS saves and a search of them all"
CURL_SAVE=; CURL_SEARCH=
for ((run = 1; run <= RUNS; run++)); do
  CURL_SAVE+="${CURL_SAVE:+,}$(curl_saves "$run")"
  CURL_SEARCH+="${CURL_SEARCH:+,}$(curl_search)"
done
echo "curl.save.seconds=$CURL_SAVE"
echo "curl.search.seconds=$CURL_SEARCH"

# --- the routes, in their own JVM (cwd = work dir: the test log4j2 config writes under target/)
echo "route (java -Xmx$ROUTE_XMX): $RUNS runs of $DASHBOARDS saves and a search of them all"
(cd "$WORK" && GRAFANA_TOKEN=$KEY java "-Xmx$ROUTE_XMX" ${ROUTE_JAVA_OPTS:-} -cp "$CP" \
    io.github.cameldatagrok.grafana.bench.DashboardBenchmark "$BASE" "$DASHBOARDS" "$RUNS" route) | tee "$WORK/route.out"
val() { grep -h "^$1=" "$WORK/route.out" | cut -d= -f2; }

# --- the report: dashboards/s from the best (shortest), median and spread ((max - min) / median) of the runs; the
# ratios are route/curl in dashboards/s, of the bests and of the medians
stats() { # $1 = comma-separated seconds -> "best median spread", from bench-lib.sh's bench_stats
  local best median lo hi
  read -r best median lo hi <<<"$(bench_stats "$1")"
  awk -v b="$best" -v m="$median" -v lo="$lo" -v hi="$hi" 'BEGIN { printf "%s %s %s\n", b, m, (hi - lo) / m }'
}
report() { # $1 = phase, $2 = route seconds, $3 = curl seconds
  read -r rb rm rs <<<"$(stats "$2")"
  read -r cb cm cs <<<"$(stats "$3")"
  awk -v p="$1" -v n="$DASHBOARDS" -v rb="$rb" -v rm="$rm" -v rs="$rs" -v cb="$cb" -v cm="$cm" -v cs="$cs" 'BEGIN {
    printf "%-8s %12.0f %12.0f %8.0f%%   %12.0f %12.0f %8.0f%%   %10.2f %10.2f\n", p, n / rb, n / rm, rs * 100, n / cb, n / cm, cs * 100, cb / rb, cm / rm }'
}
printf "\n%d dashboards, %d runs (the first creates, later ones update)\n\n" "$DASHBOARDS" "$RUNS"
printf "%-8s %12s %12s %9s   %12s %12s %9s   %10s %10s\n" "phase" "route best/s" "route med/s" "spread" "curl best/s" "curl med/s" "spread" "best ratio" "med ratio"
report save "$(val route.save.seconds)" "$CURL_SAVE"
report search "$(val route.search.seconds)" "$CURL_SEARCH"
echo
echo "(a route save is GET + POST: it reads the dashboard's folder first so an update never moves it to the root; curl only POSTs)"
echo "total bench time: $((SECONDS - START)) s"
