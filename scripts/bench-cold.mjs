// One cold range call in a fresh process: load a build (`node`, `excel` or `sheets`) in the normal
// global scope and time its first 100,000-row AMOUNT call. Prints {"secs": …} for scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { BENCH_NOW, scenarios } from './bench-data.mjs';

const [build, rowsText] = process.argv.slice(2);
const dist = (p) => path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', p);
const S = scenarios(Number(rowsText));
Date.now = () => BENCH_NOW;

let amount;
const t0 = process.hrtime.bigint();
if (build === 'node') {
  const core = createRequire(import.meta.url)(dist('core/ithojo.cjs'));
  amount = core.AMOUNT;
} else if (build === 'excel') {
  const associated = new Map();
  globalThis.CustomFunctions = {
    associate: (id, fn) => associated.set(id, fn),
    Error: class extends Error {},
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  vm.runInThisContext(readFileSync(dist('excel/functions.js'), 'utf8'));
  amount = associated.get('AMOUNT');
} else {
  vm.runInThisContext(readFileSync(dist('gas/Code.js'), 'utf8'));
  amount = globalThis.ITHOJO_AMOUNT;
}
// the load counts: a cold call is the first after the build is evaluated
amount(S.frame, S.cost, S.size, S.options);
console.log(JSON.stringify({ secs: Number(process.hrtime.bigint() - t0) / 1e9 }));
