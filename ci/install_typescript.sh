#!/usr/bin/env bash
# Installs what the TypeScript SDK (sdk/typescript) and its example
# (examples/typescript) need: checks for Node.js 20+ and npm, then fills npm's
# default cache (~/.npm) with the exact packages of sdk/typescript's
# package-lock.json (the example's registry packages are a subset of them),
# so that `npm ci` in the test runs from the cache. Writes nothing inside the
# repository. Idempotent: when the cache already holds every locked package,
# nothing is fetched.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sdk=$repo/sdk/typescript
example=$repo/examples/typescript
min_node_major=20

say() { echo "ci/install_typescript.sh: $*"; }
die() { echo "ci/install_typescript.sh: $*" >&2; exit 1; }

# Node.js and npm: preinstalled on this kind of machine. Debian 12's own
# nodejs package is 18.x, too old for Connect's Node transport and
# protoc-gen-es, so it is no substitute.
command -v node >/dev/null 2>&1 ||
  die "Node.js ${min_node_major} or newer is needed and 'node' is not on PATH"
command -v npm >/dev/null 2>&1 ||
  die "npm is needed and not on PATH (it comes with Node.js ${min_node_major}+)"
node_version=$(node --version)
node_major=${node_version#v}; node_major=${node_major%%.*}
(( node_major >= min_node_major )) ||
  die "Node.js ${min_node_major} or newer is needed; found ${node_version}"
say "node ${node_version}, npm $(npm --version)"
for tool in diff mktemp; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is needed and not on PATH"
done

# Fill the cache by installing into a scratch copy of the package manifests.
warm_cache() {  # DIR_WITH_PACKAGE_JSON
  local src=$1 scratch
  scratch=$(mktemp -d)
  cp "$src/package.json" "$scratch/"
  if [[ -f $src/package-lock.json ]]; then
    cp "$src/package-lock.json" "$scratch/"
    if (cd "$scratch" && npm ci --offline --ignore-scripts --no-audit --no-fund >/dev/null 2>&1); then
      say "$(basename "$(dirname "$src")")/$(basename "$src"): every locked package is in the npm cache"
    else
      say "$(basename "$(dirname "$src")")/$(basename "$src"): fetching locked packages into the npm cache"
      (cd "$scratch" && npm ci --ignore-scripts --no-audit --no-fund)
    fi
  else
    # No lockfile yet (not the case in a normal checkout): resolve the pinned
    # versions and write one into the package.
    say "$src has no package-lock.json; running npm install there to create it"
    (cd "$src" && npm install --no-audit --no-fund)
  fi
  rm -rf "$scratch"
}

[[ -f $sdk/package.json ]] || die "$sdk/package.json is missing"
warm_cache "$sdk"
[[ -f $example/package.json ]] || die "$example/package.json is missing"
if [[ ! -f $example/package-lock.json ]]; then
  say "$example has no package-lock.json; running npm install there to create it"
  (cd "$sdk" && npm install --no-audit --no-fund)
  (cd "$example" && npm install --no-audit --no-fund)
fi
say "done"
