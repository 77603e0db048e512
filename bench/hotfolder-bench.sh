#!/usr/bin/env bash
# Burst benchmark (issue 13): N tagged JPEGs dropped at once into the hot folder of a running desk, timed until all
# are searchable (the API's total) and until all previews exist, against `exiftool -json -fast` and the peer pipeline
# (exiftool, vipsthumbnail 1600, vipsthumbnail 400, two at a time) on the same files in the same run.
#   bench/hotfolder-bench.sh [FILES]     (default 200; the corpus is bench/ingest-bench.sh's)
# Writes bench/out/hotfolder-results.md. BENCH_JAR=path runs that jar instead of ./photodesk (a build to compare
# against); BENCH_JFR=file.jfr records the desk with Java Flight Recorder (bench/desk/jfr-summary.py reads it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-200}"
CORPUS_ONLY=1 bench/ingest-bench.sh "$n"
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"
out="bench/out"; work="$out/hotfolder"
rm -rf "$work"; mkdir -p "$work/hot" "$work/peer"
mapfile -t files < <(find bench/corpus -name '*.jpg' | sort | head -n "$n")
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
  --hot-folder "$work/hot" > "$work/serve.log" 2>&1 &
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
total() { curl -sf -H "Cookie: $cookie" "$base/api/photos?q=bench&limit=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])'; }
previews() { find "$work/data/blobs/renditions/preview" -name '*.jpg' 2>/dev/null | wc -l; }
# A file leaves the hot folder (to done/ or failed/) only once its photo is searchable; two files may be one photo
# (an agency item id shared by a re-send), so previews are counted against the photos the search finds.
waiting() { find "$work/hot" -maxdepth 1 -type f ! -name '.*' | wc -l; }

# The burst: each file written under a hidden name and renamed, as an FTP client does.
t0=$(now)
for f in "${files[@]}"; do
  b=$(basename "$f"); cp "$f" "$work/hot/.$b.part"; mv "$work/hot/.$b.part" "$work/hot/$b"
done
copied=$(elapsed "$t0")
searchable=""; previewable=""
for _ in $(seq 1 12000); do
  if [ -z "$searchable" ] && [ "$(waiting)" -eq 0 ]; then searchable=$(elapsed "$t0"); photos=$(total); fi
  if [ -n "$searchable" ] && [ -z "$previewable" ] && [ "$(previews)" -ge "$photos" ]; then previewable=$(elapsed "$t0"); fi
  [ -n "$searchable" ] && [ -n "$previewable" ] && break
  sleep 0.05
done
[ -n "$searchable" ] && [ -n "$previewable" ] || { echo "not all files arrived; see $work/serve.log" >&2; exit 1; }
load=$(cut -d' ' -f1 /proc/loadavg)
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
{
  echo "# Hot-folder burst ($(date -u +%F), ${#files[@]} files, $(nproc) cores, load $load)"
  echo
  echo "| | seconds | files/s | ratio |"
  echo "|---|---|---|---|"
  echo "| exiftool -json -fast | $(printf %.2f "$exif") | $(python3 -c "print(round(${#files[@]}/$exif))") | |"
  echo "| peer pipeline (exiftool + vipsthumbnail 1600 + 400, two at a time) | $(printf %.2f "$peers") | $(python3 -c "print(round(${#files[@]}/$peers))") | |"
  echo "| Photodesk hot folder: all searchable | $(printf %.2f "$searchable") | $(python3 -c "print(round(${#files[@]}/$searchable))") | $(ratio "$exif" "$searchable") x exiftool |"
  echo "| Photodesk hot folder: all previews made | $(printf %.2f "$previewable") | $(python3 -c "print(round(${#files[@]}/$previewable))") | $(ratio "$peers" "$previewable") x the peer pipeline |"
  echo
  echo "The ${#files[@]} files made $photos photos (files carrying the same agency item id are versions of one photo)."
  echo "The times for the hot folder run from the first file's copy ($(printf %.2f "$copied") s to copy all) and include"
  echo "the hot folder's settle time (a file is taken once unchanged for 1 s; the desk looks at the folder every 0.25 s)."
} | tee "$out/hotfolder-results.md"
