#!/usr/bin/env bash
# Burst benchmark (issue 13): N tagged JPEGs dropped at once into the hot folder of a running desk, timed until all
# are searchable (the API's total) and until all previews exist, against `exiftool -json -fast` and the peer pipeline
# (exiftool, vipsthumbnail 1600, vipsthumbnail 400, two at a time) on the same files in the same run.
#   bench/hotfolder-bench.sh [FILES]     (default 200; the corpus is bench/ingest-bench.sh's)
# Writes bench/out/hotfolder-results.md. BENCH_JAR=path runs that jar instead of ./photodesk (a build to compare
# against); BENCH_JFR=file.jfr records the desk with Java Flight Recorder (bench/desk/jfr-summary.py reads it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" hotfolder "${1:-200}"
mkdir -p "$work/hot"
start_desk --hot-folder "$work/hot"

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
{
  echo "# Hot-folder burst ($(date -u +%F), ${#files[@]} files, $(nproc) cores, load $load)"
  echo
  peer_rows
  echo "| Photodesk hot folder: all searchable | $(printf %.2f "$searchable") | $(per_second "$searchable") | $(ratio "$exif" "$searchable") x exiftool |"
  echo "| Photodesk hot folder: all previews made | $(printf %.2f "$previewable") | $(per_second "$previewable") | $(ratio "$peers" "$previewable") x the peer pipeline |"
  echo
  echo "The ${#files[@]} files made $photos photos (files carrying the same agency item id are versions of one photo)."
  echo "The times for the hot folder run from the first file's copy ($(printf %.2f "$copied") s to copy all) and include"
  echo "the hot folder's settle time (a file is taken once unchanged for 1 s; the desk looks at the folder every 0.25 s)."
} | tee "$out/hotfolder-results.md"
