#!/usr/bin/env bash
# The real leadflow-server on PostgreSQL while the database goes away and
# comes back, on a private throw-away cluster (ci/postgres_cluster.sh with
# a state file of its own, so the shared test cluster is never touched):
# during the outage the health service reports NOT_SERVING and calls fail
# with UNAVAILABLE; once the database is back the server reports SERVING
# again by itself, every acknowledged write is there, and writes work.
# Skips (exit 77) without LEADFLOW_TEST_POSTGRES, which says the machine
# runs the PostgreSQL tests (ci/test.sh sets it).
# Usage: postgres_outage_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
cluster="$here/../../ci/postgres_cluster.sh"
source "$here/server_harness.sh"

if [[ -z ${LEADFLOW_TEST_POSTGRES:-} ]]; then
  echo "SKIP: LEADFLOW_TEST_POSTGRES is not set (ci/postgres_cluster.sh start prints it)"
  exit 77
fi
for tool in grpcurl jq; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (ci/install_deps.sh)"
done

export LEADFLOW_PG_STATE
LEADFLOW_PG_STATE=$(mktemp -u /tmp/leadflow-outage-cluster.XXXXXX)
cleanup() {
  cleanup_server
  bash "$cluster" stop || true
}
trap cleanup EXIT
uri=$(bash "$cluster" start | sed -n 's/^export LEADFLOW_TEST_POSTGRES=//p')
[[ -n $uri ]] || fail "the private cluster did not start"

start_server "$binary" "$uri"
health() { grpcurl -plaintext "$ADDRESS" grpc.health.v1.Health/Check 2>/dev/null | jq -r .status; }
wait_for_health() {  # wait_for_health STATUS SECONDS
  for _ in $(seq 1 $(($2 * 10))); do
    [[ $(health) == "$1" ]] && return 0
    sleep 0.1
  done
  fail "health did not become $1 within $2 s (it is $(health))"
}
create() {
  grpcurl -plaintext -d "{\"lead\": {\"last_name\": \"$1\", \"company\": \"Acme\"}}" \
    "$ADDRESS" leadflow.v1.LeadService/CreateLead
}

before=$(create "Before" | jq -r .name)
[[ $before == leads/* ]] || fail "no lead before the outage"
wait_for_health SERVING 5

bash "$cluster" halt
wait_for_health NOT_SERVING 5
if out=$(create "During" 2>&1); then fail "a write succeeded with the database down: $out"; fi
grep -q "Unavailable" <<<"$out" || fail "a write during the outage was not UNAVAILABLE: $out"
if out=$(grpcurl -plaintext -d "{\"name\": \"$before\"}" "$ADDRESS" \
  leadflow.v1.LeadService/GetLead 2>&1); then
  fail "a read succeeded with the database down: $out"
fi
grep -q "Unavailable" <<<"$out" || fail "a read during the outage was not UNAVAILABLE: $out"

bash "$cluster" resume
wait_for_health SERVING 10
got=$(grpcurl -plaintext -d "{\"name\": \"$before\"}" "$ADDRESS" \
  leadflow.v1.LeadService/GetLead | jq -r .name)
[[ $got == "$before" ]] || fail "the lead written before the outage is gone"
after=$(create "After" | jq -r .name)
[[ $after == leads/* ]] || fail "no write after the outage"

stop_server || fail "the server did not stop cleanly"
echo "PASS: NOT_SERVING and UNAVAILABLE during the outage, recovered by itself"
