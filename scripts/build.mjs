// npm run build: every bundle into dist/. Each host's build lives in its own file.
import { rmSync } from 'node:fs';
import { buildCore } from './build-core.mjs';
import { buildExcel } from './build-excel.mjs';
import { buildGas } from './build-gas.mjs';

rmSync('dist', { recursive: true, force: true });
await buildCore();
await buildExcel();
await buildGas();
