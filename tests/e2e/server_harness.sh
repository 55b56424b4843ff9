# Sourced by the end-to-end tests: starts the real leadflow-server on a free
# loopback port and stops it (only the process it started) on exit.
#   start_server BINARY DB [FLAGS...]  sets SERVER_PID, ADDRESS, SERVER_LOG
#   stop_server                        SIGTERM, waits, returns its exit code

SERVER_PID=""
SERVER_LOG=""
ADDRESS=""

start_server() {
  local binary=$1 db=$2
  shift 2
  SERVER_LOG=$(mktemp)
  "$binary" --listen=127.0.0.1:0 --db="$db" "$@" 2>"$SERVER_LOG" &
  SERVER_PID=$!
  local port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*(port \([0-9]*\)).*/\1/p' "$SERVER_LOG")
    [[ -n $port ]] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "server exited early:" >&2
      cat "$SERVER_LOG" >&2
      return 1
    fi
    sleep 0.1
  done
  [[ -n $port ]] || { echo "server did not report its port" >&2; cat "$SERVER_LOG" >&2; return 1; }
  ADDRESS="127.0.0.1:$port"
}

stop_server() {
  [[ -n $SERVER_PID ]] || return 0
  local code=0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" || code=$?
  SERVER_PID=""
  return $code
}

cleanup_server() {
  if [[ -n $SERVER_PID ]]; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
}
trap cleanup_server EXIT

fail() {
  echo "FAIL: $*" >&2
  [[ -n $SERVER_LOG && -f $SERVER_LOG ]] && { echo "--- server log:" >&2; cat "$SERVER_LOG" >&2; }
  exit 1
}
