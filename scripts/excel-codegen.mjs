// Loads excel-addin/codegen (TypeScript, importing the core's declarations from source) for the
// build scripts: esbuild bundles it into a temporary module that Node then imports.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function loadExcelCodegen() {
  const dir = mkdtempSync(join(tmpdir(), 'ithojo-excel-codegen-'));
  const outfile = join(dir, 'codegen.mjs');
  try {
    await build({
      entryPoints: [join(ROOT, 'excel-addin/codegen/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
