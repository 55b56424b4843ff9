#!/usr/bin/env bash
# Fails (exit 1, printing the diff) when the committed stubs in src/gen/ are
# not what generate.sh makes from the protos now, i.e. when they are stale.
#
#   check_generated.sh [PROTOS_DIR]     (default: $LEADFLOW_PROTOS, else ../../protos)
#
# Needs node_modules (npm ci) for the pinned generator; writes only to a
# temporary directory.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
bash "$here/generate.sh" "$protos" "$fresh/gen" >/dev/null

if ! diff -ru "$here/src/gen" "$fresh/gen"; then
  echo "check_generated.sh: sdk/typescript/src/gen is stale; run sdk/typescript/generate.sh and commit the result" >&2
  exit 1
fi
echo "check_generated.sh: sdk/typescript/src/gen is up to date"
