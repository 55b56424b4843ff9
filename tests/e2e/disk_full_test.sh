#!/usr/bin/env bash
# Resource faults of the leadflow-server binary's storage, on a small tmpfs:
#  - when the disk fills, the failing write is refused with RESOURCE_EXHAUSTED
#    and reason STORAGE_FULL (not INTERNAL), the server keeps serving reads
#    (GetLead, ListLeads, health), and a retry gets the same refusal;
#  - once space is freed, writes succeed again without a restart, and every
#    acknowledged write is still there, also after a restart, in a database
#    that passes SQLite's integrity check;
#  - a database file on a read-only mount stops the server at start-up with
#    exit code 1 and a message that says the database is read-only.
# Needs to mount a tmpfs: as root directly, else in a private mount namespace
# (unshare -m, or unshare -rm as an unprivileged user). Where no mount is
# possible it prints "SKIP: ..." and exits 0. Everything it mounts is
# unmounted on exit.
# Usage: disk_full_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_harness.sh"
command -v grpcurl >/dev/null || fail "grpcurl is not installed (ci/install_grpcurl.sh)"
command -v jq >/dev/null || fail "jq is not installed"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"

# --- A mount of our own -------------------------------------------------------

# Mounts a 4 MiB tmpfs on $1; fails quietly when not allowed here.
try_mount() { mount -t tmpfs -o size=4m,mode=0755 leadflow-disk-full "$1" 2>/dev/null; }

probe=$(mktemp -d)
if try_mount "$probe"; then
  umount "$probe"
  rmdir "$probe"
elif [[ -z ${LEADFLOW_DISK_FULL_NAMESPACE:-} ]]; then
  rmdir "$probe"
  # Not allowed in this namespace: run again in a private one, where the
  # mount is ours alone and goes away with the process.
  for flags in -m -rm; do
    if unshare "$flags" --propagation private true 2>/dev/null; then
      exec env LEADFLOW_DISK_FULL_NAMESPACE="$flags" unshare "$flags" --propagation private \
        bash "$0" "$@"
    fi
  done
  echo "SKIP: cannot mount a tmpfs here (mount refused, and neither 'unshare -m' nor" \
    "'unshare -rm' is permitted), so a full or read-only disk cannot be simulated"
  exit 0
else
  rmdir "$probe"
  echo "SKIP: cannot mount a tmpfs even in a private mount namespace" \
    "(unshare $LEADFLOW_DISK_FULL_NAMESPACE)"
  exit 0
fi

