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
