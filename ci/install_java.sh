#!/usr/bin/env bash
# Installs what the Java client (sdk/java), its example (examples/java) and
# tests/e2e/java_example_test.sh need: JDK 17+ and Maven (Debian packages,
# only when missing), then fills the Maven cache (~/.m2/repository) from
# Maven Central with every pinned artifact: protoc and protoc-gen-grpc-java
# (which sdk/java's build runs to generate the stubs), the libraries, the
# test libraries and the Maven plugins. Skips the downloads when the cache
# was already filled for these same pom.xml files.
# Safe to run again; needs root (or sudo) only to install missing packages.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { echo "ci/install_java.sh: $*"; }
die() { echo "ci/install_java.sh: $*" >&2; exit 1; }

java_major() {  # the major version of javac on PATH, or nothing
  javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p'
}

missing=()
if ! command -v javac >/dev/null 2>&1 || [[ $(java_major) -lt 17 ]]; then
  missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if ((${#missing[@]} > 0)); then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install JDK 17+ and Maven 3.6.3+"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  log "installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v javac >/dev/null 2>&1 || die "javac not found after install: a JDK 17+ is needed"
[[ $(java_major) -ge 17 ]] || die "javac $(java_major) found, JDK 17 or newer needed (set JAVA_HOME/PATH)"
command -v mvn >/dev/null 2>&1 || die "mvn not found after install: Maven 3.6.3+ is needed"
mvn_version=$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n1)
[[ -n $mvn_version ]] || die "could not read Maven's version from mvn -v"
if [[ $(printf '%s\n3.6.3\n' "$mvn_version" | sort -V | head -n1) != 3.6.3 ]]; then
  die "Maven $mvn_version found, 3.6.3 or newer needed"
fi
log "JDK $(java_major), Maven $mvn_version present"

# The Maven cache: skip when it was filled for exactly these build files.
m2=${M2_REPO:-$HOME/.m2/repository}
stamp=$m2/.leadflow-java-install
fingerprint=$(cat sdk/java/pom.xml examples/java/pom.xml | sha256sum | cut -d' ' -f1)
if [[ -f $stamp && $(cat "$stamp") == "$fingerprint" ]]; then
  log "Maven cache already filled for these pom.xml files"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Build copies outside the work tree, so that every library and plugin the
# test uses lands in ~/.m2 and the checkout stays clean.
cp -R sdk/java "$work/sdk"
cp -R examples/java "$work/example"
rm -rf "$work/sdk/target" "$work/example/target"
log "filling the Maven cache for sdk/java (installs dev.leadflow:leadflow-client into ~/.m2)"
# The copy is away from protos/, so it is told where they are.
mvn -B -q -Dstyle.color=never -f "$work/sdk/pom.xml" -Dleadflow.protos="$repo/protos" install \
  >"$work/mvn.log" 2>&1 ||
  { cat "$work/mvn.log" >&2; die "mvn install of sdk/java failed"; }
log "filling the Maven cache for examples/java"
mvn -B -q -Dstyle.color=never -f "$work/example/pom.xml" \
  package dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" \
  org.codehaus.mojo:exec-maven-plugin:3.5.0:help >"$work/mvn.log" 2>&1 ||
  { cat "$work/mvn.log" >&2; die "mvn package of examples/java failed"; }

mkdir -p "$m2"
echo "$fingerprint" >"$stamp"
log "done"
