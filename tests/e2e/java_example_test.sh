#!/usr/bin/env bash
# Builds the Java client (sdk/java) and installs it into the local Maven
# repository as a service would, builds the example (examples/java) against
# it, runs the example against the real leadflow-server and checks what it
# prints; then checks that the committed Java stubs match the protos, and that
# the check catches stale stubs.
# Usage: java_example_test.sh LEADFLOW_SERVER
# Needs: bash ci/install_java.sh (JDK 17+, Maven, the Maven cache).
set -euo pipefail
binary=$1
source "$(dirname "$0")/server_harness.sh"
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

start_server "$binary" "$work/leadflow.db"
java -cp "$classpath" dev.leadflow.examples.QualifyAndConvert "$ADDRESS" \
  >"$work/out.txt" 2>"$work/err.txt" ||
  { cat "$work/out.txt" "$work/err.txt"; fail "the Java example failed"; }
cat "$work/out.txt"

expect() {  # expect EXTENDED_REGEX: one whole line of the output matches
  grep -qxE -- "$1" "$work/out.txt" || { cat "$work/err.txt"; fail "the example's output lacks: $1"; }
}
expect 'created leads/[0-9a-z]+ status=Open - Not Contacted'
expect 'updated status=Working - Contacted'
expect 'meeting agreed=true'
expect 'converted account=accounts/[0-9a-z]+ contact=contacts/[0-9a-z]+ opportunity=opportunities/[0-9a-z]+'
expect 'won stage=Closed Won probability=100 forecast=CLOSED'
expect 'refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead\.last_name'
[[ $(wc -l <"$work/out.txt") -eq 6 ]] || fail "the example printed other lines too"

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
