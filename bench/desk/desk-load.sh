#!/usr/bin/env bash
# Desk speed benchmark (issue 4 item 10): 100,000 photos, 8 concurrent clients on this machine, loopback only.
#   bench/desk/desk-load.sh [--photos N] [--duration S] [--profile]
# Builds the jar, fills bench/out/desk-data with N synthetic photos (default 100000; reused when it already holds
# N), serves it on a free 127.0.0.1 port, logs in as admin through the login form (login cookie + CSRF field),
# warms up, then runs wrk (2 threads, 8 connections, S seconds, default 30) on
#   (a) the JSON search API with facets  GET /api/photos?q=...  (100 results and every facet's top values)
#   (b) the contact sheet                GET /?q=...[&offset=...]  (HTML, 100 thumbnails, first and deeper pages)
#   (c) thumbnails, for reference        GET /photos/{id}/thumb
#   and (a) and (b) again with 1 connection for S/2 seconds: the service time without queueing, for reference
# and writes bench/out/desk-results.md. --profile also records a JFR file of the server during (a) and (b) and
# writes its hottest frames to bench/out/desk-profile.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source bench/lib/desk.sh
photos=100000; duration=30; profile=0
while [ $# -gt 0 ]; do
  case "$1" in
    --photos) photos="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    *) echo "usage: bench/desk/desk-load.sh [--photos N] [--duration S] [--profile]" >&2; exit 2 ;;
  esac
done
out="bench/out"; data="$out/desk-data"; work="$out/desk-run"
mkdir -p "$out"; rm -rf "$work"; mkdir -p "$work"

command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"
jvm_flags=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

./photodesk --help > /dev/null 2>&1   # builds app/target/photodesk.jar when missing or stale

sql() { python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]).fetchall(); c.commit(); print(r[0][0] if r else "")' "$data/photodesk.db" "$1"; }
count() { sql "select count(*) from photo" 2>/dev/null || echo 0; }
if [ -f "$data/photodesk.db" ] && [ "$(count)" = "$photos" ]; then
  echo "reusing $data ($photos photos)" >&2
else
  rm -rf "$data"
  echo "filling $data with $photos photos..." >&2
  java "${jvm_flags[@]}" -cp app/target/photodesk.jar bench/desk/FillLibrary.java "$data" "$photos" 2>&1 \
    | grep -v -e WARNING -e '^INFO' -e 'VectorizationProvider' >&2
fi

# The admin password is kept beside the bench library; without it, the old accounts go and serve makes a new admin.
if [ ! -s "$data/bench-admin-password" ]; then
  sql "delete from sessions" > /dev/null 2>&1 || true; sql "delete from users" > /dev/null 2>&1 || true
  echo "bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$data/bench-admin-password"
fi
password=$(cat "$data/bench-admin-password")
PHOTODESK_ADMIN_PASSWORD="$password" ./photodesk serve --host 127.0.0.1 --port 0 --data "$data" > "$work/serve.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap cleanup EXIT
port=$(desk_port "$server" "$work/serve.log")
base="http://127.0.0.1:$port"
echo "desk at $base (pid $server)" >&2

session=$(desk_login "$base" "$password" "$work/cookies.txt")
[ -n "$session" ] || { echo "login failed; see $work/serve.log" >&2; exit 1; }
export DESK_COOKIE="pd_session=$session"
curl -sf -H "Cookie: $DESK_COOKIE" "$base/api/session" | grep -q '"role":"admin"' || { echo "the session does not work" >&2; exit 1; }

python3 bench/desk/make-paths.py "$base" "$DESK_COOKIE" "$work" >&2
thumbs=$(curl -sf -H "Cookie: $DESK_COOKIE" "$base/" | grep -o '/photos/[0-9]*/thumb' | sort -u | wc -l)
echo "the first contact sheet page shows $thumbs thumbnails" >&2

run() { # run NAME PATHS SECONDS ACCEPT [CONNECTIONS] -> prints the RESULT line
  local c="${5:-8}" t=2; [ "$c" = 1 ] && t=1
  DESK_PATHS="$work/$2" DESK_ACCEPT="$4" wrk -t"$t" -c"$c" -d"${3}s" --timeout 10s --latency -s bench/desk/desk-load.lua "$base" \
    > "$work/wrk-$1.txt" 2>&1
  grep '^RESULT' "$work/wrk-$1.txt" || { cat "$work/wrk-$1.txt" >&2; echo "wrk failed" >&2; exit 1; }
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

echo "warming up (JIT, caches)..." >&2
run warm-api api-paths.txt 15 application/json > /dev/null
run warm-sheet sheet-paths.txt 15 text/html > /dev/null
run warm-thumb thumb-paths.txt 5 'image/*' > /dev/null

load_before=$(loadavg)
if [ "$profile" = 1 ]; then
  jcmd "$server" JFR.start name=desk settings=profile filename="$root/$work/desk.jfr" > /dev/null
fi
declare -A result load_during
for target in api sheet thumb api1 sheet1; do
  seconds=$duration; connections=8
  case "$target" in api*) paths=api-paths.txt; accept=application/json ;;
    sheet*) paths=sheet-paths.txt; accept=text/html ;; thumb) paths=thumb-paths.txt; accept='image/*' ;; esac
  case "$target" in *1) seconds=$(( (duration + 1) / 2 )); connections=1 ;; esac
  echo "measuring $target for ${seconds}s..." >&2
  ( sleep $(( seconds / 2 )); loadavg > "$work/load-$target.txt" ) &
  sampler=$!
  result[$target]=$(run "$target" "$paths" "$seconds" "$accept" "$connections")
  wait "$sampler"
  load_during[$target]=$(cat "$work/load-$target.txt")
  if [ "$profile" = 1 ] && [ "$target" = sheet ]; then
    jcmd "$server" JFR.stop name=desk > /dev/null
  fi
done

row() { # row LABEL TARGET
  read -r _ p50 p95 p99 rps n errs non2xx <<< "${result[$2]}"
  local verdict="-"
  if [ "$2" = api ] || [ "$2" = sheet ]; then verdict=$(awk -v p="$p95" 'BEGIN { print (p < 50 ? "yes" : "NO") }'); fi
  echo "| $1 | $p50 | $p95 | $p99 | $rps | $n | $errs / $non2xx | ${load_during[$2]} | $verdict |"
}
{
  echo "Desk speed: $(count) photos (bench/desk/FillLibrary.java), wrk 2 threads, 8 connections, ${duration}s per row after"
  echo "a warm-up, loopback; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
       "$(java -version 2>&1 | head -n 1), $(date -u '+%F %H:%M UTC'). Load average (1/5/15 min) before: $load_before."
  echo "Command: bench/desk/desk-load.sh --photos $photos --duration $duration$([ "$profile" = 1 ] && echo ' --profile')"
  echo
  echo "| request | p50 ms | p95 ms | p99 ms | requests/s | requests | errors / non-2xx | load during | p95 < 50 ms |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row "JSON search API with facets (100 results)" api
  row "contact sheet page, 100 thumbnails (first and deeper pages)" sheet
  row "one thumbnail (reference, no target)" thumb
  row "JSON search API, 1 connection (service time, reference)" api1
  row "contact sheet page, 1 connection (service time, reference)" sheet1
} | tee "$out/desk-results.md"

if [ "$profile" = 1 ]; then
  { echo "CPU profile of the server during the 8-connection API and sheet runs (JFR, settings=profile)"
    python3 bench/desk/jfr-summary.py "$work/desk.jfr"; } > "$out/desk-profile.txt"
  echo "profile: $out/desk-profile.txt (JFR file $work/desk.jfr)" >&2
fi
