#!/usr/bin/env bash
# The leadflow-server binary's start-up and shutdown contract: a bad config,
# a database from a newer Leadflow, a --db that is no file, a PostgreSQL
# database that cannot be reached, or a port or database another server
# already has stops it with a clear message and a non-zero exit; SIGTERM shuts it down cleanly; acknowledged writes survive.
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

# A path that is no database file is refused: SQLite would give every
# connection its own private database, and acknowledged writes would vanish.
for db in "" ":memory:"; do
  code=0
  "$binary" --listen=127.0.0.1:0 --db="$db" 2>"$work/err.txt" || code=$?
  [[ $code == 1 ]] || fail "--db='$db': exit code $code, want 1"
  grep -q "name the SQLite database file" "$work/err.txt" ||
    fail "--db='$db': unclear message: $(cat "$work/err.txt")"
done

# A PostgreSQL database that cannot be reached stops start-up, naming it
# without its password (port 1 on loopback: nothing listens there).
code=0
"$binary" --listen=127.0.0.1:0 --db="postgresql://leadflow:s3cret@127.0.0.1:1/leadflow" \
  2>"$work/err.txt" || code=$?
[[ $code == 1 ]] || fail "unreachable PostgreSQL: exit code $code, want 1"
grep -q "cannot connect to the PostgreSQL database postgresql://leadflow:\*\*\*@127.0.0.1:1/leadflow" \
  "$work/err.txt" || fail "unreachable PostgreSQL: unclear message: $(cat "$work/err.txt")"
if grep -q "s3cret" "$work/err.txt"; then fail "the password was printed: $(cat "$work/err.txt")"; fi

# Secure by default: listening beyond loopback without principals and TLS
# stops start-up, saying what to add (it never gets as far as binding).
code=0
"$binary" --listen=0.0.0.0:0 --db="$work/a.db" 2>"$work/err.txt" || code=$?
[[ $code == 1 ]] || fail "0.0.0.0 without authentication: exit code $code, want 1"
grep -q -- "--principals" "$work/err.txt" && grep -q -- "--tls_cert" "$work/err.txt" &&
  grep -q -- "--insecure" "$work/err.txt" || fail "0.0.0.0: unclear message: $(cat "$work/err.txt")"

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

# One server per port and per database: a second one on the same port
# (even with another database) or on the same database (even on another
# port) stops at start-up instead of splitting the data.
code=0
"$binary" --listen="$ADDRESS" --db="$work/other.db" 2>"$work/err.txt" || code=$?
[[ $code == 1 ]] || fail "second server on $ADDRESS: exit code $code, want 1"
grep -q "cannot listen on $ADDRESS" "$work/err.txt" || fail "same port: unclear message: $(cat "$work/err.txt")"
code=0
"$binary" --listen=127.0.0.1:0 --db="$work/a.db" 2>"$work/err.txt" || code=$?
[[ $code == 1 ]] || fail "second server on a.db: exit code $code, want 1"
grep -q "in use by another Leadflow server" "$work/err.txt" ||
  fail "same database: unclear message: $(cat "$work/err.txt")"
count=$(grpcurl -plaintext "$ADDRESS" leadflow.v1.LeadService/ListLeads | jq '.leads | length')
[[ $count == 1 ]] || fail "after the refused starts: $count leads, want 1"

# SIGTERM: clean exit, and the acknowledged write is there after a restart.
stop_server || fail "exit code $? after SIGTERM"
grep -q "shutting down" "$SERVER_LOG" || fail "no shutdown message"
start_server "$binary" "$work/a.db"
count=$(grpcurl -plaintext "$ADDRESS" leadflow.v1.LeadService/ListLeads | jq '.leads | length')
[[ $count == 1 ]] || fail "after restart: $count leads, want 1"
stop_server

# SIGHUP reloads the principals file: a token removed from it is refused
# from then on, without a restart.
token=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
printf 'principals { name: "services/ops" token_sha256: "%s" scopes: "leads.read" }\n' "$hash" \
  >"$work/principals.textproto"
start_server "$binary" "$work/a.db" --principals="$work/principals.textproto"
grpcurl -plaintext -H "authorization: Bearer $token" "$ADDRESS" \
  leadflow.v1.LeadService/ListLeads >/dev/null || fail "the token was refused before the reload"
printf 'principals { name: "services/other" token_sha256: "%064d" scopes: "leads.read" }\n' 0 \
  >"$work/principals.textproto"
kill -HUP "$SERVER_PID"
reloaded=""
for _ in $(seq 1 50); do
  grep -q "principals reloaded" "$SERVER_LOG" && { reloaded=yes; break; }
  sleep 0.1
done
[[ -n $reloaded ]] || fail "no reload after SIGHUP"
if grpcurl -plaintext -H "authorization: Bearer $token" "$ADDRESS" \
  leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "a token removed from the principals file still works after SIGHUP"
fi
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
