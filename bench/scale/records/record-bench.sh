#!/usr/bin/env bash
# Record benchmark of issue 10 (not a timed test): N synthetic photo records (bench/scale/records/RecordBench.java)
# loaded into the embedded default (SQLite + Lucene) and into the scale-out backends (PostgreSQL + OpenSearch), with
# 1, 2 and 4 workers, then searched with facets by 8 clients; one set of backends after the other, never both at once.
#   bench/scale/records/record-bench.sh [--photos 100000] [--clients 8] [--warmup 15] [--duration 30]
#                                       [--only embedded|scale] [--nice N]
# Builds core, embedded, scale-node and scale (no install); starts PostgreSQL, S3Proxy and one OpenSearch node with
# scale/start-local in bench/out/records/servers unless PHOTODESK_STORE and PHOTODESK_INDEX name running ones, and
# stops what it started. Results: bench/out/records/record-bench-<backends>-<N>.md (rows for docs/scale.md).
# For 1,000,000 photos give the OpenSearch node more heap: OPENSEARCH_HEAP=1g (the default is 512m).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
photos=100000; clients=8; warmup=15; duration=30; only=""; niceness=10
while [ $# -gt 0 ]; do
  case "$1" in
    --photos) photos="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --nice) niceness="$2"; shift 2 ;;
    *) echo "usage: bench/scale/records/record-bench.sh [--photos N] [--clients N] [--warmup S] [--duration S] [--only embedded|scale] [--nice N]" >&2; exit 2 ;;
  esac
done
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH" MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
out="$root/bench/out/records"; mkdir -p "$out"

if [ ! -f "$out/classpath.txt" ] || [ -n "${REBUILD:-}" ]; then
  echo "building..." >&2
  mvn -q -B -o -pl scale -am package dependency:build-classpath -DskipTests -DskipITs -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$out/classpath.txt" >&2
fi
cp="$root/scale/target/classes:$(cat "$out/classpath.txt")"
jvm=(nice -n "$niceness" java -Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector
  --sun-misc-unsafe-memory-access=allow -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp"
  bench/scale/records/RecordBench.java)

if [ "$only" != "scale" ]; then
  echo "embedded, $photos photos..." >&2
  "${jvm[@]}" "$out" embedded "$photos" "$clients" "$warmup" "$duration" 2> >(grep -v -e WARNING -e incubator >&2)
  rm -rf "$out/embedded"
fi
if [ "$only" != "embedded" ]; then
  servers=""
  if [ -z "${PHOTODESK_STORE:-}" ] || [ -z "${PHOTODESK_INDEX:-}" ]; then
    servers="$out/servers"; rm -rf "$servers"
    eval "$(nice -n "$niceness" scale/start-local "$servers")"
  fi
  cleanup() { if [ -n "$servers" ]; then scale/stop-local "$servers" > /dev/null 2>&1 || true; fi; }
  trap cleanup EXIT
  schema="bench_$(date +%s)"
  echo "scale-out, $photos photos (schema $schema)..." >&2
  PHOTODESK_STORE="${PHOTODESK_STORE%%\?*}?schema=$schema" PHOTODESK_INDEX="${PHOTODESK_INDEX%/*}/$schema" \
    "${jvm[@]}" "$out" scale "$photos" "$clients" "$warmup" "$duration" 2> >(grep -v -e WARNING -e incubator >&2)
fi
echo "results: $out/record-bench-*-$photos.md (load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
