#!/usr/bin/env bash
# Installs what is missing, builds the server and runs it on 127.0.0.1:50051
# with the embedded SQLite file ./leadflow.db. Extra arguments go to the
# server (see `build/server/leadflow-server --help`). Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/install_deps.sh
bash ci/build.sh leadflow-server
exec build/server/leadflow-server --listen=127.0.0.1:50051 --db=./leadflow.db "$@"
