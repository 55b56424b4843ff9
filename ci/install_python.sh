#!/usr/bin/env bash
# Installs what the Python client (sdk/python), its example (examples/python)
# and tests/e2e/python_example_test.sh need, with the versions pinned in
# sdk/python/requirements.lock (newest runtime, mypy) and
# sdk/python/requirements-floor.lock (oldest runtime, stub generator):
#   - checks for Python >= 3.10 with venv and pip (3.11 on our machines);
#   - creates the generator venv with the pinned grpcio-tools and
#     mypy-protobuf at $LEADFLOW_PYTHON_TOOLS (default
#     ~/.cache/leadflow/python-tools), used by sdk/python/generate.sh and
#     check_generated.sh;
#   - fills pip's cache (~/.cache/pip) with both runtimes, mypy and the
#     build dependencies, so the test's `pip install ./sdk/python` runs are
#     fast afterwards.
#   - installs the end-to-end tests' own Python tools, pinned in
#     tests/e2e/requirements.lock (prometheus_client's parser for /metrics),
#     into that venv.
# Idempotent: does nothing when the venv matches the current pins.
# Python is taken from $PYTHON, else python3 on PATH.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lock=$root/sdk/python/requirements.lock
floor_lock=$root/sdk/python/requirements-floor.lock
test_lock=$root/tests/e2e/requirements.lock
pyproject=$root/sdk/python/pyproject.toml
tools=${LEADFLOW_PYTHON_TOOLS:-$HOME/.cache/leadflow/python-tools}
python=${PYTHON:-python3}

say() { echo "ci/install_python.sh: $*"; }
die() { echo "ci/install_python.sh: $*" >&2; exit 1; }

command -v "$python" >/dev/null 2>&1 ||
  die "'$python' not found: install Python 3.11 (Debian 12: apt-get install python3 python3-venv python3-pip)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
  die "$("$python" --version 2>&1) is too old: the client needs Python >= 3.10 (3.11 expected)"

# Debian's own python3 ships venv/ensurepip separately (python3-venv).
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  if [[ $(command -v "$python") == /usr/bin/* ]] && command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    say "installing python3-venv"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-venv
  fi
  "$python" -c 'import venv, ensurepip' >/dev/null 2>&1 ||
    die "$python lacks the venv/ensurepip modules (Debian: apt-get install python3-venv)"
fi

# The stamp records what the venv was made from: the pins (the client's two
# and the tests'), the build requirements (pyproject.toml), and the interpreter.
stamp=$tools/.leadflow-stamp
want=$( { sha256sum "$lock" "$floor_lock" "$pyproject" "$test_lock" | cut -d' ' -f1; "$python" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)
if [[ -x $tools/bin/python && -f $stamp && $(cat "$stamp") == "$want" ]]; then
  say "grpcio-tools venv at $tools is current; pip cache warm"
  exit 0
fi

say "creating the grpcio-tools venv at $tools"
rm -rf "$tools"
mkdir -p "$(dirname "$tools")"
"$python" -m venv "$tools"
# The generator sets the floor, so it runs on the floor's protobuf.
"$tools/bin/python" -m pip install -q -c "$floor_lock" grpcio-tools mypy-protobuf setuptools
"$tools/bin/python" -m grpc_tools.protoc --version >/dev/null ||
  die "grpc_tools.protoc does not run in $tools"
"$tools/bin/python" -m pip install -q -r "$test_lock"

# Fetch the pinned runtime and build dependencies once into pip's cache.
say "caching the pinned runtime and build dependencies"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$tools/bin/python" -m pip download -q -d "$scratch/runtime" -c "$lock" \
  grpcio grpcio-status protobuf googleapis-common-protos mypy types-protobuf types-grpcio
"$tools/bin/python" -m pip download -q -d "$scratch/floor" -c "$floor_lock" \
  grpcio grpcio-status protobuf googleapis-common-protos
build_reqs=$("$tools/bin/python" - "$pyproject" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print("\n".join(tomllib.load(f)["build-system"]["requires"]))
PY
)
mapfile -t build_reqs <<<"$build_reqs"
"$tools/bin/python" -m pip download -q -d "$scratch/build" --no-deps "${build_reqs[@]}"

echo "$want" >"$stamp"
say "done: grpcio-tools $("$tools/bin/python" -c 'import importlib.metadata as m; print(m.version("grpcio-tools"))'), $("$tools/bin/python" -m grpc_tools.protoc --version), mypy-protobuf $("$tools/bin/python" -c 'import importlib.metadata as m; print(m.version("mypy-protobuf"))')"
