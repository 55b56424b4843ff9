#!/usr/bin/env bash
# The access log carries one JSON line per call with only the listed fields,
# and never personal data or a credential. Runs the README's walk-through
# (readme_walkthrough_test.sh, verbatim) against a server with
# --access_log=all, plus two calls that send a bearer token (a server
# without --principals ignores it, but must not log it either), then:
#   - searches the server's whole stderr for the walk-through's email and
#     for the token: neither may appear;
#   - parses every access log line as JSON with exactly the fields time
#     (RFC 3339 UTC), method, code, duration_ms, principal, peer and
#     request_id (when the request has one);
#   - checks that the lines per method and code are exactly the calls the
#     server's metrics counted (leadflow_calls_total), so each call made one.
# Needs grpcurl, jq, curl and `bash ci/install_python.sh` (prometheus_client).
# Usage: access_log_test.sh LEADFLOW_SERVER README.md
set -euo pipefail
binary=$1
readme=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_harness.sh"
python=${LEADFLOW_PYTHON_TOOLS:-$HOME/.cache/leadflow/python-tools}/bin/python
"$python" -c 'import prometheus_client' 2>/dev/null ||
  fail "prometheus_client is not installed in $python (bash ci/install_python.sh)"

work=$(mktemp -d)
email="ada@engines.example"  # the walk-through's lead
token="lf-access-log-test-7d3f9a1c5e"

start_server "$binary" "$work/leadflow.db" --access_log=all --metrics_listen=127.0.0.1:0
wait_for_metrics_address
metrics=$METRICS_ADDRESS

WALKTHROUGH_ADDRESS=$ADDRESS bash "$here/readme_walkthrough_test.sh" "$binary" "$readme" \
  >"$work/walkthrough.txt" 2>&1 || { cat "$work/walkthrough.txt"; fail "the walk-through failed"; }
grep -qF "$email" "$work/walkthrough.txt" || fail "the walk-through no longer shows $email: update this test"

grpcurl -plaintext -H "authorization: Bearer $token" -d '{"page_size": 1}' "$ADDRESS" \
  leadflow.v1.LeadService/ListLeads >/dev/null || fail "ListLeads with a token failed"
if grpcurl -plaintext -H "authorization: Bearer $token" -d '{"name": "leads/no-such-lead"}' \
  "$ADDRESS" leadflow.v1.LeadService/GetLead >/dev/null 2>&1; then
  fail "GetLead of a lead that does not exist succeeded"
fi

# A call is counted (and logged) when the server lets go of it, which can
# trail the client's reply: scrape until two scrapes agree, none in flight.
previous=""
for _ in $(seq 1 50); do
  curl -fsS -o "$work/metrics.txt" "http://$metrics/metrics" || fail "cannot scrape $metrics"
  "$python" "$here/prometheus_summary.py" "$work/metrics.txt" >"$work/samples.json" ||
    fail "the exposition is not valid"
  current=$(jq -c '[.[] | select(.name == "leadflow_calls_total" or .name == "leadflow_calls_in_flight")]' \
    "$work/samples.json")
  [[ $current == "$previous" && $(jq '[.[] | select(.name == "leadflow_calls_in_flight") | .value][0]' \
    "$work/samples.json") == 0 ]] && break
  previous=$current
  sleep 0.2
done
# Stopping writes out the lines still queued.
stop_server || fail "the server did not exit cleanly on SIGTERM"
log="$work/server.log"
cp "$SERVER_LOG" "$log"

if grep -nF "$email" "$log"; then fail "the server's log shows the email $email"; fi
if grep -nF "$token" "$log"; then fail "the server's log shows the bearer token"; fi

"$python" - "$log" "$work/samples.json" <<'PY' || fail "the access log does not match the calls"
import collections, json, re, sys

log_path, samples_path = sys.argv[1], sys.argv[2]
required = {"time", "method", "code", "duration_ms", "principal", "peer"}
codes = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
         "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
         "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
         "UNAUTHENTICATED"}
time_format = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
served_method = re.compile(
    r"^/(leadflow\.v1\.\w+|grpc\.health\.v1\.Health|grpc\.reflection\.v1alpha\.ServerReflection)/\w+$")
problems = []
lines = collections.Counter()
request_ids = collections.defaultdict(set)
with open(log_path, encoding="utf-8") as f:
    for number, text in enumerate(f, 1):
        if text.startswith("leadflow-server: "):
            continue  # start-up and shutdown lines
        try:
            line = json.loads(text)
        except ValueError:
            problems.append(f"line {number} is not JSON: {text!r}")
            continue
        keys = set(line)
        if not required <= keys or keys - required - {"request_id"}:
            problems.append(f"line {number} has fields {sorted(keys)}")
            continue
        if not time_format.match(line["time"]):
            problems.append(f"line {number}: time {line['time']!r} is not RFC 3339 UTC")
        if line["code"] not in codes:
            problems.append(f"line {number}: code {line['code']!r}")
        if not isinstance(line["duration_ms"], (int, float)) or line["duration_ms"] < 0:
            problems.append(f"line {number}: duration_ms {line['duration_ms']!r}")
        if not line["peer"].startswith(("ipv4:127.0.0.1:", "ipv6:[::1]:")):
            problems.append(f"line {number}: peer {line['peer']!r}")
        if line["principal"] != "":  # the server runs without principals
            problems.append(f"line {number}: principal {line['principal']!r}")
        if "request_id" in line:
            request_ids[line["method"]].add(line["request_id"])
        # The metrics count methods the server does not serve (grpcurl tries
        # grpc.reflection.v1 first) as "other"; the log names them.
        served = served_method.match(line["method"])
        lines[(line["method"] if served else "other", line["code"])] += 1

with open(samples_path, encoding="utf-8") as f:
    counted = collections.Counter({
        (s["labels"]["method"], s["labels"]["code"]): int(s["value"])
        for s in json.load(f) if s["name"] == "leadflow_calls_total"})
if lines != counted:
    problems.append("lines per (method, code) differ from the calls counted:\n"
                    f"  only in the log: {dict(lines - counted)}\n"
                    f"  only in the metrics: {dict(counted - lines)}")

lead = "/leadflow.v1.LeadService/"
expected = {  # what the walk-through and the calls above must have logged, at least
    (lead + "CreateLead", "OK"): 1, (lead + "CreateLead", "INVALID_ARGUMENT"): 1,
    (lead + "UpdateLead", "ABORTED"): 1, (lead + "UpdateLead", "INVALID_ARGUMENT"): 1,
    (lead + "ConvertLead", "FAILED_PRECONDITION"): 1, (lead + "ListLeads", "OK"): 2,
    ("/leadflow.v1.OpportunityService/UpdateOpportunity", "OK"): 4,
    ("/grpc.health.v1.Health/Check", "OK"): 1,
}
for key, at_least in expected.items():
    if lines[key] < at_least:
        problems.append(f"expected at least {at_least} line(s) for {key}, found {lines[key]}")
for method, request_id in [(lead + "CreateLead", "2f1d0c6e-6a38-4a51-9d3e-0d6f4f1f8a01"),
                           (lead + "ConvertLead", "5d0c8f5e-2b0a-4c55-8d5e-6f7a9b1c2d3e")]:
    if request_id not in request_ids[method]:
        problems.append(f"no {method} line carries request_id {request_id}")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"{sum(lines.values())} access log lines, one per call counted")
PY

rm -rf "$work"
echo "PASS: access log"
