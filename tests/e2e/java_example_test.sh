#!/usr/bin/env bash
# Builds the Java client (sdk/java: stubs generated from protos/ by the
# build, the helpers' unit tests) and installs it into the local Maven
# repository as a service would, builds the example (examples/java) against
# it, runs the example against the real leadflow-server, which authenticates
# callers (--principals), with a bearer token (dev.leadflow.client.BearerToken)
# and checks what it prints (among it the change-feed events its consumer
# saw for the conversion, and a refusal read with LeadflowErrors); runs
# JavaHelpersCheck.java for the helpers: a List over several pages
# (LeadflowPages), a refusal's reason and fields (LeadflowErrors), and a read
# started while the server is down that succeeds once it is back on the same
# port (LeadflowChannels.withRetries); checks that without the token the
# example is refused with UNAUTHENTICATED; then runs it again over TLS.
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

# The package, as a service gets it: built (its unit tests run) and
# installed into ~/.m2.
mvn_quiet "mvn install of sdk/java failed" -f "$repo/sdk/java/pom.xml" install
unit_tests=$(cat "$repo"/sdk/java/target/surefire-reports/TEST-*.xml |
  sed -n 's/^<testsuite .* tests="\([0-9]*\)".*/\1/p' | awk '{ n += $1 } END { print n + 0 }')
[[ ${unit_tests:-0} -gt 0 ]] || fail "sdk/java ran no unit tests"
echo "sdk/java: $unit_tests unit tests passed"
for jar in sources javadoc; do
  [[ -s $repo/sdk/java/target/leadflow-client-0.1.0-$jar.jar ]] || fail "no $jar jar"
done
# The example depends on dev.leadflow:leadflow-client like any service.
mvn_quiet "mvn package of examples/java failed" -f "$repo/examples/java/pom.xml" \
  package dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
classpath="$repo/examples/java/target/leadflow-java-example-0.1.0.jar:$(cat "$work/classpath.txt")"
grep -q "leadflow-client-0.1.0.jar" "$work/classpath.txt" || fail "example classpath lacks leadflow-client"

# One principal with the scopes the story needs; a fresh token each run.
token=$(new_token)
write_principals "$work/principals.textproto" services/java-example "$token" false \
  leads.read leads.write leads.convert opportunities.write events.read
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

helpers() {  # helpers MODE [ARG]: JavaHelpersCheck.java, run from source
  env LEADFLOW_TARGET="$ADDRESS" LEADFLOW_TOKEN="$token" \
    java -cp "$classpath" "$repo/tests/e2e/JavaHelpersCheck.java" "$@"
}
company="Paging Check $(new_token | head -c 8)"
helpers pages "$company" >"$work/pages.txt" 2>&1 ||
  { cat "$work/pages.txt"; fail "JavaHelpersCheck pages failed"; }
cat "$work/pages.txt"
grep -qx "listed 7 leads in pages of 3: Pager0,Pager1,Pager2,Pager3,Pager4,Pager5,Pager6" "$work/pages.txt" ||
  fail "LeadflowPages did not list the seven leads in order"
helpers refused >"$work/refused.txt" 2>&1 || { cat "$work/refused.txt"; fail "JavaHelpersCheck refused failed"; }
cat "$work/refused.txt"
grep -qx "refused code=INVALID_ARGUMENT reason=FIELD_INVALID fields=lead.name" "$work/refused.txt" ||
  fail "LeadflowErrors did not read the refusal"

# A read started while the server is down succeeds once it is back (same
# port, same database) within the retries' backoff. The server comes back
# half a second after the read's first attempt failed: grpc-java then
# reconnects after its own backoff (about 1 s), which the read's retries
# (pauses of up to 1, 2, 4 and 5 s) outlast.
stop_server || fail "the server did not exit cleanly"
helpers restart "$company" >"$work/restart.txt" 2>&1 &
client=$!
for _ in $(seq 1 600); do
  grep -qs '^first attempt failed: UNAVAILABLE$' "$work/restart.txt" && break
  kill -0 "$client" 2>/dev/null || break
  sleep 0.05
done
grep -qs '^first attempt failed' "$work/restart.txt" ||
  { cat "$work/restart.txt"; fail "JavaHelpersCheck restart: no failed first attempt"; }
sleep 0.5
start_server_on "${ADDRESS##*:}" "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"
wait "$client" || { cat "$work/restart.txt"; fail "the read did not survive the restart"; }
cat "$work/restart.txt"
attempts=$(sed -n 's/^after the restart: listed 7 leads, in at most \([0-9]*\) attempts per call$/\1/p' "$work/restart.txt")
[[ -n $attempts ]] || fail "the read after the restart did not list the seven leads"
((attempts >= 2)) || fail "the read after the restart was not retried ($attempts attempt)"

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

echo "PASS: java example"
