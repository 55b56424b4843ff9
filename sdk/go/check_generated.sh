#!/usr/bin/env bash
# Fails (exit 1, printing the diff) when the committed stubs in leadflow/v1/
# are not what generate.sh writes from the protos: regenerates into a
# temporary folder and compares. Writes nothing in the repo.
#
#   sdk/go/check_generated.sh [PROTOS_DIR]
#
# PROTOS_DIR defaults to $LEADFLOW_PROTOS, else the repo's protos/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash "$here/generate.sh" "$protos" "$tmp" >/dev/null

if ! diff -ruN "$here/leadflow/v1" "$tmp/leadflow/v1"; then
  echo "check_generated.sh: the Go stubs in sdk/go/leadflow/v1 are stale;" \
       "run sdk/go/generate.sh and commit the result" >&2
  exit 1
fi
echo "check_generated.sh: Go stubs up to date"
