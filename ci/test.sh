#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: unit,
# integration (in-process gRPC server) and end-to-end (the real binary, the
# README's grpcurl walk-through, the C++ SDK and the Python, Go, TypeScript
# and Java clients).
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/install_deps.sh
bash ci/install_grpcurl.sh
# The other-language clients: their toolchains and pinned dependencies.
for language in python go typescript java; do
  bash "ci/install_${language}.sh"
done
bash ci/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
