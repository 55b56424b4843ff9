#!/usr/bin/env bash
# Installs grpcurl, pinned, from the Go module proxy into /usr/local/bin
# (grpcurl is not packaged for Debian). Skips the install when that version
# is already there.
set -euo pipefail

version=v1.9.3
target=/usr/local/bin/grpcurl

if ! command -v go >/dev/null 2>&1; then
  if [[ -x /usr/local/go/bin/go ]]; then
    export PATH="/usr/local/go/bin:$PATH"
  else
    echo "ci/install_grpcurl.sh: Go is needed to install grpcurl; install Go 1.21 or newer" >&2
    exit 1
  fi
fi

# `go install` leaves grpcurl's own -version unset; the module version
# recorded in the binary says which release it is.
if [[ -x $target ]] &&
   go version -m "$target" 2>/dev/null | grep -qE "^\s+mod\s+github.com/fullstorydev/grpcurl\s+${version}\s"; then
  echo "ci/install_grpcurl.sh: grpcurl ${version} present"
  exit 0
fi

echo "ci/install_grpcurl.sh: installing grpcurl ${version}"
GOBIN=$(mktemp -d)
GOBIN="$GOBIN" GOFLAGS=-mod=mod go install "github.com/fullstorydev/grpcurl/cmd/grpcurl@${version}"
install -m 0755 "$GOBIN/grpcurl" "$target"
rm -rf "$GOBIN"
echo "ci/install_grpcurl.sh: installed $target"
