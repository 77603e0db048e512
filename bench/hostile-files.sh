#!/usr/bin/env bash
# Hostile files on the file-system routes: for each class, one `photodesk ingest` (or `watch --once` for the hot
# folder) in a fresh process, its wall time and peak memory (max RSS of the whole JVM, from /usr/bin/time) and what
# it said. Writes bench/out/hostile-files.md.
#   bench/hostile-files.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH" MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
jar="${PHOTODESK_JAR:-app/target/photodesk.jar}"   # PHOTODESK_JAR=... measures another build
[ -f "$jar" ] || mvn -B -q -o -DskipTests package
out="bench/out"; work="$(mktemp -d)"; mkdir -p "$out"
trap 'rm -rf "$work"' EXIT
pd=(java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dorg.slf4j.simpleLogger.defaultLogLevel=error -jar "$jar")
secret="$work/secret"; printf 'root:$6$saltsalt$hash:19000:0:99999:7:::\n' > "$secret"
good="$work/good.jpg"
java "$root/bench/HostileFixtures.java" "$work"

# Builds before --follow-links existed followed every link: measure them without the flag.
follow=(--follow-links)
"${pd[@]}" ingest --help 2>&1 | grep -q -- --follow-links || follow=()
result="${RESULT:-$out/hostile-files.md}"
{
  echo "| class | route | time | peak memory | outcome |"
  echo "|---|---|---|---|---|"
} > "$result"

# measure CLASS ROUTE -- COMMAND...: runs the command under /usr/bin/time with a 60 s limit
measure() {
  local class="$1" route="$2"; shift 3
  local t0 t1 rss said code
  t0=$(date +%s.%N)
  set +e
  said=$(timeout -k 5 60 /usr/bin/time -f 'RSS %M' "$@" 2>"$work/time.txt" </dev/null)
  code=$?
  set -e
  t1=$(date +%s.%N)
  rss=$( (grep -o 'RSS [0-9]*' "$work/time.txt" || true) | tail -1 | awk '{printf "%.0f MB", $2/1024}')
  [ "$code" = 124 ] && said="(killed after 60 s: hung)"
  said=$(printf '%s' "$said" | python3 "$root/bench/outcome.py" "$work")
  printf '| %s | %s | %.1f s | %s | %s |\n' "$class" "$route" "$(echo "$t1 - $t0" | bc)" "${rss:-?}" "$said" >> "$result"
}

case_dir() { local d="$work/case-$1"; rm -rf "$d"; mkdir -p "$d"; echo "$d"; }

d=$(case_dir link-secret); ln -s "$secret" "$d/x.jpg"
measure "symlink to a secret, in a folder" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
measure "symlink to a secret, followed" "ingest --follow-links DIR" -- "${pd[@]}" ingest "$d" "${follow[@]}" --json --no-renditions --data "$work/data"
d=$(case_dir link-zero); ln -s /dev/zero "$d/zero.jpg"
measure "symlink to /dev/zero, followed" "ingest --follow-links DIR" -- "${pd[@]}" ingest "$d" "${follow[@]}" --json --no-renditions --data "$work/data"
measure "/dev/zero named" "ingest /dev/zero" -- "${pd[@]}" ingest /dev/zero --json --no-renditions --data "$work/data"
d=$(case_dir fifo); mkfifo "$d/pipe.jpg"
measure "FIFO" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir socket); python3 -c "import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])" "$d/sock.jpg"
measure "Unix socket" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir loop); mkdir "$d/sub"; ln -s "$d" "$d/sub/back"
measure "symlink loop" "ingest --follow-links DIR" -- "${pd[@]}" ingest "$d" "${follow[@]}" --json --no-renditions --data "$work/data"
d=$(case_dir dangling); ln -s "$work/nowhere.jpg" "$d/dangling.jpg"
measure "dangling symlink" "ingest --follow-links DIR" -- "${pd[@]}" ingest "$d" "${follow[@]}" --json --no-renditions --data "$work/data"
d=$(case_dir sparse); truncate -s 1G "$d/huge.jpg"
measure "1 GB sparse file" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir random); head -c 150M /dev/urandom > "$d/noise.jpg"
measure "150 MB of random bytes" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir bomb); cp "$work/bomb.jpg" "$d/"
measure "header claiming 50000 x 50000" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir truncated); cp "$work/truncated.jpg" "$d/"
measure "truncated JPEG" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir text); cp "$secret" "$d/notes.jpg"
measure "text named .jpg" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"
d=$(case_dir good); cp "$good" "$d/"
measure "a good JPEG (baseline)" "ingest DIR" -- "${pd[@]}" ingest "$d" --json --no-renditions --data "$work/data"

hot="$work/hot"; mkdir -p "$hot"; ln -s "$secret" "$hot/shadow.jpg"; ln -s /dev/zero "$hot/zero.jpg"; mkfifo "$hot/pipe.jpg"
cp "$secret" "$hot/notes.jpg"
measure "link to a secret, link to /dev/zero, FIFO, text" "watch --once (hot folder)" -- "${pd[@]}" watch "$hot" --once --settle-ms 200 --data "$work/data"
{
  echo
  echo "Hot folder afterwards: $(ls "$hot/failed" | tr '\n' ' ')"
  echo "Modes of the reasons: $(stat -c '%a %n' "$hot"/failed/*.reason.txt | sed "s|$hot/failed/||" | tr '\n' ' ')"
  echo "A reason quoting the secret: $(grep -l 'root:' "$hot"/failed/*.reason.txt 2>/dev/null | wc -l)"
} >> "$result"
cat "$result"
