#!/usr/bin/env bash
# The TypeScript SDK as a user installs it: `npm ci` + tsc build of
# sdk/typescript and its unit tests (the bearer token interceptor, listAll,
# retries); the tarball route (`npm pack`, installed by a scratch service
# that pins its own @bufbuild/protobuf: one copy in the end), from which the
# helpers run against the server (a List over pages, a refusal's reason and
# field, a read retried through a restart on the same port); `npm ci` +
# tsc build of examples/typescript (which depends on it by `file:`), then the
# example against the real server, which authenticates callers
# (--principals), with a bearer token, checking every line it prints (among
# them the change-feed events its consumer saw for the conversion); the
# example without the token must be refused with UNAUTHENTICATED; then the
# example over TLS; and the check that the committed generated stubs are
# current.
#
#   tests/e2e/typescript_example_test.sh LEADFLOW_SERVER
#
# Needs Node.js 20+ (bash ci/install_typescript.sh). Writes inside the
# repository only node_modules/ and dist/ of those two packages (ignored).
set -euo pipefail
source "$(dirname "$0")/server_harness.sh"
source "$(dirname "$0")/conversion_events.sh"

server=${1:?usage: typescript_example_test.sh LEADFLOW_SERVER}
[[ -x $server ]] || fail "no server binary at $server"
repo=$(cd "$(dirname "$0")/../.." && pwd)
sdk=$repo/sdk/typescript
example=$repo/examples/typescript

work=$(mktemp -d)
trap 'cleanup_server; rm -rf "$work"' EXIT

npm_quiet=(--no-audit --no-fund --loglevel=error)

echo "--- sdk/typescript: npm ci, build"
(cd "$sdk" && npm ci --ignore-scripts "${npm_quiet[@]}" && npm run --silent build) ||
  fail "building sdk/typescript"
(cd "$sdk" && npm test --silent >"$work/unit.log" 2>&1) || { cat "$work/unit.log"; fail "sdk/typescript unit test"; }
[[ -f $sdk/dist/index.js && -f $sdk/dist/index.d.ts ]] || fail "sdk/typescript/dist/index.{js,d.ts} missing"

echo "--- the tarball route: npm pack, installed by a service of its own"
# The service pins its own @bufbuild/protobuf; the client's caret ranges let
# npm reuse it, so the service holds one copy (two copies would make two
# registries of message types).
(cd "$sdk" && npm pack --silent --pack-destination "$work" >"$work/pack.txt") || fail "npm pack of sdk/typescript"
tarball=$work/$(tail -n 1 "$work/pack.txt")
[[ -f $tarball ]] || fail "npm pack made no $tarball"
mkdir "$work/service"
cp "$repo/tests/e2e/typescript_helpers_check.mjs" "$work/service/"
cat >"$work/service/package.json" <<JSON
{
  "name": "tarball-service",
  "version": "1.0.0",
  "private": true,
  "type": "module",
  "dependencies": {
    "@bufbuild/protobuf": "2.13.0",
    "@leadflow/client": "file:$tarball"
  }
}
JSON
(cd "$work/service" && npm install "${npm_quiet[@]}" >"$work/service-install.log" 2>&1) ||
  { cat "$work/service-install.log"; fail "npm install of the tarball"; }
copies=$(find "$work/service/node_modules" -path '*/@bufbuild/protobuf/package.json' | wc -l)
[[ $copies -eq 1 ]] || fail "the service holds $copies copies of @bufbuild/protobuf, not one"

echo "--- examples/typescript: npm ci, build"
(cd "$example" && npm ci --ignore-scripts "${npm_quiet[@]}" && npm run --silent build) ||
  fail "building examples/typescript"

# One principal with the scopes the story needs; it names its actor, so it
# may act for others. A fresh token each run.
token=$(new_token)
write_principals "$work/principals.textproto" services/typescript-example "$token" true \
  leads.read leads.write leads.convert opportunities.write events.read

