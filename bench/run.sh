#!/usr/bin/env bash
# The load suite in one command (bench/README.md, section "load"): fills a
# database, starts the real server on it and runs every scenario of
# bench/load against it, printing one line per scenario.
#
#   bash bench/run.sh              quick: 100k leads, 5 s per scenario (a few minutes)
#   bash bench/run.sh full         1M leads, 30 s per scenario
#   bash bench/run.sh full --leads=10000000 --deep_depth=9000000
#                                  (further flags go to leadflow_load)
#
# Builds what it needs first. Exits non-zero when a scenario could not be
# prepared or any of its calls failed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=quick
if [[ $# -gt 0 && $1 != --* ]]; then
  mode=$1
  shift
fi
case $mode in
  quick) flags=(--leads=100000 --seconds=5 --warmup_seconds=1) ;;
  full) flags=(--leads=1000000 --seconds=30 --warmup_seconds=3 --deep_depth=900000) ;;
  *)
    echo "usage: bash bench/run.sh [quick|full] [leadflow_load flags...]" >&2
    exit 2
    ;;
esac

bash ci/build.sh leadflow_load fill_db >&2  # leadflow_load builds the server too
echo "bench/run.sh: $mode mode, $(nproc) cores shared by client and server, $(date -u +%FT%TZ)"
# Later flags win, so the caller's override the mode's.
build/bench/load/leadflow_load "${flags[@]}" "$@"
