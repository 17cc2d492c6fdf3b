# Shared steps of the benchmark scripts; sourced, not run. Each script sets WORK, KEY, BENCH_CLASS and a usage line
# range (USAGE_LINES), then calls: bench_args "$@"; bench_build; bench_prepare; bench_start_emulator. A script for
# another module sets BENCH_MODULE and EMULATOR_JAR first (default: the datagrok component and emulator).

# --no-build skips the build; -h prints the script's usage lines
bench_args() {
  BUILD=1
  for arg in "$@"; do
    case $arg in
      --no-build) BUILD=0 ;;
      -h|--help) sed -n "${USAGE_LINES}p" "$0"; exit 0 ;;
      *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
  done
}

bench_build() {
  if [[ $BUILD == 1 ]]; then
    echo "building (mvn -DskipTests install; compiles the bench classes too)"
    mvn -q -B -DskipTests install
  fi
  BENCH_MODULE=${BENCH_MODULE:-camel-datagrok-component}
  JAR=${EMULATOR_JAR:-camel-datagrok-emulator/target/camel-datagrok-emulator-0.1.0-SNAPSHOT-standalone.jar}
  [[ -f $JAR && -f $BENCH_CLASS ]] || { echo "missing $JAR or $BENCH_CLASS: run without --no-build" >&2; exit 1; }
}

# Makes the work dir (wiped at start and end; one this script did not make is refused), stops the emulator and
# removes the work dir on exit, snapshots the build outputs (a rebuild in the checkout while the bench runs must not
# pull classes away) and sets CP to the component's test class path.
bench_prepare() {
  local marker=$WORK/.$(basename "$0" .sh)
  [[ ! -e $WORK || -e $marker ]] || { echo "$WORK exists and is not a bench work dir" >&2; exit 1; }
  rm -rf "$WORK" && mkdir -p "$WORK/data" "$WORK/lib" && touch "$marker"
  EMULATOR_PID=
  trap bench_cleanup EXIT
  cp -r "$BENCH_MODULE/target/classes" "$BENCH_MODULE/target/test-classes" "$JAR" "$WORK/lib/"
  JAR=$WORK/lib/$(basename "$JAR")
  mvn -q -B -f "$BENCH_MODULE" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$WORK/classpath.txt"
  CP="$(cat "$WORK/classpath.txt"):$WORK/lib/classes:$WORK/lib/test-classes"
}

bench_cleanup() {
  [[ -z $EMULATOR_PID ]] || { kill "$EMULATOR_PID" 2>/dev/null; wait "$EMULATOR_PID" 2>/dev/null || true; }
  [[ ${KEEP:-0} == 1 ]] || rm -rf "$WORK"
}

