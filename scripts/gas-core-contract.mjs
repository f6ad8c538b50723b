// The core's DECLARATIONS and FUNCTIONS for the Apps Script generator, bundled in memory from
// core/index.ts so the build needs no earlier step's output.
import { build } from 'esbuild';

export async function loadCoreContract() {
  const result = await build({
    entryPoints: ['core/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports;
}
