#!/usr/bin/env bash
# Times the near-duplicate search at library scale (see SimilarBench.java); prints a markdown table.
# Usage: bench/similar/similar-bench.sh [HASHES] [PHOTOS]   (defaults 1000000 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" PATH="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin:$PATH"
cd "$root"
mvn -q -o -pl core compile
exec java -Xmx8g -XX:+UseParallelGC -cp core/target/classes bench/similar/SimilarBench.java "$@"
