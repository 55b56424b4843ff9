#!/usr/bin/env bash
# grpcurl as a first-class client: through reflection alone, every service,
# every method's request and response type, the error-detail messages and
# the well-known types must resolve completely; and the protos/ directory
# must work in place of reflection.
# Usage: grpcurl_reflection_test.sh LEADFLOW_SERVER PROTOS_DIR
set -euo pipefail
binary=$1 protos=$2
source "$(dirname "$0")/server_harness.sh"
work=$(mktemp -d)
start_server "$binary" "$work/leadflow.db"

services=$(grpcurl -plaintext "$ADDRESS" list)
for expected in leadflow.v1.LeadService leadflow.v1.AccountService leadflow.v1.OpportunityService \
                grpc.health.v1.Health grpc.reflection.v1alpha.ServerReflection; do
  grep -qx "$expected" <<<"$services" || fail "list lacks $expected: $services"
done

types=0
for service in $(grep '^leadflow\.' <<<"$services") grpc.health.v1.Health; do
  grpcurl -plaintext "$ADDRESS" describe "$service" >"$work/service.txt" ||
    fail "describe $service failed"
  # Every request and response type of every method.
  for type in $(grep -oE '\( (stream )?\.[A-Za-z0-9_.]+ \)' "$work/service.txt" |
                sed -E 's/[() ]|stream//g; s/^\.//' | sort -u); do
    grpcurl -plaintext "$ADDRESS" describe "$type" >/dev/null 2>"$work/err.txt" ||
      fail "describe $type failed: $(cat "$work/err.txt")"
    types=$((types + 1))
  done
done
[[ $types -ge 30 ]] || fail "only $types request/response types found"

for type in google.rpc.Status google.rpc.ErrorInfo google.rpc.BadRequest \
            google.rpc.PreconditionFailure google.rpc.ResourceInfo leadflow.v1.ErrorReason \
            google.protobuf.Timestamp google.protobuf.FieldMask google.type.Money google.type.Date \
            leadflow.v1.Lead leadflow.v1.Opportunity leadflow.v1.ConversionPlan; do
  grpcurl -plaintext "$ADDRESS" describe "$type" >/dev/null 2>"$work/err.txt" ||
    fail "describe $type failed: $(cat "$work/err.txt")"
done

# A request built from a message template resolves nested types too.
grpcurl -plaintext -msg-template "$ADDRESS" describe leadflow.v1.ConvertLeadRequest >"$work/template.txt"
grep -q '"opportunity_amount"' "$work/template.txt" || fail "no message template for ConvertLeadRequest"

# Without reflection: the protos themselves, documentation comments included.
proto_args=(-import-path "$protos" -proto leadflow/v1/lead_service.proto
            -proto leadflow/v1/account_service.proto -proto leadflow/v1/opportunity_service.proto)
grpcurl "${proto_args[@]}" list >"$work/offline.txt"
for service in leadflow.v1.LeadService leadflow.v1.AccountService leadflow.v1.OpportunityService; do
  grep -qx "$service" "$work/offline.txt" || fail "protos/ does not define $service"
done
grpcurl "${proto_args[@]}" describe leadflow.v1.Lead | grep -q "Required; at most 80 characters" ||
  fail "describe from protos/ shows no documentation"
grpcurl -plaintext "${proto_args[@]}" -d '{"lead": {"last_name": "Offline", "company": "Protos Ltd"}}' \
  "$ADDRESS" leadflow.v1.LeadService/CreateLead | grep -q '"status": "Open - Not Contacted"' ||
  fail "a call described by protos/ failed"

stop_server || fail "the server did not exit cleanly"
rm -rf "$work"
echo "PASS: grpcurl reflection ($types request/response types)"
