#!/usr/bin/env bash
# Installs the Debian packages named as arguments, skipping those already
# present: what the build and tests need (ci/install_deps.sh) and the extra
# tools of the quality gates (ci/lint.sh, ci/fuzz.sh).
# Safe to run again; needs root (or sudo) only when something is missing.
# Usage: ci/install_packages.sh PACKAGE...
set -euo pipefail

missing=()
for package in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "ci/install_packages.sh: all $# Debian packages present"
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
echo "ci/install_packages.sh: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
