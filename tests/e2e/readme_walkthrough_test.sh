#!/usr/bin/env bash
# Runs the README's grpcurl walk-through verbatim against the built
# leadflow-server. The only change made to the README's commands is the
# address: the server listens on a free port instead of 50051, so the test
# never collides with a server a developer is running.
# Usage: readme_walkthrough_test.sh LEADFLOW_SERVER README.md
set -euo pipefail
binary=$1
readme=$2
source "$(dirname "$0")/server_harness.sh"
command -v grpcurl >/dev/null || fail "grpcurl is not installed (ci/install_grpcurl.sh)"
command -v jq >/dev/null || fail "jq is not installed (ci/install_deps.sh)"

work=$(mktemp -d)
# WALKTHROUGH_ADDRESS=host:port runs against a fresh server the caller
# started (tests/e2e/access_log_test.sh) instead of one of this test's own.
if [[ -n ${WALKTHROUGH_ADDRESS:-} ]]; then
  ADDRESS=$WALKTHROUGH_ADDRESS
else
  start_server "$binary" "$work/leadflow.db"
fi

# The ```sh blocks between the walkthrough markers, in order.
script="$work/walkthrough.sh"
awk '/<!-- walkthrough:start -->/{on=1} /<!-- walkthrough:end -->/{on=0}
     on && /^```sh$/{code=1; next} code && /^```$/{code=0; next} code' "$readme" \
  | sed "s/127\.0\.0\.1:50051/$ADDRESS/g" >"$script"
[[ $(grep -c grpcurl "$script") -ge 10 ]] || fail "found too few grpcurl commands in $readme"

output="$work/output.txt"
(cd "$work" && bash -euo pipefail "$script") >"$output" 2>&1 || {
  cat "$output"
  fail "the walk-through failed"
}
cat "$output"

expect() {
  grep -qF -- "$1" "$output" || fail "the walk-through's output lacks: $1"
}
expect "leadflow.v1.LeadService"
expect '"status": "SERVING"'
expect '"name": "Closed - Converted"'
expect '"status": "Open - Not Contacted"'
expect '"field": "lead.last_name"'
expect "refused, as expected"
expect '"status": "Working - Contacted"'
expect '"meeting_agreed": true'
expect "Code: Aborted"
expect "stale etag refused, as expected"
expect "CONVERTED_STATUS_NOT_SETTABLE"
expect "converted status refused, as expected"
expect '"name_matches": true'
expect '"action": "LINK"'
expect '"action": "CREATE"'
expect '"stage": "Prospecting"'
expect '"display_name": "Analytical Engines - Difference Engine No. 2"'
expect '"phone": "+44 20 7946 0000"'
[[ $(jq -r '.accounts[0].website' <<<"$(grpcurl -plaintext "$ADDRESS" leadflow.v1.AccountService/ListAccounts)") == "https://engines.example" ]] ||
  fail "the linked account did not gain the lead's website"
expect "LEAD_CONVERTED"
expect "second conversion refused, as expected"
expect 'Negotiation/Review: 90% PIPELINE'
expect '{"stage":"Closed Won","probability":100,"forecast_category":"CLOSED","is_won":true'
expect '"actor":"users/ada"'
expect 'stage: Negotiation/Review -> Closed Won'
expect '"win_rate": 1'
expect '"conversion_rate": 1'

# The README's lead really is in the database, once, in the state the
# walk-through left it.
leads=$(grpcurl -plaintext -d '{"filter": "company = \"Analytical Engines\""}' \
  "$ADDRESS" leadflow.v1.LeadService/ListLeads)
[[ $(jq '.leads | length' <<<"$leads") == 1 ]] || fail "expected one lead, got: $leads"
[[ $(jq -r '.leads[0].status' <<<"$leads") == "Closed - Converted" ]] || fail "wrong status: $leads"
[[ $(jq -r '.leads[0].converted' <<<"$leads") == "true" ]] || fail "not converted: $leads"
[[ $(jq -r '.leads[0].rating' <<<"$leads") == "Warm" ]] || fail "the stale update changed the rating: $leads"
# One account (the existing one, linked), one contact, one opportunity.
accounts=$(grpcurl -plaintext "$ADDRESS" leadflow.v1.AccountService/ListAccounts)
[[ $(jq '.accounts | length' <<<"$accounts") == 1 ]] || fail "expected one account: $accounts"
[[ $(jq -r '.accounts[0].display_name' <<<"$accounts") == "Analytical Engines Ltd." ]] ||
  fail "the linked account's name was overwritten: $accounts"
