#!/usr/bin/env bash
# Installs the C++ SDK to a temporary prefix (the sdk component; then the
# mocks, sdk_testing, on their own), builds a separate project against it
# with find_package (and once more with pkg-config), runs its unit test on
# the mocks and runs it against the built leadflow-server. Then builds the SDK alone
# (-DLEADFLOW_BUILD_SERVER=OFF) with SQLite and GoogleTest hidden
# from CMake, installs it, and builds and runs the consumer against that.
# Usage: sdk_consumer_test.sh BUILD_DIR SOURCE_DIR LEADFLOW_SERVER
set -euo pipefail
build=$1 source=$2 binary=$3
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)

cmake --install "$build" --prefix "$work/prefix" --component sdk >"$work/install.log" ||
  { cat "$work/install.log"; fail "cmake --install failed"; }
for file in include/leadflow/lead_client.h \
            include/leadflow/v1/lead.pb.h lib/libleadflow_sdk.a lib/libleadflow_protos.a \
            lib/cmake/leadflow/leadflowConfig.cmake lib/pkgconfig/leadflow.pc \
            share/leadflow/protos/leadflow/v1/lead_service.proto; do
  [[ -f $work/prefix/$file ]] || fail "not installed: $file"
done
[[ ! -e $work/prefix/include/store ]] || fail "server headers were installed"
# The mocks are a component of their own: not in the production install.
[[ ! -e $work/prefix/include/leadflow/testing ]] || fail "the sdk component installed the mocks"
[[ ! -e $work/prefix/lib/cmake/leadflow/leadflowTestingTargets.cmake ]] ||
  fail "the sdk component installed the mocks' targets"

# First without the mocks: the consumer configures, and leaves its mock test out.
export CCACHE_BASEDIR="$source" CCACHE_NOHASHDIR=1
cmake -S "$source/tests/consumer" -B "$work/no-mocks" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/no-mocks.log" ||
  { cat "$work/no-mocks.log"; fail "configuring the consumer without the mocks failed"; }
grep -q "consumer_mock_test" "$work/no-mocks/build.ninja" && fail "mock test configured without the mocks"

cmake --install "$build" --prefix "$work/prefix" --component sdk_testing >"$work/install-testing.log" ||
  { cat "$work/install-testing.log"; fail "cmake --install --component sdk_testing failed"; }
[[ -f $work/prefix/include/leadflow/testing/mock_connections.h ]] || fail "mocks not installed"

# find_package, in a fresh build tree that knows nothing of this one.
cmake -S "$source/tests/consumer" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$work/configure.log" ||
  { cat "$work/configure.log"; fail "configuring the consumer failed"; }
cmake --build "$work/build" >"$work/build.log" || { cat "$work/build.log"; fail "building the consumer failed"; }
# The service's own unit test, on the installed mocks.
"$work/build/consumer_mock_test" >"$work/mock_test.txt" 2>&1 ||
  { cat "$work/mock_test.txt"; fail "the consumer's mock test failed"; }
grep -q "^\[  PASSED  \] 1 test" "$work/mock_test.txt" || { cat "$work/mock_test.txt"; fail "the mock test did not pass"; }

# pkg-config, by hand.
PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --exists leadflow ||
  fail "pkg-config cannot find leadflow"
# shellcheck disable=SC2046
ccache g++ -std=c++17 -o "$work/consumer-pc" "$source/tests/consumer/main.cc" \
  $(PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --cflags --libs leadflow) ||
  fail "building with pkg-config flags failed"

# The README's complete program, as printed there.
awk '/A complete program/{found=1} found && /^```cpp$/{code=1; next} code && /^```$/{exit} code' \
  "$source/README.md" >"$work/readme_program.cc"
[[ -s $work/readme_program.cc ]] || fail "no C++ program found in README.md"
# shellcheck disable=SC2046
ccache g++ -std=c++17 -o "$work/readme-program" "$work/readme_program.cc" \
  $(PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --cflags --libs leadflow) ||
  fail "the README's C++ program does not build"

start_server "$binary" "$work/leadflow.db"
LEADFLOW_TARGET="$ADDRESS" "$work/readme-program" >"$work/readme.txt" ||
  { cat "$work/readme.txt"; fail "the README's C++ program failed"; }
cat "$work/readme.txt"
grep -q "^Compiler Works is Closed Won$" "$work/readme.txt" || fail "README program: no won deal"
grep -q "^opportunities/.*: Closed Won$" "$work/readme.txt" || fail "README program: no listing"
for consumer in "$work/build/consumer" "$work/consumer-pc"; do
  "$consumer" "$ADDRESS" >"$work/out.txt" || { cat "$work/out.txt"; fail "$consumer failed"; }
  cat "$work/out.txt"
  grep -q "consumer read leads/.*: Open - Not Contacted" "$work/out.txt" || fail "no lead read back"
  grep -q "consumer refused: INVALID_ARGUMENT lead.last_name" "$work/out.txt" || fail "no error details"
done

# The SDK alone: a service that only calls Leadflow needs neither the
# server's libraries nor GoogleTest.
cmake -S "$source" -B "$work/sdk-only" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DLEADFLOW_BUILD_SERVER=OFF -DBUILD_TESTING=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCMAKE_DISABLE_FIND_PACKAGE_SQLite3=ON -DCMAKE_DISABLE_FIND_PACKAGE_SQLiteCpp=ON \
  -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON \
  >"$work/sdk-only-configure.log" ||
  { cat "$work/sdk-only-configure.log"; fail "configuring the SDK-only build failed"; }
nice -n 5 cmake --build "$work/sdk-only" --target leadflow_sdk >"$work/sdk-only-build.log" ||
  { tail -50 "$work/sdk-only-build.log"; fail "building the SDK alone failed"; }
cmake --install "$work/sdk-only" --prefix "$work/sdk-only-prefix" --component sdk \
  >"$work/sdk-only-install.log" || { cat "$work/sdk-only-install.log"; fail "installing the SDK alone failed"; }
[[ ! -e $work/sdk-only-prefix/include/leadflow/testing ]] || fail "mocks installed without GoogleTest"
cmake -S "$source/tests/consumer" -B "$work/sdk-only-consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/sdk-only-prefix" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  >"$work/sdk-only-consumer.log" && cmake --build "$work/sdk-only-consumer" >>"$work/sdk-only-consumer.log" ||
  { cat "$work/sdk-only-consumer.log"; fail "building the consumer against the SDK alone failed"; }
"$work/sdk-only-consumer/consumer" "$ADDRESS" >"$work/sdk-only-out.txt" ||
  { cat "$work/sdk-only-out.txt"; fail "the consumer of the SDK alone failed"; }
grep -q "consumer read leads/.*: Open - Not Contacted" "$work/sdk-only-out.txt" ||
  fail "the consumer of the SDK alone read no lead back"

stop_server || fail "the server did not exit cleanly"
rm -rf "$work"
echo "PASS: SDK consumer"
