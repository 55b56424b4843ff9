#!/usr/bin/env bash
# Regenerates the committed TypeScript stubs in src/gen/ from the protos, with
# the generator pinned in package-lock.json (buf's compiler + protoc-gen-es,
# both run from node_modules; run `npm ci` here first).
#
#   generate.sh [PROTOS_DIR [OUT_DIR]]
#
# PROTOS_DIR defaults to $LEADFLOW_PROTOS, else ../../protos; OUT_DIR to
# src/gen. Generates leadflow/v1 and the google/{api,rpc,type} copies it
# imports (TypeScript has no shared registry package for those); the
# well-known types come from @bufbuild/protobuf/wkt. Idempotent: OUT_DIR is
# replaced as a whole.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}
out=${2:-$here/src/gen}

buf=$here/node_modules/.bin/buf
plugin=$here/node_modules/.bin/protoc-gen-es
for tool in "$buf" "$plugin"; do
  if [[ ! -x $tool ]]; then
    echo "generate.sh: $tool is missing; run 'npm ci' in $here first" >&2
    exit 1
  fi
done
[[ -d $protos/leadflow/v1 ]] || { echo "generate.sh: no leadflow/v1 under $protos" >&2; exit 1; }
protos=$(cd "$protos" && pwd)

template=$(cat <<JSON
{"version": "v2",
 "plugins": [{"local": "$plugin", "out": "gen",
              "opt": ["target=ts", "import_extension=js"]}]}
JSON
)

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# buf reads the directory as a module; only these paths are generated.
(cd "$protos" && "$buf" generate . --template "$template" -o "$staging" \
  --path leadflow/v1 --path google/api --path google/rpc --path google/type)

rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$staging/gen" "$out"
echo "generate.sh: wrote $(find "$out" -name '*.ts' | wc -l) files to $out"
