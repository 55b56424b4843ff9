#!/usr/bin/env bash
# Builds the Java client (sdk/java) and installs it into the local Maven
# repository as a service would, builds the example (examples/java) against
# it, runs the example against the real leadflow-server, which authenticates
# callers (--principals), with a bearer token (dev.leadflow.client.BearerToken)
# and checks what it prints (among it the change-feed events its consumer
# saw for the conversion); checks that without the token the example is
# refused with UNAUTHENTICATED; runs it again over TLS; then checks that the committed Java stubs match the protos, and that
# the check catches stale stubs.
# Usage: java_example_test.sh LEADFLOW_SERVER
# Needs: bash ci/install_java.sh (JDK 17+, Maven, the Maven cache).
set -euo pipefail
binary=$1
source "$(dirname "$0")/server_harness.sh"
source "$(dirname "$0")/conversion_events.sh"
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'cleanup_server; rm -rf "$work"' EXIT

mvn_quiet() {  # mvn_quiet WHAT ARGS...: runs Maven, shows its output only on failure
  local what=$1
  shift
  mvn -B -q -Dstyle.color=never "$@" >"$work/mvn.log" 2>&1 ||
    { cat "$work/mvn.log" >&2; fail "$what"; }
}

# The package, as a service gets it: built and installed into ~/.m2.
mvn_quiet "mvn install of sdk/java failed" -f "$repo/sdk/java/pom.xml" install
# The example depends on dev.leadflow:leadflow-client like any service.
mvn_quiet "mvn package of examples/java failed" -f "$repo/examples/java/pom.xml" \
  package dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
classpath="$repo/examples/java/target/leadflow-java-example-0.1.0.jar:$(cat "$work/classpath.txt")"
grep -q "leadflow-client-0.1.0.jar" "$work/classpath.txt" || fail "example classpath lacks leadflow-client"

# One principal with the scopes the story needs; a fresh token each run.
token=$(new_token)
write_principals "$work/principals.textproto" services/java-example "$token" false \
  leads.write leads.convert opportunities.write events.read
run_example() {  # run_example OUT ERR [VAR=VALUE...]: the example, with that environment
  local out=$1 err=$2
  shift 2
  env "$@" java -cp "$classpath" dev.leadflow.examples.QualifyAndConvert >"$out" 2>"$err"
}
check_story() {  # check_story OUT ERR: the ten lines of the story and nothing else
  cat "$1"
  local line
  for line in 'created leads/[0-9a-z]+ status=Open - Not Contacted' \
    'updated status=Working - Contacted' 'meeting agreed=true' \
    'converted account=accounts/[0-9a-z]+ contact=contacts/[0-9a-z]+ opportunity=opportunities/[0-9a-z]+' \
    'won stage=Closed Won probability=100 forecast=CLOSED' \
    'refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead\.last_name'; do
    grep -qxE -- "$line" "$1" || { cat "$2"; fail "the example's output lacks: $line"; }
  done
  check_conversion_events "$1"
  [[ $(wc -l <"$1") -eq 10 ]] || fail "the example printed other lines too"
}

start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"
run_example "$work/out.txt" "$work/err.txt" LEADFLOW_TARGET="$ADDRESS" LEADFLOW_TOKEN="$token" ||
  { cat "$work/out.txt" "$work/err.txt"; fail "the Java example failed"; }
check_story "$work/out.txt" "$work/err.txt"

# Without the token the same program is turned away at its first call.
if run_example "$work/no_token.txt" "$work/no_token.err" LEADFLOW_TARGET="$ADDRESS"; then
  fail "the Java example succeeded without a token"
fi
grep -q "StatusRuntimeException: UNAUTHENTICATED" "$work/no_token.err" ||
  { cat "$work/no_token.txt" "$work/no_token.err"; fail "without a token: no UNAUTHENTICATED"; }
! grep -q '^created' "$work/no_token.txt" || fail "a lead was created without a token"
stop_server || fail "the server did not exit cleanly"

# TLS, trusting a CA made here.
make_tls_certs "$work/certs"
start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto" \
  --tls_cert="$work/certs/server.pem" --tls_key="$work/certs/server.key"
run_example "$work/tls.txt" "$work/tls.err" LEADFLOW_TARGET="$ADDRESS" LEADFLOW_TOKEN="$token" \
  LEADFLOW_TLS_CA="$work/certs/ca.pem" ||
  { cat "$work/tls.txt" "$work/tls.err"; fail "the Java example over TLS failed"; }
check_story "$work/tls.txt" "$work/tls.err"
stop_server || fail "the server did not exit cleanly"

# The committed stubs are current...
bash "$repo/sdk/java/check_generated.sh" >"$work/check.txt" 2>&1 ||
  { cat "$work/check.txt"; fail "the committed Java stubs are stale"; }
# ...and the check notices when they are not (a proto comment changed in a copy).
cp -R "$repo/protos" "$work/protos"
sed -i 's|^// Captures leads and tracks their qualification\.|// Captures leads and tracks their qualification (changed).|' \
  "$work/protos/leadflow/v1/lead_service.proto"
grep -q "(changed)" "$work/protos/leadflow/v1/lead_service.proto" || fail "could not edit the protos copy"
if bash "$repo/sdk/java/check_generated.sh" "$work/protos" >"$work/stale.txt" 2>&1; then
  fail "check_generated.sh passed on stale stubs"
fi
grep -q "qualification (changed)" "$work/stale.txt" || { cat "$work/stale.txt"; fail "check_generated.sh did not show the diff"; }

echo "PASS: java example"
