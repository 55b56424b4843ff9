#!/usr/bin/env bash
# The leadflow-server binary's start-up and shutdown contract: a bad config
# or a database from a newer Leadflow stops it with a clear message and a
# non-zero exit; SIGTERM shuts it down cleanly; acknowledged writes survive.
# Usage: server_lifecycle_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)

# An unparsable config names the line.
printf 'lead_sources: "Web"\nratings: [\n' >"$work/broken.textproto"
code=0
"$binary" --listen=127.0.0.1:0 --db="$work/a.db" --config="$work/broken.textproto" \
  2>"$work/err.txt" || code=$?
[[ $code == 2 ]] || fail "broken config: exit code $code, want 2"
grep -q "line 3" "$work/err.txt" || fail "broken config: no line number in: $(cat "$work/err.txt")"

# A config that breaks the status rules names the rule.
printf 'lead_statuses { name: "New" }\n' >"$work/no_default.textproto"
code=0
"$binary" --listen=127.0.0.1:0 --db="$work/a.db" --config="$work/no_default.textproto" \
  2>"$work/err.txt" || code=$?
[[ $code == 2 ]] || fail "invalid config: exit code $code, want 2"
grep -q "exactly one status must be the default" "$work/err.txt" ||
  fail "invalid config: unclear message: $(cat "$work/err.txt")"

# A stage list without a lost stage is refused at start-up.
printf 'opportunity_stages { name: "Open" }\nopportunity_stages { name: "Won" closed: true won: true }\n' \
  >"$work/no_lost.textproto"
code=0
"$binary" --listen=127.0.0.1:0 --db="$work/a.db" --config="$work/no_lost.textproto" \
  2>"$work/err.txt" || code=$?
[[ $code == 2 ]] || fail "stages without a lost stage: exit code $code, want 2"
grep -q "closed lost stage" "$work/err.txt" || fail "stages: unclear message: $(cat "$work/err.txt")"

# A valid config is applied.
printf 'lead_sources: "Trade Show"\n' >"$work/ok.textproto"
start_server "$binary" "$work/a.db" --config="$work/ok.textproto"
grpcurl -plaintext -d '{"lead": {"last_name": "Ng", "company": "Coursera", "lead_source": "Trade Show"}}' \
  "$ADDRESS" leadflow.v1.LeadService/CreateLead >/dev/null || fail "configured source refused"
if grpcurl -plaintext -d '{"lead": {"last_name": "Ng", "company": "Coursera", "lead_source": "Web"}}' \
  "$ADDRESS" leadflow.v1.LeadService/CreateLead >/dev/null 2>&1; then
  fail "a source the config replaced was accepted"
fi
grpcurl -plaintext "$ADDRESS" grpc.health.v1.Health/Check | grep -q SERVING || fail "not SERVING"

# SIGTERM: clean exit, and the acknowledged write is there after a restart.
stop_server || fail "exit code $? after SIGTERM"
grep -q "shutting down" "$SERVER_LOG" || fail "no shutdown message"
start_server "$binary" "$work/a.db"
count=$(grpcurl -plaintext "$ADDRESS" leadflow.v1.LeadService/ListLeads | jq '.leads | length')
[[ $count == 1 ]] || fail "after restart: $count leads, want 1"
stop_server

# A database from a newer Leadflow is refused, untouched.
sqlite3 "$work/a.db" "PRAGMA user_version = 999;"
code=0
"$binary" --listen=127.0.0.1:0 --db="$work/a.db" 2>"$work/err.txt" || code=$?
[[ $code == 1 ]] || fail "newer database: exit code $code, want 1"
grep -q "newer Leadflow" "$work/err.txt" || fail "newer database: unclear message: $(cat "$work/err.txt")"
[[ $(sqlite3 "$work/a.db" "PRAGMA user_version;") == 999 ]] || fail "the newer database was modified"

rm -rf "$work"
echo "PASS: server lifecycle"
