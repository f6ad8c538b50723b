// Imports a TypeScript module (and what it imports, the core included) into a build script:
// esbuild bundles it in memory as ESM, and Node imports the text as a data: URL.
import { build } from 'esbuild';

export async function loadTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
