#!/usr/bin/env bash
# Runs clang-tidy (Debian's, with the checks in .clang-tidy) on the
# project's own sources: every .cc under server/ and sdk/cpp/src/, and the
# project's headers they include. Fails on any finding.
#
# Tests, examples and benchmarks are left out: GoogleTest's macros make
# each test file several times slower to analyse (a run would take about as
# long again), and the checks target production code paths; the compiler's
# -Wall -Wextra -Werror still covers them.
#
# The compile commands come from LINT_BUILD_DIR (default build-lint, which
# this script configures and in which it only generates the protobuf
# headers, so it needs no full build and leaves ./build alone); pass
# LINT_BUILD_DIR=build to reuse the main build's.
# Usage: ci/lint.sh [file.cc...]      (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
dir=${LINT_BUILD_DIR:-build-lint}

say() { echo "ci/lint.sh: $*"; }

bash ci/install_packages.sh clang-tidy
if [[ ! -f $dir/compile_commands.json ]]; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# clang-tidy parses the generated protobuf headers; make (only) them, after
# letting ninja re-run cmake if a CMakeLists.txt changed (a new .proto).
ninja -C "$dir" build.ninja >/dev/null
mapfile -t headers < <(ninja -C "$dir" -t targets all |
  sed -n 's/^\(protos\/gen\/[^:]*\.pb\.h\): .*/\1/p')
ninja -C "$dir" "${headers[@]}" >/dev/null

files=("$@")
if ((${#files[@]} == 0)); then
  # What the build compiles there, so a new file is linted from its first build.
  mapfile -t files < <(jq -r '.[].file' "$dir/compile_commands.json" |
    sed -n "s|^$repo/\(server/.*\.cc\)$|\1|p; s|^$repo/\(sdk/cpp/src/.*\.cc\)$|\1|p" | sort -u)
fi
out=$dir/lint
rm -rf "$out" && mkdir -p "$out"
say "clang-tidy on ${#files[@]} files, $(nproc) at a time"
start=$SECONDS
# One log and exit status per file, so that parallel runs do not interleave.
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -I{} sh -c \
    'log="$4/$(echo "$3" | tr / _)"
     clang-tidy -p "$1" --quiet --header-filter="^$2/(server|sdk/cpp)/" "$3" >"$log.log" 2>&1
     echo $? >"$log.rc"' \
    sh "$dir" "$repo" {} "$out"
failed=0
for rc in "$out"/*.rc; do
  [[ $(cat "$rc") == 0 ]] || failed=$((failed + 1))
done
if ((failed > 0)); then
  # Each finding once (a header's shows up for every file that includes it);
  # a file that failed without one (it did not compile) shows its whole log.
  cat "$out"/*.log | grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error): ' | sort -u || true
  for rc in "$out"/*.rc; do
    log=${rc%.rc}.log
    if [[ $(cat "$rc") != 0 ]] && ! grep -qE ': (warning|error): ' "$log"; then
      echo "--- $log"; cat "$log"
    fi
  done
  echo "ci/lint.sh: clang-tidy failed on $failed of ${#files[@]} files in $((SECONDS - start))s" \
       "(full output: $out/*.log)" >&2
  exit 1
fi
say "no findings in ${#files[@]} files ($((SECONDS - start))s)"
