#!/usr/bin/env bash
# Installs the Python client as a service would (pip install ./sdk/python
# into a fresh venv outside the repo, with the pinned versions), runs its unit
# tests, type-checks the example, the checks below and the package with
# mypy --strict, runs examples/python/leadflow_story.py and the first-call
# program of sdk/python/README.md against the real server, which
# authenticates callers (--principals), with a bearer token, and checks what
# they print (among it the change-feed events the example's consumer saw for
# its conversion); installs the package once more with the oldest supported
# versions (requirements-floor.lock) and runs the unit tests, the example and
# the helpers check there too; checks that without the token the example is
# refused; runs the example once more over TLS and once over mutual TLS;
# reads a lead while the server restarts on the same port; then checks that
# the committed stubs match the protos (check_generated.sh).
# Needs `bash ci/install_python.sh` first.
# Usage: python_example_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$(dirname "$0")/server_harness.sh"
source "$(dirname "$0")/conversion_events.sh"

work=$(mktemp -d)
python=${PYTHON:-python3}

expect() {  # expect FILE TEXT
  grep -qF -- "$2" "$1" || { cat "$1"; fail "$(basename "$1") lacks: $2"; }
}
expect_line() {  # expect_line FILE REGEX: a whole line matches
  grep -qE -- "^$2\$" "$1" || { cat "$1"; fail "$(basename "$1") has no line matching: $2"; }
}

# Install as a user would. Nothing is written in the repo except ignored
# build outputs (hatchling writes none).
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q -c "$root/sdk/python/requirements.lock" "$root/sdk/python" \
  >"$work/pip.txt" 2>&1 || { cat "$work/pip.txt"; fail "pip install ./sdk/python failed"; }
"$work/venv/bin/python" -m pip check >/dev/null || fail "pip check found broken requirements"

# leadflow.channel against an in-process server (plaintext; TLS is below).
(cd "$work" && "$work/venv/bin/python" -m unittest discover -s "$root/sdk/python/tests") \
  >"$work/unittest.txt" 2>&1 || { cat "$work/unittest.txt"; fail "sdk/python unit tests failed"; }

# The generated .pyi stubs type the example and the checks as a user's
# mypy sees them: from outside the repo, against the installed package.
"$work/venv/bin/python" -m pip install -q -c "$root/sdk/python/requirements.lock" \
  mypy types-protobuf types-grpcio >"$work/pip-mypy.txt" 2>&1 || { cat "$work/pip-mypy.txt"; fail "pip install mypy failed"; }
(cd "$work" && "$work/venv/bin/python" -m mypy --strict --cache-dir "$work/mypy-cache" \
  "$root/examples/python/leadflow_story.py" "$root/tests/e2e/python_helpers_check.py" \
  "$root/tests/e2e/python_restart_read.py") >"$work/mypy.txt" 2>&1 ||
  { cat "$work/mypy.txt"; fail "mypy --strict found errors in the example or the checks"; }
cat "$work/mypy.txt"
# The package's own modules, with its mypy settings (pyproject.toml).
(cd "$work" && "$work/venv/bin/python" -m mypy --config-file "$root/sdk/python/pyproject.toml" \
  --cache-dir "$work/mypy-cache" "$root/sdk/python/src/leadflow") >"$work/mypy-package.txt" 2>&1 ||
  { cat "$work/mypy-package.txt"; fail "mypy --strict found errors in sdk/python/src/leadflow"; }
cat "$work/mypy-package.txt"

# The oldest versions the package allows (pyproject.toml's lower bounds).
"$python" -m venv "$work/floor"
"$work/floor/bin/python" -m pip install -q -c "$root/sdk/python/requirements-floor.lock" "$root/sdk/python" \
  >"$work/pip-floor.txt" 2>&1 || { cat "$work/pip-floor.txt"; fail "pip install with requirements-floor.lock failed"; }
"$work/floor/bin/python" -m pip check >/dev/null || fail "pip check found broken requirements in the floor venv"
"$work/floor/bin/python" -c 'import google.protobuf, grpc; print("floor: protobuf", google.protobuf.__version__, "grpcio", grpc.__version__)'
(cd "$work" && "$work/floor/bin/python" -m unittest discover -s "$root/sdk/python/tests") \
  >"$work/unittest-floor.txt" 2>&1 || { cat "$work/unittest-floor.txt"; fail "sdk/python unit tests failed on the floor versions"; }

# One principal with what the story needs; it names its actor, so it may act
# for others. The token is new each run; the server keeps only its hash.
export LEADFLOW_TOKEN
LEADFLOW_TOKEN=$(new_token)
write_principals "$work/principals.textproto" services/python-example "$LEADFLOW_TOKEN" true \
  leads.read leads.write leads.convert opportunities.write events.read

run_story() {  # run_story OUTPUT [VENV]: the example from outside the repo (only the installed package imports)
  (cd "$work" && "${2:-$work/venv}/bin/python" "$root/examples/python/leadflow_story.py") >"$1" 2>&1
}
check_story() {  # check_story OUTPUT: the ten lines of the story
  cat "$1"
  expect_line "$1" 'created leads/[^ ]+ status=Open - Not Contacted'
  expect_line "$1" 'updated status=Working - Contacted'
  expect_line "$1" 'meeting agreed=true'
  expect_line "$1" 'converted account=accounts/[^ ]+ contact=contacts/[^ ]+ opportunity=opportunities/[^ ]+'
  check_conversion_events "$1"
  expect "$1" "won stage=Closed Won probability=100 forecast=CLOSED"
  expect "$1" "refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead.last_name"
  [[ $(wc -l <"$1") -eq 10 ]] || fail "leadflow_story.py printed other than the 10 expected lines"
}