opportunities=$(grpcurl -plaintext -d '{"filter": "is_won = true"}' "$ADDRESS" \
  leadflow.v1.OpportunityService/ListOpportunities)
[[ $(jq '.opportunities | length' <<<"$opportunities") == 1 ]] || fail "expected one won opportunity: $opportunities"
[[ $(jq -r '.opportunities[0].amount.units' <<<"$opportunities") == 17000 ]] || fail "wrong amount: $opportunities"
contacts=$(grpcurl -plaintext "$ADDRESS" leadflow.v1.AccountService/ListContacts)
[[ $(jq '.contacts | length' <<<"$contacts") == 1 ]] || fail "expected one contact: $contacts"

expect '"type":"LEAD_UPDATED","changed":["status","meeting_agreed"]}'
[[ $(grep -c '"type":"LEAD_CONVERTED"' "$output") == 1 ]] ||
  fail "the lead's events should end with one LEAD_CONVERTED"

# "Following the change feed": the first terminal's watch runs in the
# background (in a process group of its own, so that stopping it stops
# grpcurl and jq too), the second terminal's conversion once it listens.
block() {  # MARKER: the ```sh block right after <!-- MARKER -->
  awk -v marker="<!-- $1 -->" '$0 == marker {on=1; next}
       on && /^```sh$/ {code=1; next} code && /^```$/ {exit} code' "$readme" |
    sed "s/127\.0\.0\.1:50051/$ADDRESS/g"
}
feed="$work/feed.txt"
(cd "$work" && exec setsid timeout 60 bash -o pipefail -c "$(block feed:watch)") >"$feed" 2>&1 &
watcher=$!
sleep 3  # for grpcurl to connect and the stream to start
(cd "$work" && bash -euo pipefail -c "$(block feed:convert)") || fail "the feed's conversion failed"
for _ in $(seq 100); do
  grep -q LEAD_CONVERTED "$feed" && break
  sleep 0.1
done
kill -TERM -- "-$watcher" 2>/dev/null || true
wait "$watcher" 2>/dev/null || true
cat "$feed"
types=$(grep -o '"type":"[A-Z_]*"' "$feed" | tr '\n' ' ')
[[ $types == '"type":"LEAD_CREATED" "type":"ACCOUNT_CREATED" "type":"CONTACT_CREATED" "type":"OPPORTUNITY_CREATED" "type":"LEAD_CONVERTED" ' ]] ||
  fail "the watch showed: $types"

# "Capturing leads in bulk": the duplicate check finds the converted Ada as
# a contact; the import creates one lead, skips Ada and rejects the row
# without a last name; sent again, it creates nothing.
capture="$work/capture.txt"
for marker in capture:find capture:import capture:again; do
  (cd "$work" && bash -euo pipefail -c "$(block "$marker")") >>"$capture" 2>&1 ||
    { cat "$capture"; fail "the README's $marker block failed"; }
done
cat "$capture"
capture_expect() {
  grep -qF -- "$1" "$capture" || fail "the capture blocks' output lacks: $1"
}
capture_expect '"rules":["DUPLICATE_RULE_EMAIL","DUPLICATE_RULE_NAME_AND_COMPANY","DUPLICATE_RULE_DOMAIN_AND_COMPANY"]'
capture_expect '"created_count": "1"'
capture_expect '"skipped_duplicate_count": "1"'
capture_expect '"rejected_count": "1"'
capture_expect '"row_number": "3"'
capture_expect 'lead.last_name'
capture_expect 'leadflow-resume-after-row: 3'
capture_expect '"already_imported_count": "3"'
imported=$(grpcurl -plaintext -d '{"filter": "company = \"Orbital Mechanics\""}' \
  "$ADDRESS" leadflow.v1.LeadService/ListLeads)
[[ $(jq '.leads | length' <<<"$imported") == 1 ]] || fail "expected one imported lead: $imported"
[[ $(jq -r '.leads[0].source_detail.purchased_list.row' <<<"$imported") == 1 ]] ||
  fail "the imported lead lacks its row: $imported"

if [[ -z ${WALKTHROUGH_ADDRESS:-} ]]; then
  stop_server || fail "the server did not exit cleanly on SIGTERM"
fi
rm -rf "$work"
echo "PASS: README walk-through"
