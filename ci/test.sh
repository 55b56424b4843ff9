#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: unit,
# integration (in-process gRPC server) and end-to-end (the real binary and
# the README's grpcurl walk-through).
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/install_deps.sh
bash ci/install_grpcurl.sh
bash ci/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
