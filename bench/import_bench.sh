#!/usr/bin/env bash
# Streams a generated purchased list through ImportLeads with the C++
# example, as a user would, against the real server on a fresh SQLite file
# (durable commits: synchronous = FULL), then imports it again.
#
# Prints the rows per second of the first import, the server's peak resident
# memory and its memory at each tenth of the import (flat means it does not
# grow with the rows sent), and what the second import did (it must create
# nothing).
#
# Usage: bench/import_bench.sh [ROWS] [BUILD_DIR]
#   ROWS       rows of the generated CSV (default 1000000)
#   BUILD_DIR  where leadflow-server and import_leads are built (default build)
set -euo pipefail

rows=${1:-1000000}
build=$(cd "${2:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
server_bin=$build/server/leadflow-server
import_bin=$build/examples/cpp/import_leads
[[ -x $server_bin && -x $import_bin ]] ||
  { echo "build leadflow-server and import_leads first (bash ci/build.sh)" >&2; exit 2; }

work=$(mktemp -d)
server=""
sampler=""
cleanup() {
  [[ -n $sampler ]] && kill "$sampler" 2>/dev/null || true
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

csv=$work/list_$rows.csv
python3 "$here/make_leads_csv.py" --rows "$rows" --output "$csv" >&2

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server_bin" --listen="127.0.0.1:$port" --db="$work/leads.db" 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do
  grep -q "serving on" "$work/server.log" && break
  sleep 0.1
done
grep -q "serving on" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }

# Resident memory (KiB) every half second while the server runs.
( while kill -0 "$server" 2>/dev/null; do
    awk '/^VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || true
    sleep 0.5
  done ) >"$work/rss.txt" &
sampler=$!

start=$(date +%s.%N)
"$import_bin" "$csv" "127.0.0.1:$port" >"$work/first.txt" || [[ $? == 3 ]]  # 3: rows rejected
end=$(date +%s.%N)
peak=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")
kill "$sampler" 2>/dev/null || true
sampler=""
"$import_bin" "$csv" "127.0.0.1:$port" >"$work/second.txt" || [[ $? == 3 ]]

echo "first import:"
sed -n '1,7p' "$work/first.txt" | sed 's/^/  /'
awk -v rows="$rows" -v start="$start" -v end="$end" \
  'BEGIN { s = end - start; printf "  %d rows in %.1f s: %.0f rows/s\n", rows, s, rows / s }'
echo "server memory: peak $((peak / 1024)) MiB; at each tenth of the import (MiB):"
awk '{v[NR] = $1} END { line = " "; for (i = 1; i <= 10; ++i) line = line " " int(v[int(NR * i / 10)] / 1024); print line }' "$work/rss.txt"
echo "second import (the same file again):"
sed -n '1,7p' "$work/second.txt" | sed 's/^/  /'
