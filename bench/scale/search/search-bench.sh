#!/usr/bin/env bash
# Search index benchmark (issue 10 point 3): the embedded Lucene index and one local OpenSearch node on the same
# generated photos: index rate, then search with facets at 8 clients (p50/p95/p99), one index after the other.
#   bench/scale/search/search-bench.sh [--photos 100000] [--clients 8] [--warmup 20] [--duration 30]
# Builds core, embedded, scale-node and scale (no install), starts a node with scale/start-opensearch in
# bench/out/scale-search/opensearch (unless PHOTODESK_INDEX names a running one), runs SearchBench.java and writes
# bench/out/scale-search/scale-search-results.md. Loopback only; stops the node it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
photos=100000; clients=8; warmup=20; duration=30
while [ $# -gt 0 ]; do
  case "$1" in
    --photos) photos="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    *) echo "usage: bench/scale/search/search-bench.sh [--photos N] [--clients N] [--warmup S] [--duration S]" >&2; exit 2 ;;
  esac
done
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; break; fi
done
export PATH="$JAVA_HOME/bin:$PATH" MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
out="$root/bench/out/scale-search"; mkdir -p "$out"

echo "building..." >&2
mvn -q -B -o -pl scale -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt" >&2
cp="$root/scale/target/classes:$root/scale/target/test-classes:$(cat "$out/classpath.txt")"

started=0
if [ -z "${PHOTODESK_INDEX:-}" ]; then
  eval "$(scale/start-opensearch "$out/opensearch")"
  started=1
fi
cleanup() { if [ "$started" = 1 ]; then scale/stop-opensearch "$out/opensearch" || true; fi; }
trap cleanup EXIT
node="${PHOTODESK_INDEX%/*}"

java -Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" bench/scale/search/SearchBench.java \
  "$out" "$node/bench" "$photos" "$clients" "$warmup" "$duration" 2> >(grep -v -e WARNING -e 'incubator' >&2)
echo "results: $out/scale-search-results.md (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
