#!/usr/bin/env bash
# Every benchmark, one after another, and one summary table of the issue's performance targets, each judged on the
# median of RUNS runs against its baseline measured in the same run. See src/bench/README.md.
# Usage: [QUICK=1] [RUNS=n] [WORK_ROOT=dir] src/bench/all.sh [--no-build]
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
BUILD=1
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    -h|--help) sed -n 2,4p "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
export RUNS=${RUNS:-5}
# tmpfs keeps the disk out of the figures; the full run needs up to 5 GB there
WORK_ROOT=${WORK_ROOT:-$( (($(df --output=avail -k /dev/shm 2>/dev/null | tail -1) > 6000000)) && echo /dev/shm || echo /tmp)/camel-datagrok-bench-all}
mkdir -p "$WORK_ROOT"
export BENCH_SUMMARY_HEAP=$WORK_ROOT/summary-heap.txt
: >"$BENCH_SUMMARY_HEAP"
if [[ ${QUICK:-0} == 1 ]]; then
  # a smoke run of every script in a few minutes: the figures are not for the targets
  BIG_ROWS=200000 SMALL_ROWS=100000 MAP_ROWS=200000 FILES=1000 BIG_MB=50 CALLS=2000 WARMUP=2000 DASHBOARDS=500
else
  BIG_ROWS=10000000 SMALL_ROWS=1000000 MAP_ROWS=1000000 FILES=10000 BIG_MB=1000 CALLS=20000 WARMUP=20000 DASHBOARDS=10000
fi
START=$SECONDS
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
cd "$ROOT"
if [[ $BUILD == 1 ]]; then
  echo "building (mvn -DskipTests install; compiles the bench classes too)"
  mvn -q -B -DskipTests install
fi

run() { # $1 = name, then the command; its output goes to $WORK_ROOT/<name>.log, its target rows to <name>.rows
  local name=$1; shift
  echo "== $name (load $(cut -d' ' -f1-3 /proc/loadavg))"
  : >"$WORK_ROOT/$name.rows"
  BENCH_SUMMARY=$WORK_ROOT/$name.rows "$@" >"$WORK_ROOT/$name.log" 2>&1 || { echo "$name failed:" >&2; tail -30 "$WORK_ROOT/$name.log" >&2; exit 1; }
}
run table env ROWS=$BIG_ROWS MAP_ROWS=$MAP_ROWS WORK="$WORK_ROOT/table" "$BENCH/table-bench.sh" --no-build
run table-small env ROWS=$SMALL_ROWS MAP_ROWS=$MAP_ROWS WORK="$WORK_ROOT/table-small" "$BENCH/table-bench.sh" --no-build
run file env FILES=$FILES BIG_MB=$BIG_MB WORK="$WORK_ROOT/file" "$BENCH/file-bench.sh" --no-build
run call env CALLS=$CALLS WARMUP=$WARMUP WORK="$WORK_ROOT/call" "$BENCH/call-bench.sh" --no-build
GRAFANA=
if [[ -x $BENCH/grafana-bench.sh && ! -f camel-grafana-component/target/test-classes/io/github/cameldatagrok/grafana/bench/DashboardBenchmark.class ]]; then
  echo "== grafana skipped: camel-grafana-component's bench classes are not built (run without --no-build)"
elif [[ -x $BENCH/grafana-bench.sh ]]; then
  run grafana env DASHBOARDS=$DASHBOARDS WORK="$WORK_ROOT/grafana" "$BENCH/grafana-bench.sh" --no-build
  GRAFANA=$(sed -n '/^phase /,/^$/p' "$WORK_ROOT/grafana.log")
fi

. "$BENCH/bench-lib.sh"
echo
echo "summary: $(hostname), $(nproc) cores, $(java -version 2>&1 | head -1), RUNS=$RUNS$([[ ${QUICK:-0} == 1 ]] && echo ', QUICK=1 (smoke sizes: not for the targets)')"
echo "load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg); work dir $WORK_ROOT"
echo "medians judged; speeds are size / median seconds; spread = slowest-fastest run"
echo
bench_row_header
cat "$WORK_ROOT/table.rows"
grep 'table upload' "$WORK_ROOT/table-small.rows" || true   # the small table only for its upload's fixed costs
cat "$WORK_ROOT/file.rows" "$WORK_ROOT/call.rows"
echo
cat "$BENCH_SUMMARY_HEAP"
if [[ -n $GRAFANA ]]; then
  printf '\ngrafana dashboards (no target in issue 15; dashboards/s)\n%s\n' "$GRAFANA"
fi
echo
echo "total: $((SECONDS - START)) s; logs in $WORK_ROOT/*.log"
