// Apps Script build: dist/gas/Code.js (generated ITHOJO_<ID> wrappers + core and gas/ adapter as
// one IIFE), Server.js (the ITHOJO menu and the sidebar's server functions), Sidebar.html (the
// pane's UI, inlined), Help.html (the function reference), appsscript.json, and the library
// paste-in file outside the pushed folder.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sidebarHtml } from './build-ui.mjs';
import { loadCoreContract } from './gas-core-contract.mjs';
import { codeJs, libraryWrappersJs, serverJs } from './gas-wrappers.mjs';
import { loadTs } from './load-ts.mjs';
import { stripDocs } from './strip-docs.mjs';

const OUT = 'dist/gas';
// Outside OUT on purpose: clasp pushes every .js under rootDir, and these wrappers reference the
// library identifier, which does not exist inside the library itself.
const LIBRARY_OUT = 'dist/gas-library';
const GLOBAL_NAME = 'ithojoLib_';
const SERVER_GLOBAL = 'ithojoServer_';

/**
 * The sidebar's two scopes, exactly: the open spreadsheet only, and the sidebar/menu UI. Custom
 * functions use no service, so they still run without authorisation.
 */
const SCOPES = ['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];

async function bundleAdapter(entry = 'gas/index.ts', globalName = GLOBAL_NAME) {
  const result = await build({
    entryPoints: [entry],
    // Apps Script evaluates every script file on every call: UTF-8 text (not \uXXXX escapes, a
    // third of the file) and no help texts (the JSDoc wrappers carry them) halve the cost
    charset: 'utf8',
    plugins: [stripDocs()],
    bundle: true,
    format: 'iife',
    globalName,
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

export function checkManifest(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const scopes = [...(manifest.oauthScopes ?? [])].sort();
  if (manifest.runtimeVersion !== 'V8' || JSON.stringify(scopes) !== JSON.stringify(SCOPES)) {
    throw new Error(`${file}: runtimeVersion must be V8 and oauthScopes exactly ${SCOPES.join(', ')}`);
  }
}

/** Server.js: the entry points by their top-level names (gas/server/names.ts), onOpen first. */
async function buildServer() {
  const { SERVER_FUNCTIONS, SIDEBAR_FILE, HELP_FILE } = await loadTs('gas/server/names.ts');
  const entries = { onOpen: 'onOpen', ...Object.fromEntries(Object.entries(SERVER_FUNCTIONS).map(([exported, name]) => [name, exported])) };
  writeFileSync(`${OUT}/Server.js`, serverJs(entries, await bundleAdapter('gas/server/index.ts', SERVER_GLOBAL), SERVER_GLOBAL));
  writeFileSync(`${OUT}/${SIDEBAR_FILE}.html`, await sidebarHtml());
  const { renderHelpPage } = await loadTs('excel-addin/codegen/helpPage.ts');
  const { DECLARATIONS } = await loadCoreContract();
  writeFileSync(`${OUT}/${HELP_FILE}.html`, renderHelpPage(DECLARATIONS, { flavour: 'sheets' }));
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
  await buildServer();

  const kB = (Buffer.byteLength(code) / 1024).toFixed(1);
  const size = (f) => `${(Buffer.byteLength(readFileSync(`${OUT}/${f}`)) / 1024).toFixed(1)} kB`;
  console.log(
    `built ${OUT}/Code.js (${kB} kB, ${DECLARATIONS.length} functions), Server.js (${size('Server.js')}), Sidebar.html (${size('Sidebar.html')}), ` +
      `Help.html (${size('Help.html')}), appsscript.json, ${LIBRARY_OUT}/library-wrappers.js`,
  );
}
