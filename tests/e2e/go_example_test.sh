#!/usr/bin/env bash
# End-to-end test of the Go SDK: builds sdk/go and examples/go as a user
# would (the example's go.mod replaces the SDK with ../../sdk/go), runs the
# SDK's own tests (the token and TLS helpers among them), runs the example
# against a real leadflow-server that authenticates callers (--principals)
# with a bearer token and checks every line of its story (among them the
# change-feed events its consumer saw for the conversion), runs the SDK's
# helpers against it (tests/e2e/go_helpers_check: a List over several pages,
# a refusal's reason and field), checks that the example without the token
# is refused with UNAUTHENTICATED, reads a lead through a server restart on
# the same port (leadflow.WithRetries), then checks that
# the committed stubs are current and that check_generated.sh does notice
# stale ones.
#
#   tests/e2e/go_example_test.sh LEADFLOW_SERVER
#
# Needs ci/install_go.sh first. Writes nothing in the repo: builds go to Go's
# caches and to a temporary folder.
set -euo pipefail

binary=${1:?usage: $0 LEADFLOW_SERVER}
repo=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=server_harness.sh
source "$(dirname "$0")/server_harness.sh"
# shellcheck source=conversion_events.sh
source "$(dirname "$0")/conversion_events.sh"

[[ -x $binary ]] || fail "$binary is not an executable"
# The machine's Go lives in /usr/local/go, which a minimal PATH may lack.
command -v go >/dev/null 2>&1 || [[ ! -x /usr/local/go/bin/go ]] || export PATH="/usr/local/go/bin:$PATH"
command -v go >/dev/null 2>&1 || fail "go not found; run ci/install_go.sh"

tmp=$(mktemp -d)
trap 'cleanup_server; rm -rf "$tmp"' EXIT

# go.mod and go.sum are complete and are never rewritten; no go.work joins in.
export GOFLAGS="-mod=readonly -buildvcs=false" GOWORK=off

echo "--- sdk/go: vet and test"
(cd "$repo/sdk/go" && go vet ./... && go test ./...) || fail "sdk/go does not build or its tests fail"

echo "--- examples/go: build"
(cd "$repo/examples/go" && go build -o "$tmp/leadflow-example" .) || fail "examples/go does not build"

echo "--- examples/go: run against the server, with a token"
# One principal with the scopes the story needs; a fresh token each run.
token=$(new_token)
write_principals "$tmp/principals.textproto" services/go-example "$token" false \
  leads.read leads.write leads.convert opportunities.write events.read
start_server "$binary" "$tmp/leadflow.db" --principals="$tmp/principals.textproto" ||
  fail "the server did not start"
output=$(LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token "$tmp/leadflow-example" 2>&1) ||
  fail "the example failed:"$'\n'"$output"
echo "$output"
expected=(
  '^created leads/[^ ]+ status=Open - Not Contacted$'
  '^updated status=Working - Contacted$'
  '^meeting agreed=true$'
  '^converted account=accounts/[^ ]+ contact=contacts/[^ ]+ opportunity=opportunities/[^ ]+$'
  '^won stage=Closed Won probability=100 forecast=CLOSED$'
  '^refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead\.last_name$'
)
for line in "${expected[@]}"; do
  grep -qE "$line" <<<"$output" || fail "the example printed no line matching: $line"
done
printf '%s\n' "$output" >"$tmp/story.txt"
check_conversion_events "$tmp/story.txt"

echo "--- the SDK's helpers against the server"
(cd "$repo/tests/e2e/go_helpers_check" && go build -o "$tmp/go-helpers-check" .) ||
  fail "tests/e2e/go_helpers_check does not build"
output=$(LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token "$tmp/go-helpers-check" helpers 2>&1) ||
  fail "the helpers check failed:"$'\n'"$output"
echo "$output"
[[ $output == "listed 7 leads in pages of 3: Pager0,Pager1,Pager2,Pager3,Pager4,Pager5,Pager6
refused code=INVALID_ARGUMENT reason=FIELD_INVALID fields=lead.name" ]] ||
  fail "the helpers check printed other than the two expected lines"

echo "--- examples/go: refused without the token"
if output=$(LEADFLOW_TARGET=$ADDRESS "$tmp/leadflow-example" 2>&1); then
  fail "the example succeeded without a token:"$'\n'"$output"
fi
echo "$output"
grep -q "code = Unauthenticated" <<<"$output" || fail "the example without a token was not refused as UNAUTHENTICATED"
! grep -q '^created' <<<"$output" || fail "a lead was created without a token"
stop_server || fail "the server did not exit cleanly"

echo "--- sdk/go: a read retried through a server restart"
lead=$(sed -n 's|^created \(leads/[^ ]*\) .*|\1|p' "$tmp/story.txt")
[[ -n $lead ]] || fail "the story names no created lead"
port=${ADDRESS##*:}
restart_read() {  # restart_read OUTPUT [--no-retries]
  LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token "$tmp/go-helpers-check" read "${@:2}" "$lead" >"$1" 2>&1
}
check_read_through_restart "$port" "read $lead last_name=Lovelace" \
  "$binary" "$tmp/leadflow.db" --principals="$tmp/principals.textproto"
stop_server || fail "the server did not exit cleanly"

echo "--- sdk/go: committed stubs are current"
bash "$repo/sdk/go/check_generated.sh" || fail "the committed Go stubs are stale"

echo "--- sdk/go: check_generated.sh notices stale stubs"
cp -r "$repo/protos" "$tmp/protos"
sed -i 's|^// A lead: a person at a company|// A lead (changed): a person at a company|' "$tmp/protos/leadflow/v1/lead.proto"
grep -q 'A lead (changed)' "$tmp/protos/leadflow/v1/lead.proto" || fail "could not edit the copied lead.proto"
if bash "$repo/sdk/go/check_generated.sh" "$tmp/protos" >"$tmp/stale.log" 2>&1; then
  cat "$tmp/stale.log"
  fail "check_generated.sh passed against a changed proto"
fi
grep -q 'A lead (changed)' "$tmp/stale.log" || fail "check_generated.sh failed without showing the change"

echo "PASS: go example"
