#!/usr/bin/env bash
# Online backup and restore with the leadflow-server binary:
#  - `leadflow-server backup` copies the database of a running server under
#    a small write load: exit 0, progress on stderr, a copy that passes
#    SQLite's integrity check and holds every lead acknowledged before the
#    command started; the server keeps serving; bad destinations exit 1 and
#    write nothing;
#  - restore as the README says (stop, replace the file, remove the old
#    -wal/-shm, start): the restored server serves the leads of the copy;
#  - AdminService.Backup through grpcurl streams progress and the result,
#    and refuses a bad destination with INVALID_ARGUMENT.
# Usage: backup_test.sh LEADFLOW_SERVER
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_harness.sh"
command -v grpcurl >/dev/null || fail "grpcurl is not installed (ci/install_grpcurl.sh)"
command -v jq >/dev/null || fail "jq is not installed"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"

work=$(mktemp -d)
writer_pid=""
cleanup() {
  if [[ -n $writer_pid ]]; then kill "$writer_pid" 2>/dev/null || true; fi
  cleanup_server
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/leadflow.db"

create_lead() {  # create_lead LAST_NAME [DESCRIPTION]: prints the lead's name
  grpcurl -plaintext -d @ "$ADDRESS" leadflow.v1.LeadService/CreateLead <<<"{
    \"lead\": {\"last_name\": \"$1\", \"company\": \"Backup Test Ltd\", \"description\": \"${2:-}\"}
  }" | jq -r .name
}

# --- A server with some data, and a client that keeps writing ----------------

start_server "$binary" "$db" || fail "the server did not start"
description=$(head -c 30000 /dev/zero | tr '\0' 'b')
for i in $(seq 1 60); do create_lead "Filler $i" "$description" >/dev/null; done

acked="$work/acked.txt"  # every lead whose create was acknowledged, in order
: >"$acked"
(
  i=0
  while [[ ! -e $work/stop ]]; do
    i=$((i + 1))
    if name=$(create_lead "Writer $i" 2>/dev/null) && [[ -n $name && $name != null ]]; then
      echo "$name" >>"$acked"
    fi
  done
) &
writer_pid=$!
for _ in $(seq 1 100); do [[ $(wc -l <"$acked") -ge 5 ]] && break; sleep 0.1; done
[[ $(wc -l <"$acked") -ge 5 ]] || fail "the writer acknowledged no creates"

# --- The backup command, while the server serves and the client writes -------

cp "$acked" "$work/acked_before.txt"
copy="$work/copy.db"
"$binary" backup --db="$db" --to="$copy" 2>"$work/backup.log" ||
  { cat "$work/backup.log" >&2; fail "leadflow-server backup exited $?"; }
sleep 0.5
touch "$work/stop"
wait "$writer_pid" || true
writer_pid=""
grep -q "pages copied" "$work/backup.log" || fail "no progress on stderr: $(cat "$work/backup.log")"
grep -q "wrote $copy" "$work/backup.log" || fail "no summary on stderr: $(cat "$work/backup.log")"
cat "$work/backup.log"

[[ $(sqlite3 "$copy" 'PRAGMA integrity_check') == ok ]] || fail "the copy fails the integrity check"
[[ ! -e $copy-wal && ! -e $copy-journal ]] || fail "the copy is not one self-contained file"
sqlite3 "$copy" 'SELECT id FROM leads' | sed 's|^|leads/|' | sort >"$work/in_copy.txt"
missing=$(sort "$work/acked_before.txt" | comm -23 - "$work/in_copy.txt" | wc -l)
[[ $missing -eq 0 ]] ||
  fail "$missing leads acknowledged before the backup are missing from the copy"
during=$(($(wc -l <"$acked") - $(wc -l <"$work/acked_before.txt")))
echo "copy holds $(wc -l <"$work/in_copy.txt") leads, every one of the" \
  "$(wc -l <"$work/acked_before.txt") acknowledged before it; $during acknowledged while it ran or after"
