#!/usr/bin/env bash
# Two real leadflow-server processes over one PostgreSQL database, driven
# with grpcurl: a request id sent to both creates one lead; conversions of
# the same leads sent to both at once convert each lead once (the other
# gets FAILED_PRECONDITION); updates with one etag sent to both let exactly
# one win; and both servers list the same change feed, numbered 1..N
# without a gap. Skips (exit 77) without LEADFLOW_TEST_POSTGRES, the URI of
# a cluster on which it may create and drop a database
# (ci/postgres_cluster.sh start prints it).
# Usage: postgres_two_servers_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_harness.sh"

if [[ -z ${LEADFLOW_TEST_POSTGRES:-} ]]; then
  echo "SKIP: LEADFLOW_TEST_POSTGRES is not set (ci/postgres_cluster.sh start prints it)"
  exit 77
fi
for tool in grpcurl jq psql; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (ci/install_deps.sh)"
done

database="leadflow_e2e_$$_$RANDOM"
uri="${LEADFLOW_TEST_POSTGRES%/*}/$database"
psql -q "$LEADFLOW_TEST_POSTGRES" -c "CREATE DATABASE $database"
other_pid=""
cleanup() {
  [[ -n $other_pid ]] && kill -KILL "$other_pid" 2>/dev/null || true
  cleanup_server
  psql -q "$LEADFLOW_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

# Server A through the harness; server B's process kept aside.
start_server "$binary" "$uri"
other_pid=$SERVER_PID other_log=$SERVER_LOG b=$ADDRESS
start_server "$binary" "$uri"
a=$ADDRESS
echo "servers on $a and $b"

call() {  # call ADDRESS SERVICE/METHOD JSON
  grpcurl -plaintext -d "$3" "$1" "leadflow.v1.$2"
}
lead_json='{"lead": {"last_name": "Lovelace", "company": "Analytical Engines"}, "request_id": "RID"}'

# A request id retried on the other server returns the first lead.
first=$(call "$a" LeadService/CreateLead "${lead_json/RID/e2e-create-1}" | jq -r .name)
again=$(call "$b" LeadService/CreateLead "${lead_json/RID/e2e-create-1}" | jq -r .name)
[[ $first == "$again" ]] || fail "request id retried on B gave $again, not $first"

# Five leads, each converted by both servers at once.
leads=()
for i in 1 2 3 4 5; do
  leads+=("$(call "$a" LeadService/CreateLead "${lead_json/RID/e2e-lead-$i}" | jq -r .name)")
done
work=$(mktemp -d)
for lead in "${leads[@]}"; do
  id=${lead#leads/}
  call "$a" LeadService/ConvertLead "{\"name\": \"$lead\", \"request_id\": \"a-$id\"}" \
    >"$work/$id.a" 2>&1 &
  call "$b" LeadService/ConvertLead "{\"name\": \"$lead\", \"request_id\": \"b-$id\"}" \
    >"$work/$id.b" 2>&1 &
done
wait_for_calls() {  # waits for the background grpcurl calls, not the servers
  local pid
  for pid in $(jobs -p); do
    [[ $pid == "$SERVER_PID" || $pid == "$other_pid" ]] || wait "$pid" || true
  done
}
wait_for_calls
for lead in "${leads[@]}"; do
  id=${lead#leads/}
  won=$(cat "$work/$id.a" "$work/$id.b" | grep -c '"converted": true' || true)
  refused=$(cat "$work/$id.a" "$work/$id.b" | grep -c 'FailedPrecondition' || true)
  [[ $won == 1 && $refused == 1 ]] ||
    { cat "$work/$id.a" "$work/$id.b"; fail "$lead: $won conversions and $refused refusals"; }
done

# One etag, two updates, one on each server: exactly one wins.
etag=$(call "$a" LeadService/GetLead "{\"name\": \"$first\"}" | jq -r .etag)
for server in "$a" "$b"; do
  call "$server" LeadService/UpdateLead \
    "{\"lead\": {\"name\": \"$first\", \"etag\": \"$etag\", \"title\": \"from $server\"}, \"update_mask\": {\"paths\": [\"title\"]}}" \
    >"$work/update.${server##*:}" 2>&1 &
done
wait_for_calls
won=$(cat "$work"/update.* | grep -c '"title"' || true)
aborted=$(cat "$work"/update.* | grep -c 'Aborted' || true)
[[ $won == 1 && $aborted == 1 ]] || { cat "$work"/update.*; fail "etag race: $won won, $aborted aborted"; }

# Both servers list one feed, numbered 1..N.
feed() { call "$1" EventService/ListEvents '{"page_size": 1000}' | jq -c '[.events[] | .sequence | tonumber]'; }
feed_a=$(feed "$a")
feed_b=$(feed "$b")
[[ $feed_a == "$feed_b" ]] || fail "the servers list different feeds: $feed_a / $feed_b"
count=$(jq length <<<"$feed_a")
[[ $feed_a == "$(jq -c '[range(1; '"$count"' + 1)]' <<<null)" ]] || fail "the feed has gaps: $feed_a"
# 6 creates, 5 conversions of 4 events each, 1 update.
[[ $count == 27 ]] || fail "expected 27 events, got $count: $feed_a"

stop_server || fail "server A did not stop cleanly"
kill -TERM "$other_pid"
wait "$other_pid" || { cat "$other_log" >&2; fail "server B did not stop cleanly"; }
other_pid=""
echo "PASS: two servers over one PostgreSQL database"
