#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server on a free loopback port, as the postgres user.
#   source .ci/postgres.sh start   -> exports CIVICDESK_TEST_PG_URL and PG_TEST_DIR
#   .ci/postgres.sh stop DIR
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

pg_start() {
  local bin dir port
  bin="$(pg_bin)"
  dir="$(mktemp -d /tmp/civicdesk-pg.XXXXXX)"
  chown postgres:postgres "$dir"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
  su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start >/dev/null"
  export PG_TEST_DIR="$dir"
  export PG_TEST_PORT="$port"
  export CIVICDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL started on 127.0.0.1:$port ($dir)"
}

pg_stop() {
  local dir="$1"
  su postgres -s /bin/sh -c "'$(pg_bin)/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) pg_start ;;
  stop) pg_stop "$2" ;;
  *) echo "usage: source .ci/postgres.sh start | .ci/postgres.sh stop DIR" >&2; return 2 2>/dev/null || exit 2 ;;
esac
