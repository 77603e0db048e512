#!/usr/bin/env bash
# Puts the official C2PA SDK (c2pa-rs built to WebAssembly, npm package @contentauth/c2pa-wasm) in
# core/target/c2pa-wasm, where C2paRsOracleIT finds it. The package ships its .wasm inside the npm tarball: nothing
# is downloaded from anywhere but the npm registry. Without it the IT is skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
version="${C2PA_WASM_VERSION:-0.15.0}"
dest=target/c2pa-wasm
if [[ -f "$dest/package/pkg/c2pa_bg.wasm" ]]; then
  echo "c2pa-wasm already in $dest"
  exit 0
fi
mkdir -p "$dest"
(cd "$dest" && npm pack --silent "@contentauth/c2pa-wasm@$version" >/dev/null && tar xzf contentauth-c2pa-wasm-*.tgz)
echo "c2pa-wasm $version in $dest/package"
