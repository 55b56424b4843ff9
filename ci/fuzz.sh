#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with Debian's clang into
# ./build-fuzz (ASan + UBSan + coverage on everything built there) and runs
# each for a bounded time, starting from its seed corpus in
# tests/fuzz/corpus/<target>/. Fails on any crash, sanitizer report, leak,
# timeout or out-of-memory; a failing input is left in build-fuzz/artifacts/.
# New inputs the fuzzer finds accumulate in build-fuzz/corpus/<target>/ (not
# checked in), so later local runs start from them.
#
# Usage: ci/fuzz.sh [target...]        (default: every target)
#   FUZZ_SECONDS  seconds per target (default 60)
# Reproduce a failure: build-fuzz/tests/fuzz/<target> build-fuzz/artifacts/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(filter_fuzz page_token_fuzz request_validators_fuzz)
fi

say() { echo "ci/fuzz.sh: $*"; }

# clang 14 and its runtime libraries (libFuzzer, ASan, UBSan).
bash ci/install_packages.sh clang libclang-rt-14-dev

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [[ ! -f build-fuzz/build.ninja ]]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DLEADFLOW_FUZZ=ON -DBUILD_TESTING=OFF
fi
nice -n 10 cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}"

mkdir -p build-fuzz/artifacts
summary=()
status=0
for target in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$target
  corpus=build-fuzz/corpus/$target
  log=build-fuzz/$target.log
  [[ -d $seeds ]] || { echo "ci/fuzz.sh: no seed corpus $seeds" >&2; exit 1; }
  mkdir -p "$corpus"
  say "$target: ${seconds}s from $(find "$seeds" -type f | wc -l) seeds"
  # The first corpus dir receives new inputs; the seeds are only read.
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: well
  # inside the machine's memory.
  if build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix=build-fuzz/artifacts/"$target"- \
       "$corpus" "$seeds" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    echo "ci/fuzz.sh: $target failed; the end of $log:" >&2
    tail -n 60 "$log" >&2
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  summary+=("$target: $result, ${runs:-?} executions in ${seconds}s, corpus $(find "$corpus" -type f | wc -l) inputs")
done
for line in "${summary[@]}"; do say "$line"; done
exit "$status"
