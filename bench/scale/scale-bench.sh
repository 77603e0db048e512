#!/usr/bin/env bash
# Scale-out benchmark (issue 10; not a timed test): the scale-out backends (PostgreSQL + S3 via scale/start-local, the
# index a Lucene index per desk node that follows the shared store unless PHOTODESK_INDEX names a shared one) side by
# side with the embedded default (SQLite + Lucene + folder), on this machine, loopback only.
#   bench/scale/scale-bench.sh [--photos N] [--ingest-files N] [--duration S] [--skip-ingest] [--skip-search]
#   1. ingest rate: N generated 640x480 JPEGs (default 400) with 1, 2 and 4 workers: embedded (one process,
#      --workers W), scale (one process, --workers W) and scale with W separate ingest processes (one worker each)
#      sharing the backends;
#   2. search with facets at 8 clients: the library of bench/desk/FillLibrary.java (default 100,000 photos) served
#      embedded, and the same library moved up with `photodesk migrate` and served on the scale-out backends; wrk
#      (bench/desk/desk-load.lua, 2 threads, 8 connections) on GET /api/photos?... (100 results and every facet);
# Writes bench/out/scale-results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
photos=100000; files=400; duration=30; do_ingest=1; do_search=1
while [ $# -gt 0 ]; do
  case "$1" in
    --photos) photos="$2"; shift 2 ;;
    --ingest-files) files="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --skip-ingest) do_ingest=0; shift ;;
    --skip-search) do_search=0; shift ;;
    *) echo "usage: bench/scale/scale-bench.sh [--photos N] [--ingest-files N] [--duration S] [--skip-ingest] [--skip-search]" >&2; exit 2 ;;
  esac
done
out="bench/out"; work="$out/scale-run"; results="$out/scale-results.md"
mkdir -p "$out"; rm -rf "$work"; mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"
jvm=(java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar app/target/photodesk.jar)
./photodesk --help > /dev/null 2>&1   # builds app/target/photodesk.jar when missing or stale

servers=""
if [ -z "${PHOTODESK_STORE:-}" ]; then
  servers="$work/servers"
  eval "$(scale/start-local "$servers")"
