#!/usr/bin/env bash
# Installs the Debian 12 packages Leadflow builds and tests with, skipping
# those already present. Safe to run again; needs root (or sudo).
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  protobuf-compiler protobuf-compiler-grpc libprotobuf-dev libgrpc++-dev
  libabsl-dev libsqlitecpp-dev libsqlite3-dev libssl-dev
  libgtest-dev libgmock-dev
  libmicrohttpd-dev  # serves /metrics (server/api/metrics_http.cc)
  jq       # the README's grpcurl walk-through pipes replies through jq
  sqlite3  # end-to-end tests inspect and age database files
  curl     # tests/e2e/metrics_test.sh scrapes /metrics
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "ci/install_deps.sh: all ${#packages[@]} Debian packages present"
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
echo "ci/install_deps.sh: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
