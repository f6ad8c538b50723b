// Apps Script build: dist/gas/Code.js (generated ITHOJO_<ID> wrappers + core and gas/ adapter as
// one IIFE), dist/gas/appsscript.json, and the library paste-in file outside the pushed folder.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCoreContract } from './gas-core-contract.mjs';
import { codeJs, libraryWrappersJs } from './gas-wrappers.mjs';

const OUT = 'dist/gas';
// Outside OUT on purpose: clasp pushes every .js under rootDir, and these wrappers reference the
// library identifier, which does not exist inside the library itself.
const LIBRARY_OUT = 'dist/gas-library';
const GLOBAL_NAME = 'ITHOJO_LIB';

async function bundleAdapter() {
  const result = await build({
    entryPoints: ['gas/index.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2019',
    // The core reads text amounts exactly with BigInt (ES2020); Apps Script's V8 runtime has it,
    // and es2019 keeps every other construct within what Apps Script parses.
    supported: { bigint: true },
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function checkManifest(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  if (manifest.runtimeVersion !== 'V8' || 'oauthScopes' in manifest) {
    throw new Error(`${file}: runtimeVersion must be V8 and there must be no oauthScopes`);
  }
}

export async function buildGas() {
  const { DECLARATIONS, FUNCTIONS } = await loadCoreContract();
  const missing = DECLARATIONS.filter((d) => typeof FUNCTIONS[d.id] !== 'function').map((d) => d.id);
  if (missing.length > 0) throw new Error(`declared but not in FUNCTIONS: ${missing.join(', ')}`);

  mkdirSync(OUT, { recursive: true });
  mkdirSync(LIBRARY_OUT, { recursive: true });
  const code = codeJs(DECLARATIONS, await bundleAdapter(), GLOBAL_NAME);
  writeFileSync(`${OUT}/Code.js`, code);
  checkManifest('gas/appsscript.json');
  copyFileSync('gas/appsscript.json', `${OUT}/appsscript.json`);
  writeFileSync(`${LIBRARY_OUT}/library-wrappers.js`, libraryWrappersJs(DECLARATIONS));

  const kB = (Buffer.byteLength(code) / 1024).toFixed(1);
  console.log(`built ${OUT}/Code.js (${kB} kB, ${DECLARATIONS.length} functions), ${OUT}/appsscript.json, ${LIBRARY_OUT}/library-wrappers.js`);
}