work=$(mktemp -d)
disk="$work/disk"
mkdir "$disk"
mounted=""
cleanup() {
  cleanup_server
  if [[ -n $mounted ]]; then umount "$disk" 2>/dev/null || umount -l "$disk" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
try_mount "$disk" || fail "mounting the tmpfs on $disk failed"
mounted=yes
db="$disk/leadflow.db"

# --- Helpers ------------------------------------------------------------------

# call METHOD JSON: prints the reply, or the error status as JSON; returns
# grpcurl's exit code.
call() {
  local method=$1 body=$2
  grpcurl -plaintext -format-error -max-msg-sz 67108864 -d @ "$ADDRESS" "leadflow.v1.$method" <<<"$body"
}

description=$(head -c 30000 /dev/zero | tr '\0' 'd')
lead_json() {  # lead_json REQUEST_ID
  printf '{"lead": {"last_name": "Filler %s", "company": "Disk Full Ltd", "description": "%s"}, "request_id": "%s"}' \
    "$1" "$description" "$1"
}

# expect_storage_full WHAT REPLY: the reply is RESOURCE_EXHAUSTED, STORAGE_FULL.
expect_storage_full() {
  local what=$1 reply=$2 code reason
  code=$(jq -r '.code // empty' <<<"$reply" 2>/dev/null || true)
  reason=$(jq -r '[.details[]? | select(."@type" == "type.googleapis.com/google.rpc.ErrorInfo") | .reason][0] // empty' \
    <<<"$reply" 2>/dev/null || true)
  [[ $code == 8 ]] ||
    fail "$what: want RESOURCE_EXHAUSTED (8), got code ${code:-none}: $(head -c 600 <<<"$reply")"
  [[ $reason == STORAGE_FULL ]] ||
    fail "$what: want ErrorInfo reason STORAGE_FULL, got '${reason}': $(head -c 600 <<<"$reply")"
}

lead_count() {
  call LeadService/ListLeads '{"page_size": 1000}' | jq '.leads | length'
}

# --- The disk fills -----------------------------------------------------------

start_server "$binary" "$db"
acked="$work/acked.txt"
: >"$acked"
reply=$(call LeadService/CreateLead "$(lead_json first)") || fail "first write failed: $reply"
jq -r .name <<<"$reply" >>"$acked"

# Leave about 1 MiB, then write leads of 30,000 characters until one fails.
free_kib=$(df --output=avail -k "$disk" | tail -1 | tr -d ' ')
if ((free_kib > 1024)); then
  dd if=/dev/zero of="$disk/filler" bs=1k count=$((free_kib - 1024)) status=none 2>/dev/null || true
fi
failed_id=""
failure=""
for i in $(seq 1 400); do
  if reply=$(call LeadService/CreateLead "$(lead_json "fill-$i")" 2>&1); then
    jq -r .name <<<"$reply" >>"$acked"
  else
    failed_id="fill-$i"
    failure=$reply
    break
  fi
done
[[ -n $failed_id ]] || fail "400 leads of 30,000 characters fit on a 4 MiB disk: it never filled"
kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died when the disk filled: $failure"
echo "disk full after $(wc -l <"$acked") acknowledged leads"
expect_storage_full "the write that found the disk full" "$failure"

# A second attempt meets the same, clean refusal.
retry=$(call LeadService/CreateLead "$(lead_json "$failed_id")" 2>&1) &&
  fail "a write succeeded on a full disk: $(head -c 300 <<<"$retry")"
expect_storage_full "a retry on the full disk" "$retry"
kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died after the disk filled"

# Reads are still served, and show exactly what was acknowledged.
first=$(head -1 "$acked")
reply=$(call LeadService/GetLead "{\"name\": \"$first\"}" 2>&1) ||
  fail "GetLead on a full disk: $(head -c 600 <<<"$reply")"
count=$(lead_count) || fail "ListLeads on a full disk failed"
[[ $count == $(wc -l <"$acked") ]] ||
  fail "on a full disk ListLeads shows $count leads; $(wc -l <"$acked") were acknowledged"
grpcurl -plaintext "$ADDRESS" grpc.health.v1.Health/Check | grep -q SERVING ||
  fail "not SERVING on a full disk"

# A delete on a full disk goes through only while the write-ahead log has
# room from an earlier checkpoint (none here, on a disk this small); either
# way it is answered cleanly, never INTERNAL (README, "When the disk fills
# up").
victim=$(sed -n 2p "$acked")
if reply=$(call LeadService/DeleteLead "{\"name\": \"$victim\"}" 2>&1); then
  grep -vx "$victim" "$acked" >"$acked.new" && mv "$acked.new" "$acked"
  echo "a delete on the full disk went through"
else
  expect_storage_full "a delete on the full disk" "$reply"
  echo "a delete on the full disk was refused as STORAGE_FULL"
fi

# --- Space comes back ---------------------------------------------------------

rm -f "$disk/filler"
reply=$(call LeadService/CreateLead "$(lead_json "$failed_id")" 2>&1) ||
  fail "the refused write, retried after space was freed, failed: $(head -c 600 <<<"$reply")"
jq -r .name <<<"$reply" >>"$acked"
reply=$(call LeadService/CreateLead "$(lead_json after-free)" 2>&1) ||
  fail "a new write after space was freed failed: $(head -c 600 <<<"$reply")"
jq -r .name <<<"$reply" >>"$acked"

# check_acknowledged WHEN: every acknowledged lead is there, nothing else.
check_acknowledged() {
  local listed
  listed=$(call LeadService/ListLeads '{"page_size": 1000}' | jq -r '.leads[].name' | sort)
  [[ $listed == "$(sort "$acked")" ]] ||
    fail "$1: the leads listed are not the ones acknowledged:
$(diff <(sort "$acked") <(echo "$listed") | head -20)"
}
check_acknowledged "after space was freed"
stop_server || fail "exit code $? after SIGTERM"
[[ $(sqlite3 "$db" "PRAGMA integrity_check") == ok ]] || fail "the database is corrupt"
start_server "$binary" "$db"
check_acknowledged "after a restart"
stop_server || fail "exit code $? after SIGTERM"

# --- A read-only disk ---------------------------------------------------------

mount -o remount,ro "$disk" || fail "remounting $disk read-only failed"
code=0
timeout 20 "$binary" --listen=127.0.0.1:0 --db="$db" 2>"$work/readonly.txt" || code=$?
[[ $code != 124 ]] || fail "the server started on a database on a read-only mount"
[[ $code == 1 ]] ||
  fail "database on a read-only mount: exit code $code, want 1: $(cat "$work/readonly.txt")"
grep -Eqi "read-only|read only|readonly" "$work/readonly.txt" ||
  fail "database on a read-only mount: the message does not say so: $(cat "$work/readonly.txt")"
echo "PASS"
