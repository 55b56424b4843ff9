#!/usr/bin/env bash
# Generates the Python stubs of protos/leadflow/v1/*.proto -- messages
# (*_pb2.py), gRPC stubs (*_pb2_grpc.py) and type stubs for both (*_pb2.pyi,
# *_pb2_grpc.pyi, by mypy-protobuf) -- with the grpcio-tools and
# mypy-protobuf pinned in requirements-floor.lock, and writes them to
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
python=$tools/bin/python
[[ -x $python ]] || die "no tools venv at $tools: run 'bash ci/install_python.sh'"
# The stubs differ between generator versions, so a venv that drifted from
# the pins would make check_generated.sh fail for no fault of the protos.
for tool in grpcio-tools mypy-protobuf; do
  want=$(sed -n "s/^$tool==\([^[:space:]#]*\).*/\1/p" "$here/requirements-floor.lock")
  [[ -n $want ]] || die "requirements-floor.lock pins no $tool"
  have=$("$python" -c "import importlib.metadata as m; print(m.version('$tool'))" 2>/dev/null) ||
    die "$tool is not installed in $tools: run 'bash ci/install_python.sh'"
  [[ $have == "$want" ]] ||
    die "$tool $have in $tools, requirements-floor.lock pins $want: run 'bash ci/install_python.sh'"
done

protos=$(cd "$protos" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT

# Run from the protos dir with relative names so the output (which records
# each proto's path) does not depend on where the checkout lives. `-I .`
# maps leadflow/v1/x.proto to the module leadflow.v1.x_pb2, imported as
# `from leadflow.v1 import x_pb2`; grpc_tools adds the well-known types.
# protoc finds the mypy-protobuf plugins (protoc-gen-mypy, -mypy_grpc) on
# PATH; they report every file they write on stderr, which is kept only
# for a failure.
(
  cd "$protos"
  shopt -s nullglob
  sources=(leadflow/v1/*.proto)
  ((${#sources[@]})) || die "no .proto files in $protos/leadflow/v1"
  PATH=$tools/bin:$PATH "$python" -m grpc_tools.protoc -I . \
    --python_out="$gen" --grpc_python_out="$gen" \
    --mypy_out="$gen" --mypy_grpc_out="$gen" \
    "${sources[@]}" 2>"$gen/protoc.log" || { cat "$gen/protoc.log" >&2; die "protoc failed"; }
)

dest=$out/leadflow/v1
mkdir -p "$dest"
shopt -s nullglob
# Drop generated files whose proto is gone.
for file in "$dest"/*_pb2.py "$dest"/*_pb2.pyi "$dest"/*_pb2_grpc.py "$dest"/*_pb2_grpc.pyi; do
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
