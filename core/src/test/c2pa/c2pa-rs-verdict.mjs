// Reads each file given with c2pa-rs (WebAssembly build from npm) and prints one JSON line per file:
// {file, state, failures: [codes]}; state is c2pa-rs's validation_state (Invalid, Valid, Trusted) or ERROR.
// Usage: node c2pa-rs-verdict.mjs PACKAGE_DIR [--anchors PEM_FILE] FILE...
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , packageDir, ...rest] = process.argv;
let anchors = null;
if (rest[0] === '--anchors') {
  anchors = readFileSync(rest[1], 'utf8');
  rest.splice(0, 2);
}
const c2pa = await import(pathToFileURL(`${packageDir}/pkg/c2pa.js`).href);
c2pa.initSync({ module: readFileSync(`${packageDir}/pkg/c2pa_bg.wasm`) });
const context = anchors ? JSON.stringify({ trust: { trust_anchors: anchors }, verify: { verify_trust: true } }) : null;
for (const file of rest) {
  const format = file.endsWith('.png') ? 'image/png' : 'image/jpeg';
  try {
    const reader = await c2pa.WasmReader.fromBytes(format, readFileSync(file), context);
    const store = JSON.parse(reader.json());
    const failures = (store.validation_results?.activeManifest?.failure ?? []).map((f) => f.code);
    console.log(JSON.stringify({ file, state: store.validation_state, failures }));
  } catch (e) {
    console.log(JSON.stringify({ file, state: 'ERROR', failures: [String(e)] }));
  }
}
