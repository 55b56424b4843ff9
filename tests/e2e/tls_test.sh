#!/usr/bin/env bash
# TLS and mutual TLS through the real binary, with certificates made here by
# openssl: a client certificate maps to its principal; one from another CA,
# none at all, or plaintext is refused; a bearer token works over TLS; and
# a renewed server certificate is picked up while a client keeps calling,
# without a failed call or a restart.
# Usage: tls_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$1
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)
trap 'cleanup_server; [[ -n ${loop_pid:-} ]] && kill "$loop_pid" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

# make_ca NAME: a self-signed CA.
make_ca() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$1" \
    -keyout "$1.key" -out "$1.pem" 2>/dev/null
}
# make_cert NAME CA CN [SAN]: a certificate signed by CA.
make_cert() {
  local name=$1 ca=$2 cn=$3 san=${4:-}
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$cn" -keyout "$name.key" -out "$name.csr" 2>/dev/null
  if [[ -n $san ]]; then printf 'subjectAltName=%s\n' "$san" >"$name.ext"; else : >"$name.ext"; fi
  openssl x509 -req -in "$name.csr" -CA "$ca.pem" -CAkey "$ca.key" -CAcreateserial -days 2 \
    -extfile "$name.ext" -out "$name.pem" 2>/dev/null
}

make_ca ca
make_ca other-ca
make_ca renewed-ca
make_cert server ca localhost "DNS:localhost,IP:127.0.0.1"
make_cert billing ca billing.internal
make_cert intruder other-ca billing.internal
make_cert renewed renewed-ca localhost "DNS:localhost,IP:127.0.0.1"
cat ca.pem renewed-ca.pem >both-cas.pem

token=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
cat >principals.textproto <<PRINCIPALS
principals {
  name: "services/billing"
  client_certificate_name: "billing.internal"
  scopes: "leads.read"
  scopes: "leads.write"
}
principals {
  name: "services/web"
  token_sha256: "$(printf %s "$token" | sha256sum | cut -d' ' -f1)"
  scopes: "leads.read"
}
PRINCIPALS

create='{"lead": {"last_name": "Secure", "company": "TLS Ltd"}}'

# --- Mutual TLS -----------------------------------------------------------------
start_server "$binary" "$work/mtls.db" --principals=principals.textproto \
  --tls_cert=server.pem --tls_key=server.key --tls_client_ca=ca.pem
port=${ADDRESS##*:}
# Calls that must be refused at the handshake would otherwise wait out
# grpcurl's 10 s connect timeout.
refused=(-connect-timeout 3)
mtls=(grpcurl -cacert ca.pem -servername localhost)
"${mtls[@]}" -cert billing.pem -key billing.key -d "$create" "localhost:$port" \
  leadflow.v1.LeadService/CreateLead >/dev/null || fail "the mapped client certificate was refused"
count=$("${mtls[@]}" -cert billing.pem -key billing.key "localhost:$port" \
  leadflow.v1.LeadService/ListLeads | jq '.leads | length')
[[ $count == 1 ]] || fail "mTLS: $count leads, want 1"

if "${mtls[@]}" "${refused[@]}" -cert intruder.pem -key intruder.key "localhost:$port" \
  leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "a client certificate from another CA was accepted"
fi
if "${mtls[@]}" "${refused[@]}" "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "a client without a certificate was accepted under mutual TLS"
fi
if grpcurl -plaintext "${refused[@]}" "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "a plaintext client was accepted by a TLS server"
fi
stop_server || fail "exit code $? after SIGTERM"

# --- TLS with a bearer token, and a renewal under load ---------------------------
cp server.pem current.pem
cp server.key current.key
start_server "$binary" "$work/tls.db" --principals=principals.textproto \
  --tls_cert=current.pem --tls_key=current.key
port=${ADDRESS##*:}
tls=(grpcurl -cacert both-cas.pem -servername localhost -H "authorization: Bearer $token")
"${tls[@]}" "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null ||
  fail "a bearer token over TLS was refused"
if grpcurl -cacert ca.pem -servername localhost "localhost:$port" \
  leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "a TLS call without a token was accepted"
fi

# A client keeps calling, each call on a new connection, while the files are
# replaced by a certificate from another CA.
calls=0 failures=0
(
  while [[ ! -f stop-loop ]]; do
    if "${tls[@]}" "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
      echo ok >>loop.log
    else
      echo failed >>loop.log
    fi
  done
) &
loop_pid=$!
sleep 1
# Key first, then certificate: the watcher reads both together.
cp renewed.key current.key.new && cp renewed.pem current.pem.new
mv current.key.new current.key && mv current.pem.new current.pem
renewed=""
swapped_at=$SECONDS
for _ in $(seq 1 50); do
  if grpcurl "${refused[@]}" -cacert renewed-ca.pem -servername localhost -H "authorization: Bearer $token" \
    "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
    renewed=yes
    break
  fi
  sleep 0.2
done
sleep 1
touch stop-loop
wait "$loop_pid"
loop_pid=""
calls=$(grep -c . loop.log || true)
failures=$(grep -c failed loop.log || true)
[[ -n $renewed ]] || fail "the renewed certificate was not served within 10 s"
echo "the renewed certificate was served $((SECONDS - swapped_at)) s after the files changed"
((calls > 3)) || fail "the client made only $calls calls during the renewal"
((failures == 0)) || fail "$failures of $calls calls failed during the renewal"
if grpcurl "${refused[@]}" -cacert ca.pem -servername localhost -H "authorization: Bearer $token" \
  "localhost:$port" leadflow.v1.LeadService/ListLeads >/dev/null 2>&1; then
  fail "the old certificate is still served after the renewal"
fi
stop_server || fail "exit code $? after SIGTERM"
echo "PASS: TLS and mutual TLS ($calls calls during the renewal, none failed)"
