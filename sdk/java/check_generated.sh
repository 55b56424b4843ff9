#!/usr/bin/env bash
# Fails (exit 1, printing the diff) when the committed Java stubs under
# sdk/java/src/main/java/dev/leadflow/v1 differ from what generate.sh makes
# from the protos now, i.e. when someone changed a proto and did not
# regenerate.
#
# Usage: sdk/java/check_generated.sh [PROTOS_DIR]
#   PROTOS_DIR  the protos root (default: $LEADFLOW_PROTOS, else <repo>/protos)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
bash "$here/generate.sh" "$protos" "$fresh" 2>/dev/null ||
  { echo "check_generated.sh: generate.sh failed" >&2; bash "$here/generate.sh" "$protos" "$fresh"; exit 1; }

committed=$here/src/main/java/dev/leadflow/v1
if ! diff -ruN "$committed" "$fresh/dev/leadflow/v1"; then
  echo "check_generated.sh: the Java stubs in sdk/java are stale: run sdk/java/generate.sh and commit the result" >&2
  exit 1
fi
echo "check_generated.sh: Java stubs are up to date"
