#!/usr/bin/env bash
# Installs the Python client as a service would (pip install ./sdk/python
# into a fresh venv outside the repo, with the pinned versions), runs
# examples/python/leadflow_story.py and the first-call program of
# sdk/python/README.md against the real server and checks what they print,
# then checks that the committed stubs match the protos (check_generated.sh).
# Needs `bash ci/install_python.sh` first.
# Usage: python_example_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$(dirname "$0")/server_harness.sh"

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

start_server "$binary" "$work/leadflow.db"

# Run from outside the repo so only the installed package can be imported.
(cd "$work" && "$work/venv/bin/python" "$root/examples/python/leadflow_story.py" "$ADDRESS") \
  >"$work/story.txt" 2>&1 || { cat "$work/story.txt"; fail "leadflow_story.py failed"; }
cat "$work/story.txt"
expect_line "$work/story.txt" 'created leads/[^ ]+ status=Open - Not Contacted'
expect_line "$work/story.txt" 'updated status=Working - Contacted'
expect_line "$work/story.txt" 'meeting agreed=true'
expect_line "$work/story.txt" 'converted account=accounts/[^ ]+ contact=contacts/[^ ]+ opportunity=opportunities/[^ ]+'
expect "$work/story.txt" "won stage=Closed Won probability=100 forecast=CLOSED"
expect "$work/story.txt" "refused code=INVALID_ARGUMENT reason=FIELD_INVALID field=lead.last_name"
[[ $(wc -l <"$work/story.txt") -eq 6 ]] || fail "leadflow_story.py printed more than the 6 expected lines"

# The README's first-call program (its first ```python block) runs as printed.
awk '/^```python$/ {on = 1; next} on && /^```$/ {exit} on' "$root/sdk/python/README.md" >"$work/first_call.py"
[[ -s $work/first_call.py ]] || fail "sdk/python/README.md has no python block"
(cd "$work" && "$work/venv/bin/python" "$work/first_call.py" "$ADDRESS") >"$work/first_call.txt" 2>&1 ||
  { cat "$work/first_call.txt"; fail "the README's first call failed"; }
expect_line "$work/first_call.txt" 'created leads/[^ ]+ status=Open - Not Contacted'

stop_server || fail "the server did not exit cleanly"

# The committed stubs are what the pinned grpcio-tools makes of the protos.
bash "$root/sdk/python/check_generated.sh" || fail "sdk/python stubs are stale"

rm -rf "$work"
echo "PASS: python example"
