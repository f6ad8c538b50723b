// Node build of the core: dist/core/ithojo.cjs exports the contract functions by id.
import { build } from 'esbuild';

export async function buildCore() {
  await build({
    entryPoints: ['core/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: 'dist/core/ithojo.cjs',
    logLevel: 'warning',
  });
  console.log('built dist/core/ithojo.cjs');
}
