#!/usr/bin/env bash
# The /metrics endpoint of the real binary: started with
# --metrics_listen=127.0.0.1:0, it reports the bound port on stderr; after
# calls that end OK, INVALID_ARGUMENT and NOT_FOUND (made with grpcurl), a
# scrape with curl parses with prometheus_client's parser (HELP and TYPE on
# every family, cumulative histograms: tests/e2e/prometheus_summary.py) and
# counts exactly those calls by method and code, with their latency
# histograms, no call in flight, the store's commits and a database file
# bigger than 0. A metrics address beyond loopback is refused at start-up.
# Needs grpcurl, jq, curl and `bash ci/install_python.sh` (prometheus_client).
# Usage: metrics_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_harness.sh"
python=${LEADFLOW_PYTHON_TOOLS:-$HOME/.cache/leadflow/python-tools}/bin/python
for tool in grpcurl jq curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (ci/install_deps.sh, ci/install_grpcurl.sh)"
done
"$python" -c 'import prometheus_client' 2>/dev/null ||
  fail "prometheus_client is not installed in $python (bash ci/install_python.sh)"

work=$(mktemp -d)

# Beyond loopback the endpoint (no authentication, no TLS) needs --insecure.
if "$binary" --listen=127.0.0.1:0 --db="$work/refused.db" --metrics_listen=0.0.0.0:0 \
  2>"$work/refused.txt"; then
  fail "the server started with --metrics_listen=0.0.0.0:0 and no --insecure"
fi
grep -q "refusing to serve metrics on 0.0.0.0:0" "$work/refused.txt" ||
  { cat "$work/refused.txt"; fail "no clear refusal of a non-loopback metrics address"; }

start_server "$binary" "$work/leadflow.db" --metrics_listen=127.0.0.1:0
wait_for_metrics_address
metrics=$METRICS_ADDRESS
echo "metrics on $metrics"

call() {  # call METHOD JSON: prints the reply; the status is the caller's to check
  grpcurl -plaintext -d "$2" "$ADDRESS" "leadflow.v1.LeadService/$1"
}
# 3 x OK CreateLead, 1 x INVALID_ARGUMENT CreateLead, 1 x OK DeleteLead,
# 1 x OK and 1 x NOT_FOUND GetLead, 1 x OK health check.
for i in 1 2 3; do
  call CreateLead "{\"lead\": {\"last_name\": \"Metric $i\", \"company\": \"Scrape Co\"}}" >"$work/lead$i.json" ||
    fail "CreateLead $i failed"
done
if call CreateLead '{"lead": {"company": "Nameless"}}' 2>"$work/invalid.txt"; then
  fail "a lead without a last name was created"
fi
grep -q "InvalidArgument" "$work/invalid.txt" || fail "expected INVALID_ARGUMENT: $(cat "$work/invalid.txt")"
name=$(jq -r .name "$work/lead1.json")
call GetLead "{\"name\": \"$name\"}" >/dev/null || fail "GetLead failed"
call DeleteLead "{\"name\": \"$name\"}" >/dev/null || fail "DeleteLead failed"
if call GetLead "{\"name\": \"$name\"}" 2>"$work/not_found.txt"; then fail "a deleted lead was found"; fi
grep -q "NotFound" "$work/not_found.txt" || fail "expected NOT_FOUND: $(cat "$work/not_found.txt")"
grpcurl -plaintext "$ADDRESS" grpc.health.v1.Health/Check >/dev/null || fail "health check failed"

