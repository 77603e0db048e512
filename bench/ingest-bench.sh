#!/usr/bin/env bash
# Ingest benchmark: Photodesk against its peers on the same files, warm cache, 1 and 2 workers.
#   bench/ingest-bench.sh [FILES]     (default 200)
# Builds bench/corpus/ (not committed) from Debian's wallpaper photographs: re-encoded at 6 to 24 megapixels,
# JPEG quality 90, tagged with agency-like IPTC/XMP by exiftool. Writes bench/out/results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-200}"
corpus="bench/corpus"; out="bench/out"
pkgs=(libimage-exiftool-perl libvips-tools libjpeg-turbo-progs plasma-workspace-wallpapers mate-backgrounds)
missing=(); for p in "${pkgs[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; fi
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH"

build_corpus() {
  rm -rf "$corpus"; mkdir -p "$corpus"
  mapfile -t sources < <(find /usr/share/wallpapers /usr/share/backgrounds -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \) \
      -size +300k 2>/dev/null | while read -r f; do
        w=$(vipsheader -f width "$f" 2>/dev/null || echo 0); h=$(vipsheader -f height "$f" 2>/dev/null || echo 0)
        [ $((w * h)) -ge 2000000 ] && echo "$f"; done | sort)
  echo "corpus: ${#sources[@]} source photographs, making $n files" >&2
  seq 0 $((n - 1)) | xargs -P 2 -I{} bash -c '
    i={}; src=("$@"); s="${src[$((i % ${#src[@]}))]}"
    mp=$(( 6 + (i * 7) % 19 ))                        # 6..24 megapixels
    w=$(vipsheader -f width "$s"); h=$(vipsheader -f height "$s")
    tw=$(python3 -c "import math;print(int(math.sqrt($mp*1e6*$w/$h)))"); th=$(( tw * h / w ))
    vips thumbnail "$s" "'"$corpus"'/tmp-$i.v" "$tw" --height "$th" --size force
    vips crop "'"$corpus"'/tmp-$i.v" "'"$corpus"'/photo-$(printf %04d "$i").jpg[Q=90]" $((i % 7)) $((i % 5)) $((tw - 8)) $((th - 6))
    rm -f "'"$corpus"'/tmp-$i.v"' _ "${sources[@]}"
  python3 - "$corpus" <<'PY' > "$corpus/.tags.args"
import os, sys
d = sys.argv[1]
agencies = [("AP", "AP Photo/{n}"), ("Reuters", "REUTERS/{n}"), ("AFP", "AFP"), ("Getty Images", "Getty Images"), ("EPA", "EPA-EFE")]
people = ["Martin Meissner", "Phil Noble", "Dita Alangkara", "Ashley Landis", "Kirsty Wigglesworth", "Anne-Christine Poujoulat"]
places = [("Saint-Denis", "France", "FRA"), ("Paris", "France", "FRA"), ("Marseille", "France", "FRA"), ("Lyon", "France", "FRA")]
for i, f in enumerate(sorted(x for x in os.listdir(d) if x.endswith(".jpg"))):
    agency, credit = agencies[i % len(agencies)]
    person = people[i % len(people)]
    city, country, code = places[i % len(places)]
    day = 1 + i % 11
    caption = f"Frame {i} of the bench corpus, made at the test venue in {city}, {country}, Aug. {day}, 2024. ({credit.format(n=person)})"
    for a in ["-charset", "iptc=UTF8", "-codedcharacterset=utf8", f"-IPTC:Caption-Abstract={caption}", f"-XMP-dc:Description={caption}",
              f"-IPTC:By-line={person}", f"-XMP-dc:Creator={person}", f"-IPTC:Credit={agency}", f"-XMP-photoshop:Credit={agency}",
              f"-IPTC:City={city}", f"-IPTC:Country-PrimaryLocationName={country}", f"-IPTC:Country-PrimaryLocationCode={code}",
              f"-IPTC:DateCreated=2024:08:{day:02d}", "-IPTC:Keywords=bench", "-IPTC:Keywords=Olympics",
              f"-IPTC:OriginalTransmissionReference=BENCH{i:05d}", "-overwrite_original", os.path.join(d, f), "-execute"]:
        print(a)
PY
  exiftool -q -@ "$corpus/.tags.args" >/dev/null
}

