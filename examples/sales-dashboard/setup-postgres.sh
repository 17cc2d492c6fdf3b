#!/usr/bin/env bash
# A throwaway PostgreSQL for the sales-dashboard example and its test, from Debian's packages (installed when missing).
#
#   setup-postgres.sh start [DATA_DIR] [PORT]   initialise (first time), start, create database "sales" with sample rows
#   setup-postgres.sh stop  [DATA_DIR]          stop it (the data directory stays until you delete it)
#
# Prints the JDBC URL on its last line. Listens on 127.0.0.1 only, trust authentication: for a laptop or CI, not a server.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
action="${1:-start}"
data_dir="${2:-${TMPDIR:-/tmp}/camel-datagrok-sales-postgres}"
port="${3:-55432}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin)" ]; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 && apt-get install -y -q postgresql >&2
fi
bin="$(pg_bin)"

# PostgreSQL refuses to run as root: run its programs as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    if [ ! -f "$data_dir/PG_VERSION" ]; then
      mkdir -p "$data_dir"
      [ "$(id -u)" = 0 ] && chown postgres "$data_dir"
      chmod 700 "$data_dir"
      as_pg "$bin/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $data_dir" start >/dev/null
    fi
    psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
    if [ -z "$("${psql[@]}" -tAc "select 1 from pg_database where datname = 'sales'")" ]; then
      "${psql[@]}" -c "create role sales login password 'sales'" -c "create database sales owner sales"
      "${psql[@]}" -U sales -d sales -f "$here/src/main/resources/sql/sales.sql"
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/sales"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop [DATA_DIR] [PORT]" >&2
    exit 2
    ;;
esac