# Each grpcurl call also asked for reflection: grpc.reflection.v1, which
# this gRPC lacks (UNIMPLEMENTED, counted under method "other"), then
# v1alpha. Those are left out of the counts below. A call is counted when
# the server lets go of it, which can trail the client's reply a little:
# scrape until the counts are all in.
value() {  # value FAMILY_SAMPLE_NAME [LABEL VALUE]...: the sum of the matching samples
  local name=$1
  shift
  local filter=".name == \"$name\""
  while (($# >= 2)); do
    filter+=" and .labels[\"$1\"] == \"$2\""
    shift 2
  done
  jq "[.[] | select($filter) | .value] | add // 0" "$work/samples.json"
}
lead=/leadflow.v1.LeadService
for attempt in $(seq 1 50); do
  curl -fsS -D "$work/headers.txt" -o "$work/metrics.txt" "http://$metrics/metrics" ||
    fail "curl could not scrape http://$metrics/metrics"
  "$python" "$here/prometheus_summary.py" "$work/metrics.txt" >"$work/samples.json" ||
    { cat "$work/metrics.txt"; fail "the exposition is not valid"; }
  leadflow_calls=$(jq '[.[] | select(.name == "leadflow_calls_total" and (.labels.method | test("^(/grpc.reflection|other$)") | not)) | .value] | add // 0' "$work/samples.json")
  [[ $leadflow_calls == 8 && $(value leadflow_calls_in_flight) == 0 ]] && break
  sleep 0.1
done
cat "$work/metrics.txt"

expect_value() {  # expect_value EXPECTED FAMILY_SAMPLE_NAME [LABEL VALUE]...
  local expected=$1
  shift
  local got
  got=$(value "$@")
  [[ $got == "$expected" ]] || fail "$* is $got, expected $expected"
}
grep -qi '^content-type: text/plain; version=0.0.4' "$work/headers.txt" ||
  fail "wrong content type: $(cat "$work/headers.txt")"
expect_value 3 leadflow_calls_total method "$lead/CreateLead" code OK
expect_value 1 leadflow_calls_total method "$lead/CreateLead" code INVALID_ARGUMENT
expect_value 1 leadflow_calls_total method "$lead/GetLead" code OK
expect_value 1 leadflow_calls_total method "$lead/GetLead" code NOT_FOUND
expect_value 1 leadflow_calls_total method "$lead/DeleteLead" code OK
expect_value 1 leadflow_calls_total method /grpc.health.v1.Health/Check code OK
[[ $leadflow_calls == 8 ]] || fail "expected 8 calls besides reflection, counted $leadflow_calls"
[[ $(value leadflow_calls_total method /grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo) -ge 8 ]] ||
  fail "grpcurl's reflection calls were not counted"
[[ $(jq '[.[] | select(.family == "leadflow_calls") | .type] | unique' "$work/samples.json") == *counter* ]] ||
  fail "leadflow_calls_total is not a counter"

# The latency histogram: every CreateLead in the +Inf bucket and _count, a
# positive _sum, and a finite bucket holding them all (none took 30 s).
expect_value 4 leadflow_call_duration_seconds_count method "$lead/CreateLead"
expect_value 4 leadflow_call_duration_seconds_bucket method "$lead/CreateLead" le +Inf
expect_value 4 leadflow_call_duration_seconds_bucket method "$lead/CreateLead" le 30
[[ $(jq '[.[] | select(.name == "leadflow_call_duration_seconds_sum" and .labels.method == "'"$lead/CreateLead"'") | .value][0] > 0' "$work/samples.json") == true ]] ||
  fail "CreateLead's latency _sum is not positive"
[[ $(jq '[.[] | select(.family == "leadflow_call_duration_seconds") | .type] | unique' "$work/samples.json") == *histogram* ]] ||
  fail "leadflow_call_duration_seconds is not a histogram"

expect_value 0 leadflow_calls_in_flight
expect_value 0 leadflow_streams_in_flight
# Three creates and a delete: four events in the change feed.
expect_value 4 leadflow_feed_latest_sequence
expect_value 0 leadflow_feed_watches
for reason in auth scope limit rate; do
  expect_value 0 leadflow_calls_refused_total reason "$reason"
done

# The store: 4 writes (3 creates, 1 delete) committed in at least 1 group,
# nothing queued, a database file with something in it.
expect_value 4 leadflow_store_write_group_size_sum
[[ $(value leadflow_store_group_commit_seconds_count) -ge 1 ]] || fail "no group commit was measured"
expect_value 0 leadflow_store_write_queue_depth
[[ $(jq '[.[] | select(.name == "leadflow_store_db_size_bytes") | .value][0] > 0' "$work/samples.json") == true ]] ||
  fail "leadflow_store_db_size_bytes is not > 0"
expect_value 0 leadflow_access_log_dropped_lines_total

# Anything but /metrics is not found.
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://$metrics/") == 404 ]] || fail "/ is not a 404"

stop_server || fail "the server did not exit cleanly on SIGTERM"
rm -rf "$work"
echo "PASS: metrics"