[ "$(find "$corpus" -name '*.jpg' 2>/dev/null | wc -l)" -ge "$n" ] || build_corpus
[ "${CORPUS_ONLY:-0}" = 1 ] && exit 0   # bench/hotfolder-bench.sh only needs the files
mapfile -t files < <(find "$corpus" -name '*.jpg' | sort | head -n "$n")
half=$(( ${#files[@]} / 2 ))
bytes=$(cat "${files[@]}" | wc -c)
mp=$(for f in "${files[@]:0:20}"; do echo $(( $(vipsheader -f width "$f") * $(vipsheader -f height "$f") )); done | awk '{s+=$1} END {printf "%.1f", s/NR/1e6}')
cat "${files[@]}" > /dev/null   # warm the page cache
./photodesk --help > /dev/null  # build the jar and its start-up cache before timing
mkdir -p "$out/classes" "$out/empty"
javac -d "$out/classes" bench/Sha256Ceiling.java   # compiled before timing: the ceiling is hashing, not javac

now() { date +%s.%N; }
timed() { local t0; t0=$(now); "$@" > /dev/null 2>&1; echo "$(now) - $t0" | bc -l; }
split2() { # run "$@ FILES" on two halves at once
  "$@" "${files[@]:0:$half}" > /dev/null 2>&1 & local a=$!
  "$@" "${files[@]:$half}" > /dev/null 2>&1 & local b=$!
  wait $a $b
}
peer_pipeline() { # exiftool, then vipsthumbnail 1600, then vipsthumbnail 400, on the given files
  local o; o=$(mktemp -d)
  exiftool -json -fast -q "$@" > /dev/null
  vipsthumbnail --size 1600x -o "$o/%s-1600.jpg" "$@"
  vipsthumbnail --size 400x -o "$o/%s-400.jpg" "$@"
  rm -rf "$o"
}
djpeg_all() { for f in "$@"; do djpeg -outfile /dev/null "$f"; done; }
copy_synced() { # the disk floor of keeping originals: copy the files to a new folder and sync them
  local d; d=$(mktemp -d); cp "$@" "$d"/; sync -f "$d"; rm -rf "$d"; }
export -f peer_pipeline djpeg_all copy_synced
# Each run ingests into a new library created just before timing (an ingest of an empty folder: the schema migration,
# done once per library, is not part of ingesting photos). The timed command is the whole JVM run.
new_library() { local d; d=$(mktemp -d); ./photodesk ingest "$out/empty" --data "$d" > /dev/null 2>&1; echo "$d"; }
timed_ingest() { local d t0 t1; d=$(new_library); t0=$(now)
  ./photodesk ingest "$corpus" --data "$d" --workers "$1" ${2:-} > /dev/null 2>&1; t1=$(now); rm -rf "$d"; echo "$t1 - $t0" | bc -l; }

declare -A t
for w in 1 2; do
  t[sha$w]=$(t0=$(now); java -cp "$out/classes" Sha256Ceiling "$w" "$corpus" > /dev/null; echo "$(now) - $t0" | bc -l)
  if [ "$w" = 1 ]; then
    t[exif$w]=$(timed exiftool -json -fast -q "${files[@]}")
    t[peer$w]=$(timed bash -c 'peer_pipeline "$@"' _ "${files[@]}")
    t[djpeg$w]=$(timed bash -c 'djpeg_all "$@"' _ "${files[@]}")
    t[copy$w]=$(timed bash -c 'copy_synced "$@"' _ "${files[@]}")
  else
    t[exif$w]=$(t0=$(now); split2 exiftool -json -fast -q; echo "$(now) - $t0" | bc -l)
    t[peer$w]=$(t0=$(now); split2 bash -c 'peer_pipeline "$@"' _; echo "$(now) - $t0" | bc -l)
    t[djpeg$w]=$(t0=$(now); split2 bash -c 'djpeg_all "$@"' _; echo "$(now) - $t0" | bc -l)
    t[copy$w]=$(t0=$(now); split2 bash -c 'copy_synced "$@"' _; echo "$(now) - $t0" | bc -l)
  fi
  t[pds$w]=$(timed_ingest "$w" --no-renditions)
  t[pdf$w]=$(timed_ingest "$w")
done

renderer=$(d=$(new_library); ./photodesk ingest "${files[0]}" --data "$d" 2>/dev/null | sed -n 's/^renditions: //p'; rm -rf "$d")
mkdir -p "$out"
rate() { echo "scale=1; ${#files[@]} / $1" | bc -l; }
ratio() { echo "scale=2; $2 / $1" | bc -l; }   # how many times faster the first (time $1) is than the second (time $2)
{
  echo "Corpus: ${#files[@]} JPEGs, $(( bytes / 1024 / 1024 )) MB, about $mp megapixels each (first 20), quality 90; warm cache; $(nproc) cores; $(date -u +%F)."
  echo "Rendering path: $renderer. Times are whole commands, JVM start-up included; Photodesk ingests into a library created just before (not timed); the SHA-256 ceiling is compiled before timing. Command: bench/ingest-bench.sh $n"
  echo
  echo "| measure | 1 worker files/s | 2 workers files/s |"
  echo "|---|---|---|"
  echo "| Java SHA-256 over the same bytes (ceiling) | $(rate "${t[sha1]}") | $(rate "${t[sha2]}") |"
  echo "| copy and sync the same files (disk floor of keeping originals) | $(rate "${t[copy1]}") | $(rate "${t[copy2]}") |"
  echo "| exiftool -json -fast | $(rate "${t[exif1]}") | $(rate "${t[exif2]}") |"
  echo "| **Photodesk ingest until searchable** | $(rate "${t[pds1]}") | $(rate "${t[pds2]}") |"
  echo "| peer pipeline: exiftool + vipsthumbnail 1600 + vipsthumbnail 400 | $(rate "${t[peer1]}") | $(rate "${t[peer2]}") |"
  echo "| djpeg full decode (decode ceiling) | $(rate "${t[djpeg1]}") | $(rate "${t[djpeg2]}") |"
  echo "| **Photodesk full ingest (both renditions)** | $(rate "${t[pdf1]}") | $(rate "${t[pdf2]}") |"
  echo
  echo "| ratio | 1 worker | 2 workers | target |"
  echo "|---|---|---|---|"
  echo "| searchable / SHA-256 ceiling | $(ratio "${t[pds1]}" "${t[sha1]}") | $(ratio "${t[pds2]}" "${t[sha2]}") | >= 0.8 |"
  echo "| searchable / exiftool | $(ratio "${t[pds1]}" "${t[exif1]}") | $(ratio "${t[pds2]}" "${t[exif2]}") | about 2.5 |"
  echo "| full ingest / peer pipeline | $(ratio "${t[pdf1]}" "${t[peer1]}") | $(ratio "${t[pdf2]}" "${t[peer2]}") | >= 1.5 |"
  echo "| full ingest / djpeg decode | $(ratio "${t[pdf1]}" "${t[djpeg1]}") | $(ratio "${t[pdf2]}" "${t[djpeg2]}") | |"
} | tee "$out/results.md"
