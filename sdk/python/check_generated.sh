#!/usr/bin/env bash
# Fails (exit 1, printing the diff) when the committed stubs in
# src/leadflow/v1/ differ from what generate.sh makes from the protos now.
#
# Usage: sdk/python/check_generated.sh [PROTOS_DIR]
#   PROTOS_DIR  default: $LEADFLOW_PROTOS, else <repo>/protos
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

bash "$here/generate.sh" "$protos" "$fresh" >/dev/null

# Compare only generated files: __init__.py is hand-written, caches are not
# ours. `diff -r` also reports files present on one side only.
if diff -ru -x __init__.py -x __pycache__ -x '*.pyc' \
    "$here/src/leadflow/v1" "$fresh/leadflow/v1"; then
  echo "sdk/python: generated stubs are up to date"
else
  echo "sdk/python: generated stubs are stale: run 'bash sdk/python/generate.sh' and commit the result" >&2
  exit 1
fi
