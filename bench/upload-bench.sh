#!/usr/bin/env bash
# Upload burst benchmark (issue 13): N tagged JPEGs uploaded through the desk's API (POST /api/uploads) by 4 clients at
# once, timed until all are searchable (every upload answered: the API answers once the photo is searchable) and
# until all previews exist, against `exiftool -json -fast` and the peer pipeline (exiftool, vipsthumbnail 1600,
# vipsthumbnail 400, two at a time) on the same files in the same run.
#   bench/upload-bench.sh [FILES]     (default 200; the corpus is bench/ingest-bench.sh's)
# Writes bench/out/upload-results.md. BENCH_JAR=path runs that jar instead of ./photodesk; BENCH_JFR=file.jfr records
# the desk with Java Flight Recorder; CLIENTS=n changes the number of clients.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-200}"
clients="${CLIENTS:-4}"
CORPUS_ONLY=1 bench/ingest-bench.sh "$n"
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"
out="bench/out"; work="$out/upload"
rm -rf "$work"; mkdir -p "$work/peer" "$work/clients"
mapfile -t files < <(find "$root/bench/corpus" -name '*.jpg' | sort | head -n "$n")
half=$(( ${#files[@]} / 2 ))
cat "${files[@]}" > /dev/null   # warm the page cache
./photodesk --help > /dev/null  # build the jar before timing

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }

# Peers, on the same files, before the desk starts (nothing else running).
t0=$(now); exiftool -json -fast -q "${files[@]}" > /dev/null; exif=$(elapsed "$t0")
peer() { exiftool -json -fast -q "$@" > /dev/null; vipsthumbnail --size 1600x -o "$root/$work/peer/%s-1600.jpg" "$@";
         vipsthumbnail --size 400x -o "$root/$work/peer/%s-400.jpg" "$@"; }
t0=$(now); peer "${files[@]:0:$half}" & a=$!; peer "${files[@]:$half}" & b=$!; wait $a $b; peers=$(elapsed "$t0")

password="bench-$(date +%s)-password"
desk=(./photodesk)
if [ -n "${BENCH_JAR:-}" ]; then
  desk=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
        -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$BENCH_JAR")
fi
jfr=(); [ -n "${BENCH_JFR:-}" ] && jfr=("JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true")
: > "$work/serve.log"   # there before the first look for the port
env "${jfr[@]}" PHOTODESK_ADMIN_PASSWORD="$password" "${desk[@]}" serve --host 127.0.0.1 --port 0 --data "$work/data" \
  > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 240); do
  port=$(sed -n 's|.*at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "the desk did not start" >&2; exit 1; }
  sleep 0.5
done
[ -n "$port" ] || { echo "the desk did not print its port; see $work/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
jar="$work/cookies.txt"
curl -sf -c "$jar" -o /dev/null "$base/login"
login_token=$(awk '$6 == "pd_login" {print $7}' "$jar")
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$login_token" --data-urlencode "next=/" "$base/login"
cookie="pd_session=$(awk '$6 == "pd_session" {print $7}' "$jar")"
csrf=$(curl -sf -H "Cookie: $cookie" "$base/" | sed -n 's|.*<meta name="csrf-token" content="\([^"]*\)".*|\1|p' | head -n 1)
[ -n "$csrf" ] || { echo "no CSRF token on the desk's page; see $work/serve.log" >&2; exit 1; }
total() { curl -sf -H "Cookie: $cookie" "$base/api/photos?q=bench&limit=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])'; }
previews() { find "$work/data/blobs/renditions/preview" -name '*.jpg' 2>/dev/null | wc -l; }

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
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
{
  echo "# Upload burst ($(date -u +%F), ${#files[@]} files, $clients clients, $(nproc) cores, load $load)"
  echo
  echo "| | seconds | files/s | ratio |"
  echo "|---|---|---|---|"
  echo "| exiftool -json -fast | $(printf %.2f "$exif") | $(python3 -c "print(round(${#files[@]}/$exif))") | |"
  echo "| peer pipeline (exiftool + vipsthumbnail 1600 + 400, two at a time) | $(printf %.2f "$peers") | $(python3 -c "print(round(${#files[@]}/$peers))") | |"
  echo "| Photodesk uploads, $clients clients: all searchable | $(printf %.2f "$searchable") | $(python3 -c "print(round(${#files[@]}/$searchable))") | $(ratio "$exif" "$searchable") x exiftool |"
  echo "| Photodesk uploads, $clients clients: all previews made | $(printf %.2f "$previewable") | $(python3 -c "print(round(${#files[@]}/$previewable))") | $(ratio "$peers" "$previewable") x the peer pipeline |"
  echo
  echo "The ${#files[@]} uploads were answered $codes (HTTP status) and made $photos photos. The times run from the"
  echo "first request: each answer comes once its photo is searchable; previews are counted in the blob store."
} | tee "$out/upload-results.md"