fi
cleanup() {
  for p in $(jobs -p) $(cat "$work"/serve-*.pid 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  [ -n "$servers" ] && scale/stop-local "$servers" > /dev/null 2>&1 || true
}
trap cleanup EXIT
store_base="${PHOTODESK_STORE%%\?*}"; blobs_base="${PHOTODESK_BLOBS%%\?*}"; blobs_query="${PHOTODESK_BLOBS#*\?}"
store_in() { echo "$store_base?schema=$1"; }          # a library of its own in schema $1
blobs_in() { echo "$blobs_base/$1?$blobs_query"; }     # and under prefix $1
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
seconds_of() { sed -n 's/.* files in \([0-9.]*\) s:.*/\1/p' "$1" | tail -n 1; }

{
  echo "# Scale-out benchmark"
  echo
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB,"
  echo "$(java -version 2>&1 | head -n 1), $(date -u '+%F %H:%M UTC'); load average at start $(loadavg)."
  echo "Scale-out: PostgreSQL 15 and S3Proxy from scale/start-local; index: ${PHOTODESK_INDEX:-a Lucene index per process following the store}."
  echo
} > "$results"

if [ "$do_ingest" = 1 ]; then
  jpegs="$out/scale-jpegs"
  java bench/scale/MakeJpegs.java "$jpegs" "$files"
  mapfile -t all < <(ls "$jpegs"/*.jpg | head -n "$files")
  {
    echo "## Ingest rate ($files generated 640x480 JPEGs, renditions made at ingest)"
    echo
    echo "| workers | embedded, 1 process | scale-out, 1 process | scale-out, that many processes | load during |"
    echo "|---|---|---|---|---|"
  } >> "$results"
  for w in 1 2 4; do
    echo "ingest with $w workers..." >&2
    rm -rf "$work/e$w"
    env -u PHOTODESK_STORE -u PHOTODESK_BLOBS -u PHOTODESK_INDEX \
      "${jvm[@]}" ingest --data "$work/e$w" --workers "$w" "${all[@]}" > "$work/ingest-e$w.txt" 2>&1
    e=$(seconds_of "$work/ingest-e$w.txt")
    PHOTODESK_STORE="$(store_in "bench_one_$w")" PHOTODESK_BLOBS="$(blobs_in "one-$w")" \
      "${jvm[@]}" ingest --data "$work/s$w" --workers "$w" "${all[@]}" > "$work/ingest-s$w.txt" 2>&1
    s=$(seconds_of "$work/ingest-s$w.txt")
    start=$(date +%s.%N)
    pids=()
    for i in $(seq 0 $((w - 1))); do
      share=()
      for j in "${!all[@]}"; do [ $((j % w)) = "$i" ] && share+=("${all[$j]}"); done
      PHOTODESK_STORE="$(store_in "bench_many_$w")" PHOTODESK_BLOBS="$(blobs_in "many-$w")" \
        "${jvm[@]}" ingest --data "$work/m$w-$i" --workers 1 "${share[@]}" > "$work/ingest-m$w-$i.txt" 2>&1 &
      pids+=($!)
    done
    ( sleep 5; loadavg > "$work/load-ingest-$w.txt" ) &
    for p in "${pids[@]}"; do wait "$p"; done
    m=$(echo "$(date +%s.%N) - $start" | bc)
    rate() { awk -v n="$files" -v s="$1" 'BEGIN { printf "%.1f files/s (%.0f s)", n / s, s }'; }
    echo "| $w | $(rate "$e") | $(rate "$s") | $(rate "$m") | $(cat "$work/load-ingest-$w.txt" 2>/dev/null) |" >> "$results"
  done
  echo >> "$results"
fi

serve() { # serve NAME DATA [env...] -> base URL on stdout; the desk runs in the background
  local name="$1" data="$2"; shift 2
  env "$@" PHOTODESK_ADMIN_PASSWORD="$password" "${jvm[@]}" serve --host 127.0.0.1 --port 0 --data "$data" \
    > "$work/serve-$name.log" 2>&1 &
  echo $! > "$work/serve-$name.pid"
  local port=""
  for _ in $(seq 1 1200); do
    port=$(sed -n 's|.*at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve-$name.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.5
  done
  [ -n "$port" ] || { cat "$work/serve-$name.log" >&2; echo "the $name desk did not start" >&2; exit 1; }
  echo "http://127.0.0.1:$port"
}
login() { # login BASE -> cookie
  local jar="$work/cookies-$RANDOM.txt"
  curl -sf -c "$jar" -o /dev/null "$1/login"
  local token; token=$(awk '$6 == "pd_login" {print $7}' "$jar")
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" --data-urlencode "next=/" "$1/login"
  echo "pd_session=$(awk '$6 == "pd_session" {print $7}' "$jar")"
}
search() { # search NAME BASE -> RESULT line of wrk at 8 connections
  local cookie; cookie=$(login "$2")
  mkdir -p "$work/$1-paths"
  python3 bench/desk/make-paths.py "$2" "$cookie" "$work/$1-paths" >&2
  DESK_COOKIE="$cookie" DESK_PATHS="$work/$1-paths/api-paths.txt" DESK_ACCEPT=application/json \
    wrk -t2 -c8 -d15s --timeout 10s --latency -s bench/desk/desk-load.lua "$2" > /dev/null 2>&1   # warm-up
  ( sleep $((duration / 2)); loadavg > "$work/load-search-$1.txt" ) &
  DESK_COOKIE="$cookie" DESK_PATHS="$work/$1-paths/api-paths.txt" DESK_ACCEPT=application/json \
    wrk -t2 -c8 -d"${duration}s" --timeout 10s --latency -s bench/desk/desk-load.lua "$2" > "$work/wrk-$1.txt" 2>&1
  wait
  grep '^RESULT' "$work/wrk-$1.txt"
}

if [ "$do_search" = 1 ]; then
  password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  source_data="$work/embedded-data"
  echo "filling the embedded library with $photos photos..." >&2
  start=$(date +%s)
  java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp app/target/photodesk.jar \
    bench/desk/FillLibrary.java "$source_data" "$photos" 2>&1 | grep -v -e WARNING -e '^INFO' -e Vectorization >&2
  fill_s=$(( $(date +%s) - start ))
  echo "moving it up with photodesk migrate..." >&2
  # The blobs stay in the data folder (the target's blob store is the source's own folder, so migrate copies only the
  # records): search does not read them, and S3's speed is measured by the ingest runs above.
  scale_env=(PHOTODESK_STORE="$(store_in bench_search)" PHOTODESK_BLOBS=)
  start=$(date +%s)
  env "${scale_env[@]}" "${jvm[@]}" migrate --data "$source_data" > "$work/migrate.txt" 2> "$work/migrate.err"
  migrate_s=$(( $(date +%s) - start ))
  base_e=$(serve embedded "$source_data" -u PHOTODESK_STORE -u PHOTODESK_BLOBS -u PHOTODESK_INDEX)
  echo "embedded desk at $base_e" >&2
  result_e=$(search embedded "$base_e")
  kill "$(cat "$work/serve-embedded.pid")" 2>/dev/null || true
  base_s=$(serve scale "$source_data" "${scale_env[@]}")
  echo "scale-out desk at $base_s" >&2
  result_s=$(search scale "$base_s")
  row() { read -r _ p50 p95 p99 rps n errs non2xx <<< "$2"; echo "| $1 | $p50 | $p95 | $p99 | $rps | $n | $errs / $non2xx | $3 |"; }
  {
    echo "## Search with facets, $photos photos, 8 clients (wrk 2 threads, 8 connections, ${duration}s after a 15 s warm-up)"
    echo
    echo "GET /api/photos?... from bench/desk/make-paths.py: 100 results and the top values of every facet."
    echo
    echo "| backends | p50 ms | p95 ms | p99 ms | requests/s | requests | errors / non-2xx | load during |"
    echo "|---|---|---|---|---|---|---|---|"
    row "embedded (SQLite + Lucene)" "$result_e" "$(cat "$work/load-search-embedded.txt")"
    row "scale-out (PostgreSQL + per-node Lucene following it)" "$result_s" "$(cat "$work/load-search-scale.txt")"
    echo
    echo "Filling the embedded library (bench/desk/FillLibrary.java): $fill_s s. Moving it up (photodesk migrate,"
    echo "records only, blobs left in the folder; copy and check of counts and hashes): $migrate_s s."
    grep -e '^copied' -e '^Checked' "$work/migrate.txt" | sed 's/^/    /'
  } >> "$results"
fi
cat "$results"
