#!/usr/bin/env bash
# Configures (once) and builds Leadflow into ./build. Incremental: only what
# changed is rebuilt, and ccache keeps objects across clean builds.
# Usage: ci/build.sh [ninja targets...]
set -euo pipefail
cd "$(dirname "$0")/.."

# Let clones in different folders share ccache's objects (debug info may
# then name another clone's paths, which is harmless here).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel "$(nproc)" ${1+--target "$@"}
