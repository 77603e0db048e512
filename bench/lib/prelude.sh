# Sourced by the desk's burst benchmarks (bench/hotfolder-bench.sh, bench/upload-bench.sh): what they do alike before
# and around their burst.
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" NAME FILES
# Afterwards the working directory is the repository's root ($root), JAVA_HOME is a JDK 25, bench/corpus holds at
# least FILES files (bench/ingest-bench.sh makes them), $files lists the first FILES of them (read once, so the page
# cache is warm) and $half is half their number, the runnable jar is built (unless BENCH_JAR names another), $out is
# bench/out and $work is bench/out/NAME, new, with its peer/ folder; $exif and $peers are the seconds exiftool and the
# peer pipeline took on the files. Then start_desk [serve options...] starts the desk and logs in (BENCH_JAR and
# BENCH_JFR as the scripts say).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source bench/lib/desk.sh
bench_name="$1"
bench_files="$2"
CORPUS_ONLY=1 bench/ingest-bench.sh "$bench_files"
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"
out="bench/out"; work="$out/$bench_name"
rm -rf "$work"; mkdir -p "$work/peer"
mapfile -t files < <(find "$root/bench/corpus" -name '*.jpg' | sort | head -n "$bench_files")
half=$(( ${#files[@]} / 2 ))
cat "${files[@]}" > /dev/null   # warm the page cache
[ -n "${BENCH_JAR:-}" ] || ./photodesk --help > /dev/null  # build the jar before timing

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
# Files a second in SECONDS for all the files.
per_second() { python3 -c "print(round(${#files[@]}/$1))"; }

# Peers, on the same files, before the desk starts (nothing else running).
t0=$(now); exiftool -json -fast -q "${files[@]}" > /dev/null; exif=$(elapsed "$t0")
peer() { exiftool -json -fast -q "$@" > /dev/null; vipsthumbnail --size 1600x -o "$root/$work/peer/%s-1600.jpg" "$@";
         vipsthumbnail --size 400x -o "$root/$work/peer/%s-400.jpg" "$@"; }
t0=$(now); peer "${files[@]:0:$half}" & a=$!; peer "${files[@]:$half}" & b=$!; wait $a $b; peers=$(elapsed "$t0")

# The report's first rows: the peers' times.
peer_rows() {
  echo "| | seconds | files/s | ratio |"
  echo "|---|---|---|---|"
  echo "| exiftool -json -fast | $(printf %.2f "$exif") | $(per_second "$exif") | |"
  echo "| peer pipeline (exiftool + vipsthumbnail 1600 + 400, two at a time) | $(printf %.2f "$peers") | $(per_second "$peers") | |"
}

# Starts the desk on a free port with a new library in $work/data and the options given, stops it when the script
# exits, and logs in as admin: sets $server, $base and $cookie (the session).
start_desk() {
  local password desk jfr jar login_token
  password="bench-$(date +%s)-password"
  desk=(./photodesk)
  if [ -n "${BENCH_JAR:-}" ]; then
    desk=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
          -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$BENCH_JAR")
  fi
  jfr=(); [ -n "${BENCH_JFR:-}" ] && jfr=("JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true")
  : > "$work/serve.log"   # there before the first look for the port
  env "${jfr[@]}" PHOTODESK_ADMIN_PASSWORD="$password" "${desk[@]}" serve --host 127.0.0.1 --port 0 --data "$work/data" \
    "$@" > "$work/serve.log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
  local port
  port=$(desk_port "$server" "$work/serve.log")
  base="http://127.0.0.1:$port"
  cookie="pd_session=$(desk_login "$base" "$password" "$work/cookies.txt")"
}

# The photos the search finds (every bench file carries the word), and the previews made so far.
total() { curl -sf -H "Cookie: $cookie" "$base/api/photos?q=bench&limit=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])'; }
previews() { find "$work/data/blobs/renditions/preview" -name '*.jpg' 2>/dev/null | wc -l; }
