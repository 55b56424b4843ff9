#!/usr/bin/env bash
# Regenerates the Go messages and gRPC stubs of protos/leadflow/v1/*.proto
# into leadflow/v1/ (package leadflowv1, import path
# leadflow.dev/sdk/go/leadflow/v1). Idempotent: the same protos and tools
# always write the same files, and files of removed protos are removed.
#
#   sdk/go/generate.sh [PROTOS_DIR [MODULE_DIR]]
#
# PROTOS_DIR: the protos to read; default $LEADFLOW_PROTOS, else the repo's
#   protos/. MODULE_DIR: the module root to write leadflow/v1/ under; default
#   this folder (check_generated.sh passes a temporary one).
#
# Only leadflow/v1 is generated. The google/* files under protos/ are copies
# of googleapis protos; their imports are mapped to the upstream Go packages
# (google.golang.org/genproto/...), which register the same proto files.
# The leadflow protos carry no go_package option, so each file's Go package
# is given here with M options.
#
# Tools (pinned in versions.sh, installed by ci/install_go.sh): Debian's
# /usr/bin/protoc and protoc-gen-go / protoc-gen-go-grpc in $LEADFLOW_GO_BIN.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.sh
source "$here/versions.sh"

die() { echo "generate.sh: $*" >&2; exit 1; }

protos_arg=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}
[[ -d $protos_arg/leadflow/v1 ]] || die "no leadflow/v1 under protos dir '$protos_arg'"
protos=$(cd "$protos_arg" && pwd)
module_dir=${2:-$here}

module=leadflow.dev/sdk/go
go_package="$module/leadflow/v1;leadflowv1"
protoc=${PROTOC:-/usr/bin/protoc}
gen_go=$LEADFLOW_GO_BIN/protoc-gen-go
gen_go_grpc=$LEADFLOW_GO_BIN/protoc-gen-go-grpc

# The generated headers name the tool versions: other versions would make
# check_generated.sh fail for no change of the protos.
[[ -x $protoc ]] || die "$protoc not found; run ci/install_go.sh"
[[ $("$protoc" --version) == "libprotoc $LEADFLOW_PROTOC_VERSION" ]] ||
  die "$protoc is '$("$protoc" --version)', want libprotoc $LEADFLOW_PROTOC_VERSION"
[[ -x $gen_go && $("$gen_go" --version) == "protoc-gen-go $LEADFLOW_PROTOC_GEN_GO_VERSION" ]] ||
  die "$gen_go $LEADFLOW_PROTOC_GEN_GO_VERSION missing; run ci/install_go.sh"
[[ -x $gen_go_grpc && $("$gen_go_grpc" --version) == "protoc-gen-go-grpc ${LEADFLOW_PROTOC_GEN_GO_GRPC_VERSION#v}" ]] ||
  die "$gen_go_grpc $LEADFLOW_PROTOC_GEN_GO_GRPC_VERSION missing; run ci/install_go.sh"

files=()
for path in "$protos"/leadflow/v1/*.proto; do files+=("leadflow/v1/${path##*/}"); done

# File → Go package, for the leadflow files and the googleapis copies they
# import. (The copies' own go_package options say the same.)
mappings=(
  "google/api/field_behavior.proto=google.golang.org/genproto/googleapis/api/annotations"
  "google/rpc/error_details.proto=google.golang.org/genproto/googleapis/rpc/errdetails"
  "google/rpc/status.proto=google.golang.org/genproto/googleapis/rpc/status"
  "google/type/date.proto=google.golang.org/genproto/googleapis/type/date"
  "google/type/money.proto=google.golang.org/genproto/googleapis/type/money"
)
for file in "${files[@]}"; do mappings+=("$file=$go_package"); done
go_opts=(--go_opt=module="$module")
grpc_opts=(--go-grpc_opt=module="$module")
for mapping in "${mappings[@]}"; do
  go_opts+=(--go_opt=M"$mapping")
  grpc_opts+=(--go-grpc_opt=M"$mapping")
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$protoc" -I "$protos" -I /usr/include \
  --plugin=protoc-gen-go="$gen_go" --plugin=protoc-gen-go-grpc="$gen_go_grpc" \
  --go_out="$tmp" "${go_opts[@]}" \
  --go-grpc_out="$tmp" "${grpc_opts[@]}" \
  "${files[@]}"

# Everything must land in leadflow/v1; anything else means a mapping is wrong.
unexpected=$(cd "$tmp" && find . -type f ! -path './leadflow/v1/*')
[[ -z $unexpected ]] || die "protoc wrote files outside leadflow/v1: $unexpected"

mkdir -p "$module_dir/leadflow/v1"
rm -f "$module_dir"/leadflow/v1/*.pb.go
cp "$tmp"/leadflow/v1/*.pb.go "$module_dir/leadflow/v1/"
echo "generate.sh: wrote ${#files[@]} protos' stubs to $module_dir/leadflow/v1"