start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"
export LEADFLOW_TARGET=$ADDRESS

run_story "$work/story.txt" || { cat "$work/story.txt"; fail "leadflow_story.py failed"; }
check_story "$work/story.txt"
run_story "$work/story-floor.txt" "$work/floor" ||
  { cat "$work/story-floor.txt"; fail "leadflow_story.py failed on the floor versions"; }
check_story "$work/story-floor.txt"

# The package's helpers against the real server: a List followed over
# several pages, and a refusal's reason and field.
check_helpers() {  # check_helpers VENV OUTPUT
  (cd "$work" && "$1/bin/python" "$root/tests/e2e/python_helpers_check.py") \
    >"$2" 2>&1 || { cat "$2"; fail "python_helpers_check.py failed in $1"; }
  cat "$2"
  expect_line "$2" 'listed 7 leads in pages of 3: Pager0,Pager1,Pager2,Pager3,Pager4,Pager5,Pager6'
  expect_line "$2" 'refused code=INVALID_ARGUMENT reason=FIELD_INVALID fields=lead.name'
  [[ $(wc -l <"$2") -eq 2 ]] || fail "python_helpers_check.py printed other than the 2 expected lines in $1"
}
check_helpers "$work/venv" "$work/helpers.txt"
check_helpers "$work/floor" "$work/helpers-floor.txt"

# Without the token the same program is turned away at its first call.
if (unset LEADFLOW_TOKEN && run_story "$work/no_token.txt"); then
  cat "$work/no_token.txt"
  fail "leadflow_story.py succeeded without a token"
fi
expect "$work/no_token.txt" "error: UNAUTHENTICATED:"
expect "$work/no_token.txt" "reason=CREDENTIALS_INVALID"
grep -q '^created' "$work/no_token.txt" && fail "a lead was created without a token"

# The README's first-call program (its first ```python block) runs as printed.
awk '/^```python$/ {on = 1; next} on && /^```$/ {exit} on' "$root/sdk/python/README.md" >"$work/first_call.py"
[[ -s $work/first_call.py ]] || fail "sdk/python/README.md has no python block"
(cd "$work" && "$work/venv/bin/python" "$work/first_call.py") >"$work/first_call.txt" 2>&1 ||
  { cat "$work/first_call.txt"; fail "the README's first call failed"; }
expect_line "$work/first_call.txt" 'created leads/[^ ]+ status=Open - Not Contacted'

stop_server || fail "the server did not exit cleanly"

# TLS: the server presents a certificate from a CA made here, the example
# trusts that CA ($LEADFLOW_TLS_CA).
make_tls_certs "$work/certs"
start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto" \
  --tls_cert="$work/certs/server.pem" --tls_key="$work/certs/server.key"
LEADFLOW_TARGET=$ADDRESS LEADFLOW_TLS_CA=$work/certs/ca.pem run_story "$work/tls.txt" ||
  { cat "$work/tls.txt"; fail "leadflow_story.py over TLS failed"; }
check_story "$work/tls.txt"
# A client that does not trust the CA never gets to send its token.
if LEADFLOW_TARGET=$ADDRESS LEADFLOW_TLS_CA=$work/certs/client.pem run_story "$work/untrusted.txt"; then
  fail "leadflow_story.py trusted a server certificate from an unknown CA"
fi
expect "$work/untrusted.txt" "error: UNAVAILABLE:"
stop_server || fail "the server did not exit cleanly"

# Mutual TLS: the server requires a client certificate from the same CA.
start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto" \
  --tls_cert="$work/certs/server.pem" --tls_key="$work/certs/server.key" \
  --tls_client_ca="$work/certs/ca.pem"
LEADFLOW_TARGET=$ADDRESS LEADFLOW_TLS_CA=$work/certs/ca.pem \
  LEADFLOW_TLS_CERT=$work/certs/client.pem LEADFLOW_TLS_KEY=$work/certs/client.key \
  run_story "$work/mtls.txt" || { cat "$work/mtls.txt"; fail "leadflow_story.py over mutual TLS failed"; }
check_story "$work/mtls.txt"
stop_server || fail "the server did not exit cleanly"

# A read through a restart: started while the server is down, it gets
# through once the server is back on the same port with the same database
# a second later. Without the retry policy the same read fails, so the
# outage is real.
lead=$(sed -n 's|^created \(leads/[^ ]*\) .*|\1|p' "$work/story.txt")
[[ -n $lead ]] || fail "story.txt names no created lead"
start_server "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"
port=${ADDRESS##*:}
stop_server || fail "the server did not exit cleanly"
restart_read() {  # restart_read OUTPUT [--no-retries]
  (cd "$work" && LEADFLOW_TARGET=$ADDRESS "$work/venv/bin/python" "$root/tests/e2e/python_restart_read.py" \
    "${@:2}" "$lead") >"$1" 2>&1
}
check_read_through_restart "$port" "read $lead last_name=Lovelace" \
  "$binary" "$work/leadflow.db" --principals="$work/principals.textproto"
stop_server || fail "the server did not exit cleanly"

# The committed stubs are what the pinned grpcio-tools makes of the protos.
bash "$root/sdk/python/check_generated.sh" || fail "sdk/python stubs are stale"

rm -rf "$work"
echo "PASS: python example"