grpcurl -plaintext -d '{"page_size": 1}' "$ADDRESS" leadflow.v1.LeadService/ListLeads |
  jq -e '.leads | length == 1' >/dev/null || fail "the server stopped serving during the backup"

# Bad destinations: exit 1, a message, no file.
expect_backup_failure() {  # expect_backup_failure WHAT EXPECTED_MESSAGE ARGS...
  local what=$1 message=$2 code=0
  shift 2
  "$binary" backup "$@" 2>"$work/failure.log" || code=$?
  [[ $code -eq 1 ]] || fail "$what: want exit 1, got $code: $(cat "$work/failure.log")"
  grep -q -- "$message" "$work/failure.log" ||
    fail "$what: want a message with '$message', got: $(cat "$work/failure.log")"
}
expect_backup_failure "existing file" "set overwrite" --db="$db" --to="$copy"
expect_backup_failure "the live database" "live database" --db="$db" --to="$db"
expect_backup_failure "missing directory" "does not exist" --db="$db" --to="$work/nowhere/copy.db"
expect_backup_failure "no database" "no database file" --db="$work/absent.db" --to="$work/x.db"
[[ ! -e $work/nowhere && ! -e $work/x.db && ! -e $work/absent.db ]] || fail "a failed backup wrote a file"
ls "$work" | grep -q partial && fail "a partial copy was left behind"
"$binary" backup --db="$db" --to="$copy" --overwrite 2>/dev/null || fail "--overwrite failed"

# --- Restore: stop, replace the file, remove the old -wal/-shm, start --------

stop_server || fail "the server did not stop cleanly"
cp "$copy" "$db"
rm -f "$db-wal" "$db-shm"
start_server "$binary" "$db" || fail "the server did not start on the restored copy"
lead=$(head -n 1 "$work/acked_before.txt")
grpcurl -plaintext -d "{\"name\": \"$lead\"}" "$ADDRESS" leadflow.v1.LeadService/GetLead |
  jq -e --arg name "$lead" '.name == $name' >/dev/null || fail "$lead is not served after the restore"
# (The writer's small leads: the fillers' long descriptions would end a page early.)
restored=$(grpcurl -plaintext -d '{"page_size": 1000, "filter": "last_name:\"Writer\""}' \
  "$ADDRESS" leadflow.v1.LeadService/ListLeads | jq '.leads | length')
expected=$(sqlite3 "$copy" "SELECT count(*) FROM leads WHERE last_name LIKE 'Writer %'")
[[ $restored -eq $expected ]] || fail "restored server lists $restored leads, the copy holds $expected"
echo "restored: the server serves the copy's $restored leads"

# --- AdminService.Backup through grpcurl -------------------------------------

rpc_copy="$work/rpc-copy.db"
grpcurl -plaintext -d "{\"destination\": \"$rpc_copy\"}" "$ADDRESS" \
  leadflow.v1.AdminService/Backup >"$work/rpc.json" || fail "AdminService.Backup failed: $(cat "$work/rpc.json")"
jq -s -e --arg dest "$rpc_copy" \
  'length >= 2 and .[-1].result.destination == $dest and .[0].page_count != null
   and .[0].page_count == .[-1].result.page_count and .[-1].pages_copied == .[-1].page_count' \
  "$work/rpc.json" >/dev/null || fail "unexpected Backup stream: $(cat "$work/rpc.json")"
[[ $(sqlite3 "$rpc_copy" 'PRAGMA integrity_check') == ok ]] || fail "the RPC's copy fails the integrity check"
jq -s -c '.[-1].result' "$work/rpc.json"
if grpcurl -plaintext -format-error -d "{\"destination\": \"$db\"}" "$ADDRESS" \
  leadflow.v1.AdminService/Backup >"$work/refused.json" 2>&1; then
  fail "a backup over the live database was not refused"
fi
grep -q '"code": 3' "$work/refused.json" ||
  grep -q 'InvalidArgument' "$work/refused.json" ||
  fail "want INVALID_ARGUMENT for the live database, got: $(cat "$work/refused.json")"
stop_server || fail "the restored server did not stop cleanly"
echo "PASS"
