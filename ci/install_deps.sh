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
  libpqxx-dev        # the PostgreSQL store (server/store/postgres/)
  libgoogle-perftools-dev  # tcmalloc, the server's allocator (server/CMakeLists.txt)
  postgresql         # the throw-away test cluster (ci/postgres_cluster.sh)
  jq       # the README's grpcurl walk-through pipes replies through jq
  sqlite3  # end-to-end tests inspect and age database files
  curl     # tests/e2e/metrics_test.sh scrapes /metrics
  openssl  # tests make their own certificates (tests/e2e/tls_test.sh)
)

exec bash "$(dirname "$0")/install_packages.sh" "${packages[@]}"
