#!/usr/bin/env bash
# Runs the C++ SDK examples against the built leadflow-server, which
# authenticates callers (--principals), with a bearer token
# (Options::bearer_token, from $LEADFLOW_TOKEN) and checks what they print;
# checks that without the token they are refused with UNAUTHENTICATED; runs
# qualify_and_convert again over TLS (Options::credentials, from
# $LEADFLOW_TLS_CA) against a server with a certificate made here.
# Usage: cpp_examples_test.sh LEADFLOW_SERVER QUALIFY_AND_CONVERT IMPORT_LEADS CSV
set -euo pipefail
binary=$1 qualify=$2 import=$3 csv=$4
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)

# One principal with the scopes the examples and the grpcurl checks need;
# qualify_and_convert names its actor, so it may act for others. A fresh
# token each run.
export LEADFLOW_TOKEN
LEADFLOW_TOKEN=$(new_token)
write_principals "$work/principals.textproto" services/cpp-examples "$LEADFLOW_TOKEN" true \
  leads.read leads.write leads.convert opportunities.read opportunities.write
start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"

expect() {  # expect FILE TEXT
  grep -qF -- "$2" "$1" || { cat "$1"; fail "$(basename "$1") lacks: $2"; }
}
expect_line() {  # expect_line FILE LINE: a whole line, not a part of one
  grep -qxF -- "$2" "$1" || { cat "$1"; fail "$(basename "$1") lacks the line: $2"; }
}

"$qualify" "$ADDRESS" >"$work/qualify.txt" || { cat "$work/qualify.txt"; fail "qualify_and_convert failed"; }
cat "$work/qualify.txt"
expect "$work/qualify.txt" "(Grace Hopper, Compiler Works): Open - Not Contacted"
expect "$work/qualify.txt" "status: Working - Contacted"
expect "$work/qualify.txt" "qualified: interest shown yes, meeting agreed yes"
expect "$work/qualify.txt" "matches: 0 accounts, 0 contacts"
expect "$work/qualify.txt" "converted: account accounts/"
expect "$work/qualify.txt" "stage: Negotiation/Review     probability  90%  forecast PIPELINE expected USD 43200.00"
expect "$work/qualify.txt" "stage: Closed Won             probability 100%  forecast CLOSED   expected USD 48000.00"
expect "$work/qualify.txt" "pipeline: won 1 for USD 48000.00"
expect "$work/qualify.txt" "pipeline: win rate 100%"

# One ImportLeads stream; duplicates skipped by default (the list has none,
# and none of Grace Hopper).
"$import" "$csv" "$ADDRESS" >"$work/import.txt" 2>"$work/progress.txt" ||
  { cat "$work/import.txt" "$work/progress.txt"; fail "import_leads failed"; }
cat "$work/import.txt"
expect_line "$work/import.txt" "imported trade_show_2026.csv: 8 rows sent"
expect_line "$work/import.txt" "  created: 8"
expect_line "$work/import.txt" "  skipped duplicates: 0"
expect_line "$work/import.txt" "  created despite duplicates: 0"
expect_line "$work/import.txt" "  rejected: 0"
expect_line "$work/import.txt" "  already imported: 0"
expect_line "$work/import.txt" "  last committed row: 8"
expect "$work/import.txt" "funnel: 9 leads, 1 converted (11%)"
expect "$work/import.txt" "source Purchased List           8"
# The progress line is for terminals only: none when stderr is a file.
if grep -q $'\r' "$work/progress.txt"; then cat "$work/progress.txt"; fail "a progress line on a file"; fi

# Without the token both are turned away at their first call.
if (unset LEADFLOW_TOKEN && "$qualify" "$ADDRESS") >"$work/no_token.txt" 2>&1; then
  cat "$work/no_token.txt"
  fail "qualify_and_convert succeeded without a token"
fi
expect "$work/no_token.txt" "CreateLead failed: UNAUTHENTICATED:"
if (unset LEADFLOW_TOKEN && "$import" "$csv" "$ADDRESS") >"$work/no_token_import.txt" 2>&1; then
  cat "$work/no_token_import.txt"
  fail "import_leads succeeded without a token"
fi
expect "$work/no_token_import.txt" "UNAUTHENTICATED"

# The same list again: the same request id resumes the finished import
# after its last row, so nothing is sent and nothing created.
"$import" "$csv" "$ADDRESS" >"$work/again.txt" 2>"$work/again_progress.txt" ||
  { cat "$work/again.txt" "$work/again_progress.txt"; fail "second import failed"; }
cat "$work/again.txt"
expect_line "$work/again.txt" "imported trade_show_2026.csv: 0 rows sent, 8 rows skipped (already imported)"
expect_line "$work/again.txt" "  created: 0"
expect_line "$work/again.txt" "  already imported: 8"
expect_line "$work/again.txt" "  last committed row: 8"
expect "$work/again.txt" "funnel: 9 leads, 1 converted (11%)"
expect "$work/again.txt" "source Purchased List           8"
# Other options for the same file are refused, not imported twice.
if "$import" "$csv" "$ADDRESS" --duplicates=allow >"$work/reused.txt" 2>&1; then
  cat "$work/reused.txt"
  fail "import_leads imported the same file again with other options"
fi
expect "$work/reused.txt" "ImportLeads failed: INVALID_ARGUMENT"
expect "$work/reused.txt" "was imported before with other options"

# The quoted fields survived the trip.
grpcurl -plaintext -H "authorization: Bearer $LEADFLOW_TOKEN" -d '{"filter": "last_name = \"O\\\"Neill\""}' "$ADDRESS" \
  leadflow.v1.LeadService/ListLeads >"$work/oneill.txt"
expect "$work/oneill.txt" '"company": "Shamrock Software"'
grpcurl -plaintext -H "authorization: Bearer $LEADFLOW_TOKEN" -d '{"filter": "company = \"Orbital Mechanics, Inc.\""}' "$ADDRESS" \
  leadflow.v1.LeadService/ListLeads >"$work/orbital.txt"
expect "$work/orbital.txt" '"row": "3"'

stop_server || fail "the server did not exit cleanly"

# TLS: the SDK verifies the server's certificate against a CA made here
# (a fresh database, so the pipeline figures start from zero again).
make_tls_certs "$work/certs"
start_server "$binary" "$work/tls.db" --principals="$work/principals.textproto" \
  --tls_cert="$work/certs/server.pem" --tls_key="$work/certs/server.key"
LEADFLOW_TARGET=$ADDRESS LEADFLOW_TLS_CA=$work/certs/ca.pem "$qualify" >"$work/tls.txt" 2>&1 ||
  { cat "$work/tls.txt"; fail "qualify_and_convert over TLS failed"; }
expect "$work/tls.txt" "stage: Closed Won             probability 100%  forecast CLOSED   expected USD 48000.00"
expect "$work/tls.txt" "pipeline: won 1 for USD 48000.00"
# Plaintext to a TLS server does not get through.
if "$qualify" "$ADDRESS" >"$work/plaintext.txt" 2>&1; then fail "plaintext reached the TLS server"; fi
expect "$work/plaintext.txt" "CreateLead failed: UNAVAILABLE"
stop_server || fail "the server did not exit cleanly"
rm -rf "$work"
echo "PASS: C++ examples"