# The emulator in its own JVM, on a port it picks itself (no race for a "free" port); sets BASE and EMULATOR_PID.
# The Datagrok emulator by default; a script for another emulator sets EMULATOR_CMD (the java arguments), BASE_PATTERN
# (how its log line names the base URL) and PROBE_PATH (a route that answers once it is up) first.
bench_start_emulator() {
  local cmd=${EMULATOR_CMD:--Xmx512m -jar $JAR --port 0 --data-dir $WORK/data}
  local pattern=${BASE_PATTERN:-http://[0-9.:]*/api} probe=${PROBE_PATH:-/info/server}
  # shellcheck disable=SC2086
  DATAGROK_EMULATOR_API_KEY=$KEY GRAFANA_EMULATOR_TOKEN=$KEY java $cmd >"$WORK/emulator.log" 2>&1 &
  EMULATOR_PID=$!
  BASE=
  for _ in $(seq 100); do
    BASE=$(grep -o "$pattern" "$WORK/emulator.log" | head -1 || true)
    [[ -n $BASE ]] && curl -fsS -o /dev/null "${BASE%/api}$probe" 2>/dev/null && break
    kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$WORK/emulator.log" >&2; exit 1; }
    BASE=; sleep 0.2
  done
  [[ -n $BASE ]] || { echo "emulator did not answer $probe" >&2; cat "$WORK/emulator.log" >&2; exit 1; }
  echo "emulator at $BASE (pid $EMULATOR_PID, java $cmd)"
}

# --- figures, shared by every script: best, median and spread of a phase's runs, for the route and its baseline
# alike. Runs are seconds (or any lower-is-better figure such as a p50), comma or space separated.

# bench_stats RUNS -> "best median min max" (best = min)
bench_stats() {
  echo "$1" | tr ', ' '\n\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan nan nan nan"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.6f %.6f %.6f %.6f\n", v[1], m, v[1], v[NR] }'
}

# The value of KEY in a bench class's key=value output (file $2, default $WORK/route.out).
bench_val() { grep -h "^$1=" "${2:-$WORK/route.out}" | tail -1 | cut -d= -f2; }

# bench_row NAME UNIT SCALE ROUTE_RUNS BASELINE_RUNS MIN_RATIO
# Prints (and appends to $BENCH_SUMMARY, when set, for all.sh) one target row. The runs are seconds or another
# lower-is-better figure; SCALE (an awk expression) turns a median into the shown unit (e.g. bytes / 1e6 for MB/s: SCALE/seconds), or 0
# to show the medians themselves (ms). The ratio is baseline median / route median (>= 1: route as fast or faster),
# judged against MIN_RATIO ("info": shown, not judged). A BASELINE_RUNS of "-" makes MIN_RATIO an absolute floor on SCALE/median.
bench_row() {
  local name=$1 unit=$2 scale route=$4 base=$5 min=$6
  scale=$(awk "BEGIN { print $3 }")
  local rb rm rlo rhi bb bm blo bhi
  read -r rb rm rlo rhi <<<"$(bench_stats "$route")"
  if [[ $base == - ]]; then bb=nan; bm=nan; blo=nan; bhi=nan; else read -r bb bm blo bhi <<<"$(bench_stats "$base")"; fi
  awk -v name="$name" -v unit="$unit" -v s="$scale" -v rb="$rb" -v rm="$rm" -v rlo="$rlo" -v rhi="$rhi" \
      -v bb="$bb" -v bm="$bm" -v blo="$blo" -v bhi="$bhi" -v min="$min" -v abs="$([[ $base == - ]] && echo 1 || echo 0)" '
  function show(x) { return s == 0 ? x : s / x }
  function fmt(x) { x = show(x); return x >= 1000 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : sprintf("%.3f", x) }
  function spread(lo, hi) { return s == 0 ? fmt(lo) "-" fmt(hi) : fmt(hi) "-" fmt(lo) }
  BEGIN {
    if (abs) {
      ok = show(rm) >= min
      line = sprintf("%-40s %-8s %10s %10s %17s | %10s %10s %17s | %6s %6s  %s", name, unit, fmt(rb), fmt(rm),
                     spread(rlo, rhi), "-", "-", "-", "-", min == "info" ? "-" : ">=" min,
                     min == "info" ? "(info)" : ok ? "ok" : "MISSED")
    } else {
      ratio = bm / rm
      line = sprintf("%-40s %-8s %10s %10s %17s | %10s %10s %17s | %6.2f %6s  %s", name, unit, fmt(rb), fmt(rm),
                     spread(rlo, rhi), fmt(bb), fmt(bm), spread(blo, bhi), ratio, min == "info" ? "-" : ">=" min,
                     min == "info" ? "(info)" : ratio >= min ? "ok" : "MISSED")
    }
    print line
  }' | tee -a "${BENCH_SUMMARY:-/dev/null}"
}

# bench_heap PHASE MB: a peak-heap row (target < 256 MB), also appended to $BENCH_SUMMARY
bench_heap() {
  awk -v p="$1" -v mb="$2" 'BEGIN { printf "peak heap %-24s %8.1f MB   < 256 MB  %s\n", p, mb, mb < 256 ? "ok" : "MISSED" }' \
      | tee -a "${BENCH_SUMMARY_HEAP:-/dev/null}"
}

bench_row_header() {
  printf '%-40s %-8s %10s %10s %17s | %10s %10s %17s | %6s %6s  %s\n' target unit "route best" "route med" "route spread" \
         "base best" "base med" "base spread" ratio target ok
}
