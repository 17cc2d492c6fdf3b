#!/usr/bin/env bash
# The cluster example end to end on one machine: ZooKeeper (its own server main, from the Maven jar), PostgreSQL
# (the sales-dashboard example's setup-postgres.sh), the Datagrok emulator with 300 files, and three nodes of
# ClusterNode under master: with ZooKeeper. Prints which node leads, kills it with kill -9, shows the next one take
# over and the files all delivered, then stops everything.
#
#   mvn -q -B -DskipTests install        # once, from the repository's root
#   examples/cluster/run.sh [KILLS]      # default: 2 kills; ports: PG_PORT, ZK_PORT, DATAGROK_PORT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
kills="${1:-2}"
files=300
work="$(mktemp -d /tmp/camel-datagrok-cluster-XXXXXX)"
chmod 755 "$work"
pg_port="${PG_PORT:-55433}" zk_port="${ZK_PORT:-2181}" dg_port="${DATAGROK_PORT:-8082}"

[ -f target/node.classpath ] || mvn -q -B -DskipTests package
cp="$here/target/classes:$(cat target/node.classpath)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  bash ../sales-dashboard/setup-postgres.sh stop "$work/pg" || true
}
trap cleanup EXIT

echo "== PostgreSQL on port $pg_port"
bash ../sales-dashboard/setup-postgres.sh start "$work/pg" "$pg_port" >/dev/null
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/postgres?user=postgres"
psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
"$psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED
  (processorName VARCHAR(255), messageId VARCHAR(1000), createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))"

echo "== ZooKeeper on port $zk_port"
java -Dzookeeper.admin.enableServer=false -cp "$cp" org.apache.zookeeper.server.ZooKeeperServerMain \
  "$zk_port" "$work/zk" 500 >"$work/zookeeper.log" 2>&1 &
pids+=($!)

echo "== Datagrok emulator on port $dg_port"
java -cp "$cp" io.github.cameldatagrok.examples.cluster.ClusterEmulator "$dg_port" "$files" >"$work/emulator.log" 2>&1 &
pids+=($!)

start_node() {
  java -Xmx128m -Dcluster.node="$1" -Dcluster.mode=master -Dcluster.outbox="$work/outbox" \
    -Dcluster.zookeeper="127.0.0.1:$zk_port" -Dcluster.jdbc-url="$jdbc" \
    -Dcamel.component.datagrok.base-url="http://127.0.0.1:$dg_port/api" \
    -cp "$cp" io.github.cameldatagrok.examples.cluster.ClusterNode >>"$work/$1.log" 2>&1 &
  echo $! >"$work/$1.pid"
  pids+=($!)
}
for n in node-1 node-2 node-3; do start_node "$n"; done

# the leader is the node whose log has the latest "POLL <node> <millis>" line
leader() { cat "$work"/node-*.log | awk '/^POLL /{ if ($3 > t) { t = $3; n = $2 } } END { print n, t }'; }
delivered() { ls "$work/outbox" 2>/dev/null | grep -v '^\.' | cut -d'~' -f1 | sort -u | wc -l; }
wait_for() { local deadline=$((SECONDS + $1)); shift; until "$@"; do
  [ $SECONDS -lt $deadline ] || { echo "timed out: $*" >&2; exit 1; }; sleep 0.2; done; }
has_leader() { [ -n "$(leader | cut -d' ' -f1)" ]; }
polled_after() { local t; t="$(leader | cut -d' ' -f2)"; [ -n "$t" ] && [ "$t" -gt "$1" ]; }

wait_for 180 has_leader
for k in $(seq 1 "$kills"); do
  sleep 5
  read -r node _ < <(leader)
  echo "leader: $node ($(delivered) of $files files delivered)"
  killed_at=$(date +%s%3N)
  kill -9 "$(cat "$work/$node.pid")"
  echo "killed $node with kill -9"
  wait_for 120 polled_after "$killed_at"
  read -r next at < <(leader)
  echo "leader: $next, first poll $((at - killed_at)) ms after the kill"
  start_node "$node"
done
all_delivered() { [ "$(delivered)" -eq "$files" ]; }
wait_for 300 all_delivered
copies=$(ls "$work/outbox" | grep -v '^\.' | wc -l)
echo "all $files files delivered ($((copies - files)) delivered twice: exchanges in flight at a kill); logs in $work"
