#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test run (the PostgreSQL store's
# contract tests read its URI from LEADFLOW_TEST_POSTGRES).
#
#   ci/postgres_cluster.sh start   installs what is missing, starts a cluster
#                                  in a temporary directory and prints
#                                  "export LEADFLOW_TEST_POSTGRES=postgresql://..."
#   ci/postgres_cluster.sh env     prints that line again for the running cluster
#   ci/postgres_cluster.sh stop    stops the cluster and removes its directory
#   ci/postgres_cluster.sh halt    stops the server but keeps its data (an
#                                  outage, for tests that need one)
#   ci/postgres_cluster.sh resume  starts it again on the same port and data
#
# The cluster listens on 127.0.0.1 only, on a free port, and on a Unix
# socket in its directory; authentication is `trust`, which is only
# acceptable because nothing but this machine's loopback can reach it and it
# holds test data. initdb refuses to run as root, so as root the cluster
# runs as the system user leadflow-pg (created when missing).
# The state file (where the cluster is) is $LEADFLOW_PG_STATE, by default
# /tmp/leadflow-postgres-cluster.state, so one machine can run one cluster
# per state file.
set -euo pipefail

readonly pg_bin=${LEADFLOW_PG_BIN:-/usr/lib/postgresql/15/bin}
readonly state_file=${LEADFLOW_PG_STATE:-/tmp/leadflow-postgres-cluster.state}
readonly database=leadflow_test
readonly pg_user=leadflow-pg

log() { echo "ci/postgres_cluster.sh: $*" >&2; }

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$pg_user" -- "$@"
  else
    "$@"
  fi
}

ensure_installed() {
  bash "$(dirname "$0")/install_packages.sh" postgresql libpqxx-dev >&2
  if [[ ! -x $pg_bin/initdb ]]; then
    log "no initdb in $pg_bin (set LEADFLOW_PG_BIN)"
    exit 1
  fi
  if [[ $(id -u) -eq 0 ]] && ! id "$pg_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  fi
}

# A TCP port nobody listens on now (the cluster takes it a moment later;
# a lost race makes pg_ctl fail and start report it). Plain bash: a fresh
# Debian machine need not have python.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "found no free port"
  return 1
}

uri_for() { # port
  echo "postgresql://${pg_user}@127.0.0.1:$1/${database}"
}

start() {
  if [[ -f $state_file ]]; then
    log "a cluster is already recorded in $state_file; run stop first"
    exit 1
  fi
  ensure_installed
  local dir port
  dir=$(mktemp -d /tmp/leadflow-pg.XXXXXX)
  # Whatever fails from here on must not leave a cluster or directory behind.
  trap 'log "start failed; cleaning up"; as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' ERR
  if [[ $(id -u) -eq 0 ]]; then chown "$pg_user" "$dir"; fi
  chmod 700 "$dir"
  # C locale: byte-order text comparison and ASCII-only case folding, the
  # same as SQLite's BINARY collation and LIKE (see store/filter/filter_sql.h).
  as_owner "$pg_bin/initdb" -D "$dir/data" -U "$pg_user" --auth=trust --encoding=UTF8 \
    --locale=C >"$dir/initdb.log" 2>&1
  # fsync stays on: tests of durability must mean what they say. Another
  # program may take the free port before the server binds it: then try
  # another, and say why each attempt failed.
  local attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    if run_server; then break; fi
    log "the cluster did not start on port $port (attempt $attempt of 3); its log:"
    tail -n 20 "$dir/server.log" >&2 || true
    if ((attempt == 3)); then false; fi
  done
  local tries=0
  until "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port"; do
    tries=$((tries + 1))
    if ((tries > 60)); then
      log "the cluster did not become ready; its log:"
      cat "$dir/server.log" >&2
      false
    fi
    sleep 0.5
  done
  as_owner "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U "$pg_user" "$database"
  trap - ERR
  printf 'dir=%s\nport=%s\n' "$dir" "$port" >"$state_file"
  log "cluster running in $dir on 127.0.0.1:$port"
  echo "export LEADFLOW_TEST_POSTGRES=$(uri_for "$port")"
}

read_state() {
  if [[ ! -f $state_file ]]; then
    log "no cluster recorded in $state_file"
    exit 1
  fi
  # shellcheck disable=SC1090
  source "$state_file"
}

env_line() {
  read_state
  echo "export LEADFLOW_TEST_POSTGRES=$(uri_for "$port")"
}

stop() {
  if [[ ! -f $state_file ]]; then
    log "no cluster recorded in $state_file; nothing to stop"
    return 0
  fi
  read_state
  if [[ -d $dir/data ]]; then
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2 ||
      as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
  fi
  rm -rf "$dir"
  rm -f "$state_file"
  log "cluster stopped and removed"
}

run_server() { # the pg_ctl start of a recorded cluster
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200" \
    start >&2
}

halt() {
  read_state
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2
}

resume() {
  read_state
  run_server
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) env_line ;;
  halt) halt ;;
  resume) resume ;;
  *)
    echo "usage: $0 start|stop|env|halt|resume" >&2
    exit 2
    ;;
esac
