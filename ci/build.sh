#!/usr/bin/env bash
# Configures (once) and builds Leadflow into ./build. Incremental: only what
# changed is rebuilt, and ccache keeps objects across clean builds.
# Usage: ci/build.sh [ninja targets...]
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel "$(nproc)" ${1+--target "$@"}
