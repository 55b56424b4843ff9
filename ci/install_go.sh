#!/usr/bin/env bash
# Installs what the Go SDK (sdk/go) and its example (examples/go) need, on
# Debian 12 as root, skipping what is present; safe to run again:
#   - checks that Go 1.26 or newer is there (it comes with the machine);
#   - Debian's protoc 3.21.12 and the well-known protos (protobuf-compiler,
#     libprotobuf-dev), which sdk/go/generate.sh runs;
#   - protoc-gen-go and protoc-gen-go-grpc, pinned in sdk/go/versions.sh,
#     into $LEADFLOW_GO_BIN (default ~/.cache/leadflow/go-bin), outside the
#     repo;
#   - the Go modules of sdk/go and examples/go, as pinned by their go.mod
#     and go.sum, into the default module cache.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=../sdk/go/versions.sh
source sdk/go/versions.sh
say() { echo "ci/install_go.sh: $*"; }
die() { echo "ci/install_go.sh: $*" >&2; exit 1; }

# Go: go.mod says 1.26, and GOTOOLCHAIN may not fetch another one here.
if ! command -v go >/dev/null 2>&1; then
  if [[ -x /usr/local/go/bin/go ]]; then
    export PATH="/usr/local/go/bin:$PATH"
  else
    die "Go is not installed; the Go SDK needs Go 1.26 or newer on PATH"
  fi
fi
go_version=$(go env GOVERSION)
[[ $go_version =~ ^go1\.([0-9]+) ]] || die "cannot read the Go version ('$go_version')"
((BASH_REMATCH[1] >= 26)) || die "$go_version is too old; the Go SDK needs Go 1.26 or newer"
say "$go_version present"

# protoc and the well-known types (google/protobuf/*.proto) from Debian.
missing=()
for package in protobuf-compiler libprotobuf-dev; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} > 0)); then
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  say "installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
protoc_version=$(/usr/bin/protoc --version)
[[ $protoc_version == "libprotoc $LEADFLOW_PROTOC_VERSION" ]] ||
  die "/usr/bin/protoc is '$protoc_version'; the committed stubs were made with $LEADFLOW_PROTOC_VERSION"
say "$protoc_version present"

# The protoc plugins, each skipped when its pinned version is there.
mkdir -p "$LEADFLOW_GO_BIN"
install_plugin() {
  local name=$1 package=$2 version=$3 want=$4
  if [[ -x $LEADFLOW_GO_BIN/$name && $("$LEADFLOW_GO_BIN/$name" --version) == "$want" ]]; then
    say "$name $version present"
    return
  fi
  say "installing $name $version into $LEADFLOW_GO_BIN"
  # From / so that no go.mod or go.work around here takes part.
  (cd / && GOBIN="$LEADFLOW_GO_BIN" go install "$package@$version")
}
install_plugin protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go \
  "$LEADFLOW_PROTOC_GEN_GO_VERSION" "protoc-gen-go $LEADFLOW_PROTOC_GEN_GO_VERSION"
install_plugin protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc \
  "$LEADFLOW_PROTOC_GEN_GO_GRPC_VERSION" "protoc-gen-go-grpc ${LEADFLOW_PROTOC_GEN_GO_GRPC_VERSION#v}"

# The modules the SDK and the example build with; go.sum checks each one.
# (go mod download leaves those already in the module cache alone.)
for module in sdk/go examples/go; do
  (cd "$module" && GOWORK=off GOFLAGS=-mod=readonly go mod download)
  say "modules of $module present"
done
