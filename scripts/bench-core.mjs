// Core evaluations/s: one AMOUNT per row, as a cell-by-cell host calls it (section 1 of
// scripts/bench.mjs). Run as a script, it measures in a fresh process and prints {"perSec": …}:
// on the 2-core development VM, processes free to move between CPUs settle at either of two levels
// (up to about 1.6× apart in the same minute), while processes pinned to one CPU agree with each
// other at a level that follows the machine's load; so the bench shows several of each.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_NOW, scenarios } from './bench-data.mjs';

/** The sum of AMOUNT over the first n scenario rows, one call per row. */
export function amountRowByRow(core, S, n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += core.AMOUNT(S.frame[i][0], S.cost[i][0], S.size[i][0], S.options[i][0]);
  return sum;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  const core = createRequire(import.meta.url)(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'core', 'ithojo.cjs'));
  core.setClock(() => BENCH_NOW);
  const S = scenarios(n);
  const secs = [];
  // as section 1 in the bench's own process: 3 warm-ups, then the median of 5
  for (let run = -3; run < 5; run++) {
    const t0 = process.hrtime.bigint();
    amountRowByRow(core, S, n);
    if (run >= 0) secs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const median = secs.sort((a, b) => a - b)[2];
  console.log(JSON.stringify({ perSec: n / median }));
}
