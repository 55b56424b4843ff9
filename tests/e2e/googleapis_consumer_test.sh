#!/usr/bin/env bash
# A service that links its own compiled googleapis protos (a shared
# library, as google-cloud-cpp ships them) adds the SDK from source with
# LEADFLOW_GOOGLEAPIS_TARGETS naming that library (tests/consumer_googleapis).
# Checks that the SDK's protos library then holds no copy of the google/
# messages (the default build's does), and runs the program against the
# real server: it reads back a google.type.Money and decodes a refusal's
# google.rpc details through the service's one copy.
# Usage: googleapis_consumer_test.sh BUILD_DIR SOURCE_DIR LEADFLOW_SERVER
set -euo pipefail
build=$1 source=$2 binary=$3
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)

export CCACHE_BASEDIR="$source" CCACHE_NOHASHDIR=1
cmake -S "$source/tests/consumer_googleapis" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DLEADFLOW_SOURCE_DIR="$source" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; fail "configuring the googleapis consumer failed"; }
nice -n 5 cmake --build "$work/build" --target two_copies >"$work/build.log" 2>&1 ||
  { tail -50 "$work/build.log"; fail "building the googleapis consumer failed"; }

# Who defines google::rpc::Status: the service's library, and not the SDK's.
defines_status() {  # defines_status LIBRARY: true when it defines google::rpc::Status's code
  local symbols
  symbols=$(nm -C --defined-only "$1" 2>/dev/null) || true
  grep -q " [TtWw] google::rpc::Status::Clear()$" <<<"$symbols"
}
defines_status "$work/build/libservice_googleapis.so" ||
  fail "the service's googleapis library does not define google::rpc::Status"
defines_status "$work/build/leadflow/protos/libleadflow_protos.a" &&
  fail "with LEADFLOW_GOOGLEAPIS_TARGETS the SDK still compiled its own google/rpc/status"
defines_status "$build/protos/libleadflow_protos.a" ||
  fail "the default build has no copy of its own, so this check proves nothing"

start_server "$binary" "$work/leadflow.db"
"$work/build/two_copies" "$ADDRESS" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "two_copies failed"; }
cat "$work/out.txt"
grep -qE "^read leads/[0-9a-z]+ revenue=1200000 EUR$" "$work/out.txt" || fail "no lead with its revenue read back"
grep -qx "refused INVALID_ARGUMENT lead.last_name" "$work/out.txt" || fail "the refusal's details were not decoded"
stop_server || fail "the server did not exit cleanly"
rm -rf "$work"
echo "PASS: googleapis consumer"
