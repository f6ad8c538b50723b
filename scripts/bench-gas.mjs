// Apps Script timing: loads dist/gas/Code.js in an empty node:vm realm, as Apps Script evaluates
// it on every custom-function call, and times a 10,000-row ITHOJO_AMOUNT range call.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const CODE_JS = 'dist/gas/Code.js';
const ROWS = 10_000;
const RUNS = 5;

function ms(t0) {
  return `${(performance.now() - t0).toFixed(1)} ms`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchGas() {
  const source = readFileSync(CODE_JS, 'utf8');
  const costs = Array.from({ length: ROWS }, (_, i) => [1_000_000 + i * 997]);

  // A fresh realm per run: Apps Script starts each custom-function call from a fresh evaluation.
  const loads = [];
  const firstCalls = [];
  let t0;
  for (let run = 0; run < RUNS; run++) {
    const context = vm.createContext({});
    t0 = performance.now();
    vm.runInContext(source, context, { filename: 'Code.js' });
    loads.push(performance.now() - t0);
    t0 = performance.now();
    const answer = context.ITHOJO_AMOUNT('通常枠', costs, '中小企業', 'プロセス=2');
    firstCalls.push(performance.now() - t0);
    if (answer.length !== ROWS || answer[0][0] !== 500_000) throw new Error('ITHOJO_AMOUNT gave a wrong answer');
  }
  const context = vm.createContext({});
  vm.runInContext(source, context);
  context.ITHOJO_AMOUNT('通常枠', 1_000_000);
  t0 = performance.now();
  context.ITHOJO_AMOUNT('通常枠', costs, '中小企業', 'プロセス=2');
  const warm = ms(t0);

  console.log(`Apps Script (dist/gas/Code.js, ${(Buffer.byteLength(source) / 1024).toFixed(1)} kB)`);
  console.log(`  load (top level only)            ${median(loads).toFixed(1)} ms (median of ${RUNS})`);
  console.log(`  ITHOJO_AMOUNT 10,000×1, cold     ${median(firstCalls).toFixed(1)} ms (median of ${RUNS}; includes evaluating the bundled core)`);
  console.log(`  ITHOJO_AMOUNT 10,000×1, warm     ${warm}`);
}
