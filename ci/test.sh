#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: unit,
# integration (in-process gRPC server) and end-to-end (the real binary, the
# README's grpcurl walk-through, the C++ SDK and the Python, Go, TypeScript
# and Java clients). Then the quality gates (docs/decisions/0004): clang-tidy,
# the tests under ASan + UBSan and TSan, and the fuzz targets for a bounded
# time. Each gate also runs alone: ci/lint.sh, ci/sanitizers.sh, ci/fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/install_deps.sh
bash ci/install_grpcurl.sh
# The other-language clients: their toolchains and pinned dependencies.
for language in python go typescript java; do
  bash "ci/install_${language}.sh"
done
bash ci/build.sh  # warnings are errors (LEADFLOW_WERROR=ON)
# The PostgreSQL store's tests run against a throw-away cluster, kept for the
# quality gates too (the sanitizers run the same tests) and always stopped.
# A state file of its own, so that a developer's cluster is neither in the
# way nor stopped; and a cluster that does not start fails the run, since
# the PostgreSQL tests would otherwise only report themselves skipped.
LEADFLOW_PG_STATE=$(mktemp -u /tmp/leadflow-ci-cluster.XXXXXX)
export LEADFLOW_PG_STATE
cluster_env=$(bash ci/postgres_cluster.sh start)
trap 'bash ci/postgres_cluster.sh stop' EXIT
eval "$cluster_env"
[[ -n ${LEADFLOW_TEST_POSTGRES:-} ]] || { echo "ci/test.sh: no PostgreSQL cluster" >&2; exit 1; }
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600

# The quality gates, cheapest first; each prints its wall time. All of them
# run even when one fails, so that one CI run shows every finding.
failed=()
for gate in lint sanitizers fuzz; do
  start=$SECONDS
  if bash "ci/${gate}.sh"; then
    echo "ci/test.sh: ci/${gate}.sh passed in $((SECONDS - start))s"
  else
    echo "ci/test.sh: ci/${gate}.sh FAILED after $((SECONDS - start))s" >&2
    failed+=("ci/${gate}.sh")
  fi
done
if ((${#failed[@]} > 0)); then
  echo "ci/test.sh: quality gates failed: ${failed[*]}" >&2
  exit 1
fi
