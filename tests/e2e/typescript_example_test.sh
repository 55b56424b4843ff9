#!/usr/bin/env bash
# The TypeScript SDK as a user installs it: `npm ci` + tsc build of
# sdk/typescript, `npm ci` + tsc build of examples/typescript (which depends
# on it by `file:`), then the example against the real server, and the check
# that the committed generated stubs are current.
#
#   tests/e2e/typescript_example_test.sh LEADFLOW_SERVER
#
# Needs Node.js 20+ (bash ci/install_typescript.sh). Writes inside the
# repository only node_modules/ and dist/ of those two packages (ignored).
set -euo pipefail
source "$(dirname "$0")/server_harness.sh"

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
[[ -f $sdk/dist/index.js && -f $sdk/dist/index.d.ts ]] || fail "sdk/typescript/dist/index.{js,d.ts} missing"

echo "--- examples/typescript: npm ci, build"
(cd "$example" && npm ci --ignore-scripts "${npm_quiet[@]}" && npm run --silent build) ||
  fail "building examples/typescript"

echo "--- example against the server"
start_server "$server" "$work/leadflow.db" || fail "server did not start"
out=$work/example.out
if ! (cd "$example" && node dist/main.js "$ADDRESS") >"$out" 2>"$work/example.err"; then
  cat "$out" "$work/example.err" >&2
  fail "the example exited non-zero"
fi
cat "$out"
expected=(
  '^created leads/[^ ]+ status=Open - Not Contacted$'
  '^updated status=Working - Contacted$'
  '^meeting agreed=true$'
  '^converted account=accounts/[^ ]+ contact=contacts/[^ ]+ opportunity=opportunities/[^ ]+$'
  '^won stage=Closed Won probability=100 forecast=CLOSED$'
  '^refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead\.last_name$'
)
line=0
for pattern in "${expected[@]}"; do
  line=$((line + 1))
  sed -n "${line}p" "$out" | grep -Eq "$pattern" || fail "line $line of the output does not match: $pattern"
done
[[ $(wc -l <"$out") -eq ${#expected[@]} ]] || fail "expected ${#expected[@]} lines of output"
stop_server || fail "server did not stop cleanly"

echo "--- generated stubs are current"
bash "$sdk/check_generated.sh" || fail "sdk/typescript/src/gen is stale"

echo "PASS: typescript example"