check_story() {  # check_story OUTPUT: the ten lines of the story, in order
  cat "$1"
  local pattern line=0
  for pattern in "${expected[@]}"; do
    line=$((line + 1))
    sed -n "${line}p" "$1" | grep -Eq "$pattern" || fail "line $line of the output does not match: $pattern"
  done
  [[ $(wc -l <"$1") -eq ${#expected[@]} ]] || fail "expected ${#expected[@]} lines of output"
  check_conversion_events "$1"
}
expected=(
  '^created leads/[^ ]+ status=Open - Not Contacted$'
  '^updated status=Working - Contacted$'
  '^meeting agreed=true$'
  '^converted account=accounts/[^ ]+ contact=contacts/[^ ]+ opportunity=opportunities/[^ ]+$'
  '^event [0-9]+ ACCOUNT_CREATED accounts/[^ ]+$'
  '^event [0-9]+ CONTACT_CREATED contacts/[^ ]+$'
  '^event [0-9]+ OPPORTUNITY_CREATED opportunities/[^ ]+$'
  '^event [0-9]+ LEAD_CONVERTED leads/[^ ]+$'
  '^won stage=Closed Won probability=100 forecast=CLOSED$'
  '^refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead\.last_name$'
)

echo "--- example against the server, with a token"
start_server "$server" "$work/leadflow.db" --principals="$work/principals.textproto" || fail "server did not start"
out=$work/example.out
if ! (cd "$example" && LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token node dist/main.js) >"$out" 2>"$work/example.err"; then
  cat "$out" "$work/example.err" >&2
  fail "the example exited non-zero"
fi
check_story "$out"

echo "--- the client's helpers against the server, from the tarball install"
(cd "$work/service" && LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token node typescript_helpers_check.mjs helpers) \
  >"$work/helpers.out" 2>&1 || { cat "$work/helpers.out"; fail "the helpers check failed"; }
cat "$work/helpers.out"
[[ $(cat "$work/helpers.out") == "listed 7 leads in pages of 3: Pager0,Pager1,Pager2,Pager3,Pager4,Pager5,Pager6
refused code=INVALID_ARGUMENT reason=FIELD_INVALID fields=lead.name" ]] ||
  fail "the helpers check printed other than the two expected lines"

echo "--- example without the token: refused"
if (cd "$example" && LEADFLOW_TARGET=$ADDRESS node dist/main.js) >"$work/no_token.out" 2>&1; then
  cat "$work/no_token.out"
  fail "the example succeeded without a token"
fi
cat "$work/no_token.out"
grep -q "^failed: UNAUTHENTICATED:" "$work/no_token.out" || fail "the example without a token was not refused as UNAUTHENTICATED"
! grep -q "^created" "$work/no_token.out" || fail "a lead was created without a token"
stop_server || fail "server did not stop cleanly"

echo "--- a read retried through a server restart"
lead=$(sed -n 's|^created \(leads/[^ ]*\) .*|\1|p' "$out")
[[ -n $lead ]] || fail "the story names no created lead"
port=${ADDRESS##*:}
restart_read() {  # restart_read OUTPUT [--no-retries]
  (cd "$work/service" && LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token \
    node typescript_helpers_check.mjs read "${@:2}" "$lead") >"$1" 2>&1
}
check_read_through_restart "$port" "read $lead last_name=Lovelace" \
  "$server" "$work/leadflow.db" --principals="$work/principals.textproto"
stop_server || fail "server did not stop cleanly"

echo "--- example over TLS"
make_tls_certs "$work/certs"
start_server "$server" "$work/leadflow.db" --principals="$work/principals.textproto" \
  --tls_cert="$work/certs/server.pem" --tls_key="$work/certs/server.key" || fail "server did not start"
if ! (cd "$example" && LEADFLOW_TARGET=$ADDRESS LEADFLOW_TOKEN=$token LEADFLOW_TLS_CA=$work/certs/ca.pem \
  node dist/main.js) >"$work/tls.out" 2>"$work/tls.err"; then
  cat "$work/tls.out" "$work/tls.err" >&2
  fail "the example over TLS exited non-zero"
fi
check_story "$work/tls.out"
stop_server || fail "server did not stop cleanly"

echo "--- generated stubs are current"
bash "$sdk/check_generated.sh" || fail "sdk/typescript/src/gen is stale"

echo "PASS: typescript example"
