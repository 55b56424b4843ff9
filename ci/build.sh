#!/usr/bin/env bash
# Configures (once) and builds Leadflow into ./build. Incremental: only what
# changed is rebuilt, and ccache keeps objects across clean builds.
# Usage: ci/build.sh [ninja targets...]
#
# Warnings in the project's own code are errors (-DLEADFLOW_WERROR=ON), on
# developers' machines as in CI, so that a build that passes here passes
# there and ./build is never rebuilt just to flip the flag. For a quick
# experiment: LEADFLOW_WERROR=OFF bash ci/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Let clones in different folders share ccache's objects (debug info may
# then name another clone's paths, which is harmless here).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

werror=${LEADFLOW_WERROR:-ON}
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADFLOW_WERROR="$werror"
elif ! grep -qx "LEADFLOW_WERROR:BOOL=$werror" build/CMakeCache.txt; then
  cmake build -DLEADFLOW_WERROR="$werror"
fi
cmake --build build --parallel "$(nproc)" ${1+--target "$@"}
