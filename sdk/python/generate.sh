#!/usr/bin/env bash
# Generates the Python stubs of protos/leadflow/v1/*.proto -- messages
# (*_pb2.py), typed stubs (*_pb2.pyi) and gRPC stubs (*_pb2_grpc.py) -- with
# the grpcio-tools pinned in requirements.lock, and writes them to
# src/leadflow/v1/, where they are committed. Idempotent: files whose content
# did not change are not touched; generated files of protos that are gone are
# removed. google/{api,rpc,type} are not generated: they come from
# googleapis-common-protos at run time.
#
# Usage: sdk/python/generate.sh [PROTOS_DIR [OUT_ROOT]]
#   PROTOS_DIR  the protos tree (default: $LEADFLOW_PROTOS, else <repo>/protos)
#   OUT_ROOT    the import root to write leadflow/v1/ under (default:
#               sdk/python/src); check_generated.sh passes a temp dir.
# The generator runs from the tools venv made by ci/install_python.sh
# ($LEADFLOW_PYTHON_TOOLS, default ~/.cache/leadflow/python-tools).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}
out=${2:-$here/src}
tools=${LEADFLOW_PYTHON_TOOLS:-$HOME/.cache/leadflow/python-tools}

die() { echo "sdk/python/generate.sh: $*" >&2; exit 1; }

[[ -d $protos/leadflow/v1 ]] || die "no leadflow/v1 under protos dir '$protos'"
want=$(sed -n 's/^grpcio-tools==\([^[:space:]#]*\).*/\1/p' "$here/requirements.lock")
[[ -n $want ]] || die "requirements.lock pins no grpcio-tools"
python=$tools/bin/python
[[ -x $python ]] || die "no tools venv at $tools: run 'bash ci/install_python.sh'"
have=$("$python" -c 'import importlib.metadata as m; print(m.version("grpcio-tools"))' 2>/dev/null) ||
  die "grpcio-tools is not installed in $tools: run 'bash ci/install_python.sh'"
[[ $have == "$want" ]] ||
  die "grpcio-tools $have in $tools, requirements.lock pins $want: run 'bash ci/install_python.sh'"

protos=$(cd "$protos" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT

# Run from the protos dir with relative names so the output (which records
# each proto's path) does not depend on where the checkout lives. `-I .`
# maps leadflow/v1/x.proto to the module leadflow.v1.x_pb2, imported as
# `from leadflow.v1 import x_pb2`; grpc_tools adds the well-known types.
(
  cd "$protos"
  shopt -s nullglob
  sources=(leadflow/v1/*.proto)
  ((${#sources[@]})) || die "no .proto files in $protos/leadflow/v1"
  "$python" -m grpc_tools.protoc -I . \
    --python_out="$gen" --pyi_out="$gen" --grpc_python_out="$gen" \
    "${sources[@]}"
)

dest=$out/leadflow/v1
mkdir -p "$dest"
shopt -s nullglob
# Drop generated files whose proto is gone.
for file in "$dest"/*_pb2.py "$dest"/*_pb2.pyi "$dest"/*_pb2_grpc.py; do
  [[ -e $gen/leadflow/v1/$(basename "$file") ]] || { rm -f "$file"; echo "removed $file"; }
done
# Copy new and changed ones.
for file in "$gen"/leadflow/v1/*; do
  target=$dest/$(basename "$file")
  if ! cmp -s "$file" "$target"; then
    cp "$file" "$target"
    echo "wrote $target"
  fi
done
