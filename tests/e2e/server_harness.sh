# Sourced by the end-to-end tests: starts the real leadflow-server on a free
# loopback port and stops it (only the process it started) on exit.
#   start_server BINARY DB [FLAGS...]  sets SERVER_PID, ADDRESS, SERVER_LOG
#   start_server_on PORT BINARY DB [FLAGS...]
#                                      the same, on that port (a restart)
#   stop_server                        SIGTERM, waits, returns its exit code
#   check_read_through_restart PORT EXPECTED BINARY DB [FLAGS...]
#                                      with the server stopped: a read
#                                      without retries fails, one with them
#                                      gets through a restart on PORT
#   new_token                          prints a fresh random bearer token
#   write_principals FILE NAME TOKEN MAY_ACT_FOR_OTHERS SCOPE...
#                                      a --principals file with one principal
#   make_tls_certs DIR                 DIR/{ca,server,client}.{pem,key}: a CA,
#                                      a server certificate for 127.0.0.1 and
#                                      localhost, a client one (mutual TLS)

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

start_server_on() {
  local port=$1
  shift
  # start_server listens on port 0; a later --listen wins.
  start_server "$@" --listen="127.0.0.1:$port" || return 1
  [[ $ADDRESS == "127.0.0.1:$port" ]] || fail "the server came back on $ADDRESS, not port $port"
}

# The caller defines `restart_read OUTPUT [--no-retries]`: one read through
# its client, printing "failed CODE" when it fails. Started while the server
# is down, the read must get through once the server is back on PORT (same
# database) a second later, and print EXPECTED; without retries the same
# read fails with UNAVAILABLE, so the outage is real.
check_read_through_restart() {
  local port=$1 expected=$2 dir reader
  shift 2
  dir=$(mktemp -d)
  if restart_read "$dir/no-retries.txt" --no-retries; then
    cat "$dir/no-retries.txt"
    fail "a read without retries got through while the server was down"
  fi
  grep -qx "failed UNAVAILABLE" "$dir/no-retries.txt" ||
    { cat "$dir/no-retries.txt"; fail "the read without retries did not fail with UNAVAILABLE"; }
  restart_read "$dir/restart.txt" &
  reader=$!
  sleep 1
  start_server_on "$port" "$@" || fail "the server did not start again"
  wait "$reader" || { cat "$dir/restart.txt"; fail "the read did not get through the restart"; }
  cat "$dir/restart.txt"
  grep -qx -- "$expected" "$dir/restart.txt" || fail "the read after the restart printed other than: $expected"
  rm -rf "$dir"
}

# After start_server with --metrics_listen=127.0.0.1:0: waits for the line
# that reports the metrics port and sets METRICS_ADDRESS.
METRICS_ADDRESS=""
wait_for_metrics_address() {
  METRICS_ADDRESS=""
  for _ in $(seq 1 50); do
    METRICS_ADDRESS=$(sed -n 's/^leadflow-server: metrics on \(127\.0\.0\.1:[0-9]*\)$/\1/p' "$SERVER_LOG")
    [[ -n $METRICS_ADDRESS ]] && return 0
    sleep 0.1
  done
  fail "the server did not report 'metrics on 127.0.0.1:PORT'"
}

stop_server() {
  [[ -n $SERVER_PID ]] || return 0
  local code=0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" || code=$?
  SERVER_PID=""
  return $code
}

new_token() {
  od -An -N32 -tx1 /dev/urandom | tr -d ' \n'
}

write_principals() {
  local file=$1 name=$2 token=$3 act_for_others=$4
  shift 4
  local hash
  hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
  {
    echo "principals {"
    echo "  name: \"$name\""
    echo "  token_sha256: \"$hash\""
    local scope
    for scope in "$@"; do echo "  scopes: \"$scope\""; done
    echo "  may_act_for_others: $act_for_others"
    echo "}"
  } >"$file"
}

make_tls_certs() {
  local dir=$1
  mkdir -p "$dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=Leadflow test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  # Clients check the name they dialled against the subjectAltName.
  _sign_cert "$dir" server "/CN=localhost" \
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth'
  _sign_cert "$dir" client "/CN=leadflow-test-client" 'extendedKeyUsage=clientAuth'
}

_sign_cert() {  # _sign_cert DIR NAME SUBJECT EXTENSIONS: DIR/NAME.{pem,key}, signed by DIR/ca
  local dir=$1 name=$2 subject=$3 extensions=$4
  openssl req -newkey rsa:2048 -nodes -subj "$subject" \
    -keyout "$dir/$name.key" -out "$dir/$name.csr" 2>/dev/null
  printf 'basicConstraints=CA:FALSE\n%b\n' "$extensions" >"$dir/$name.ext"
  openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 1 -extfile "$dir/$name.ext" -out "$dir/$name.pem" 2>/dev/null
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
