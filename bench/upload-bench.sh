#!/usr/bin/env bash
# Upload burst benchmark (issue 13): N tagged JPEGs uploaded through the desk's API (POST /api/uploads) by 4 clients at
# once, timed until all are searchable (every upload answered: the API answers once the photo is searchable) and
# until all previews exist, against `exiftool -json -fast` and the peer pipeline (exiftool, vipsthumbnail 1600,
# vipsthumbnail 400, two at a time) on the same files in the same run.
#   bench/upload-bench.sh [FILES]     (default 200; the corpus is bench/ingest-bench.sh's)
# Writes bench/out/upload-results.md. BENCH_JAR=path runs that jar instead of ./photodesk; BENCH_JFR=file.jfr records
# the desk with Java Flight Recorder; CLIENTS=n changes the number of clients.
set -euo pipefail
clients="${CLIENTS:-4}"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" upload "${1:-200}"
mkdir -p "$work/clients"
start_desk
csrf=$(curl -sf -H "Cookie: $cookie" "$base/" | sed -n 's|.*<meta name="csrf-token" content="\([^"]*\)".*|\1|p' | head -n 1)
[ -n "$csrf" ] || { echo "no CSRF token on the desk's page; see $work/serve.log" >&2; exit 1; }

# One curl per client, keeping its connection open, sending its share of the files one after the other (a curl
# config with "next" between requests); each answer (201 added) comes once the photo is searchable.
for ((c = 0; c < clients; c++)); do
  cfg="$work/clients/$c.curl"; : > "$cfg"
  for ((i = c; i < ${#files[@]}; i += clients)); do
    f="${files[$i]}"
    [ -s "$cfg" ] && echo 'next' >> "$cfg"
    { echo "header = \"Cookie: $cookie\""; echo "header = \"X-CSRF-Token: $csrf\""
      echo 'header = "Content-Type: application/octet-stream"'
      echo "url = \"$base/api/uploads?name=$(basename "$f")\""; echo "data-binary = \"@$f\""
      echo 'output = "/dev/null"'; echo 'write-out = "%{http_code}\n"'; } >> "$cfg"
  done
done
t0=$(now)
pids=()
for ((c = 0; c < clients; c++)); do curl -s -K "$work/clients/$c.curl" > "$work/clients/$c.codes" & pids+=($!); done
wait "${pids[@]}"
searchable=$(elapsed "$t0")
photos=$(total)
codes=$(cat "$work/clients/"*.codes | sort | uniq -c | awk '{printf "%s%s x %s", (NR > 1 ? ", " : ""), $1, $2}')
previewable=""
for _ in $(seq 1 12000); do
  if [ "$(previews)" -ge "$photos" ]; then previewable=$(elapsed "$t0"); break; fi
  sleep 0.05
done
[ -n "$previewable" ] || { echo "not all previews were made; see $work/serve.log" >&2; exit 1; }
load=$(cut -d' ' -f1 /proc/loadavg)
{
  echo "# Upload burst ($(date -u +%F), ${#files[@]} files, $clients clients, $(nproc) cores, load $load)"
  echo
  peer_rows
  echo "| Photodesk uploads, $clients clients: all searchable | $(printf %.2f "$searchable") | $(per_second "$searchable") | $(ratio "$exif" "$searchable") x exiftool |"
  echo "| Photodesk uploads, $clients clients: all previews made | $(printf %.2f "$previewable") | $(per_second "$previewable") | $(ratio "$peers" "$previewable") x the peer pipeline |"
  echo
  echo "The ${#files[@]} uploads were answered $codes (HTTP status) and made $photos photos. The times run from the"
  echo "first request: each answer comes once its photo is searchable; previews are counted in the blob store."
} | tee "$out/upload-results.md"
