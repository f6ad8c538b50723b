// npm run bench: core throughput on a mixed 100,000-row scenario set, next to a plain-float
// baseline `Math.min(Math.floor(c * r), cap)` over the same rows, in one run (issue 2 "Done when").
// Loads the Node build dist/core/ithojo.cjs (npm run build first). Prints figures only.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const bundle = path.join(here, '../dist/core/ithojo.cjs');
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run npm run build first`);
  process.exit(1);
}
const core = require(bundle);

const ROWS = 100_000;
const RUNS = 5;

/** Deterministic pseudo-random numbers (a 32-bit LCG), so every run prices the same rows. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Scenario kinds with the headline rate and cap the float baseline uses. The core prices the same
 * rows by the full rules (bands, tiers, floors, account ratios, 税込), so the baseline is the
 * cheapest formula a spreadsheet could use, not an equivalent one.
 */
const KINDS = [
  { frame: '通常枠', size: '中小企業', options: '', rate: 1 / 2, cap: 1_499_999 },
  { frame: '通常枠', size: '中小企業', options: 'プロセス=4, 賃上げ', rate: 1 / 2, cap: 4_500_000 },
  { frame: '通常枠', size: '小規模事業者', options: 'プロセス=4, 最低賃金近傍', rate: 2 / 3, cap: 4_500_000 },
  { frame: '通常枠', size: null, options: '税込', rate: 1 / 2, cap: 1_499_999 },
  { frame: 'インボイス対応類型', size: '中小企業', options: '', rate: 3 / 4, cap: 500_000 },
  { frame: 'インボイス対応類型', size: '中小企業', options: '機能=2', rate: 3 / 4, cap: 3_500_000 },
  { frame: 'インボイス対応類型', size: '小規模事業者', options: '機能=2', rate: 4 / 5, cap: 3_500_000 },
  { frame: 'インボイス対応類型', size: '小規模事業者', options: '機能=2, 計算方式=事務局ツール', rate: 4 / 5, cap: 3_500_000 },
  { frame: 'セキュリティ対策推進枠', size: '中小企業', options: '', rate: 1 / 2, cap: 1_500_000 },
  { frame: 'セキュリティ対策推進枠', size: '小規模事業者', options: '税込', rate: 2 / 3, cap: 1_500_000 },
  { frame: '電子取引類型', size: '中小企業', options: '口座=80/100', rate: 2 / 3, cap: 3_500_000 },
  { frame: '電子取引類型', size: '大企業', options: '口座=90/100, 税込', rate: 1 / 2, cap: 3_500_000 },
];

function scenarios(n) {
  const rnd = lcg(20250318);
  const frame = [], cost = [], size = [], options = [];
  const rate = new Float64Array(n), cap = new Float64Array(n), c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = KINDS[Math.floor(rnd() * KINDS.length)];
    const yen = 10_000 + Math.floor(rnd() * (10_000_000 - 10_000 + 1));
    frame.push([k.frame]);
    cost.push([yen]);
    size.push([k.size]);
    options.push([k.options]);
    rate[i] = k.rate;
    cap[i] = k.cap;
    c[i] = yen;
  }
  return { frame, cost, size, options, rate, cap, c };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times fn RUNS times after a warm-up; returns the median seconds and the last result. */
function time(fn, warmups = 2) {
  let result;
  for (let i = 0; i < warmups; i++) result = fn();
  const secs = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    secs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { secs: median(secs), all: secs, result };
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;

const S = scenarios(ROWS);
console.log(`ITHOJO core benchmark: ${fmt(ROWS)} mixed rows (${KINDS.length} frame/size/option kinds, costs 10,000–10,000,000 yen), median of ${RUNS} runs after warm-up`);
console.log(`node ${process.version}, ${bundle}`);

// 1. the core: one bulk AMOUNT call over N×1 ranges prices every row
const bulk = time(() => core.AMOUNT(S.frame, S.cost, S.size, S.options));
const answers = bulk.result;
let errors = 0;
let subsidy = 0;
for (const row of answers) {
  if (typeof row[0] === 'number') subsidy += row[0];
  else errors++;
}

// 2. the plain-float baseline over the same rows
const baseline = time(() => {
  const out = new Float64Array(ROWS);
  const { c, rate, cap } = S;
  for (let i = 0; i < ROWS; i++) out[i] = Math.min(Math.floor(c[i] * rate[i]), cap[i]);
  return out;
}, 5);
const baselineSum = baseline.result.reduce((a, b) => a + b, 0);

// 3. one call per row, as a host that calls each cell separately would
const SCALAR_ROWS = ROWS;
const scalar = time(() => {
  let sum = 0;
  for (let i = 0; i < SCALAR_ROWS; i++) sum += core.AMOUNT(S.frame[i][0], S.cost[i][0], S.size[i][0], S.options[i][0]);
  return sum;
});

const coreRate = ROWS / bulk.secs;
const baseRate = ROWS / baseline.secs;
const scalarRate = SCALAR_ROWS / scalar.secs;
console.log('');
console.log(`core bulk AMOUNT (N×1 ranges):    ${fmt(coreRate).padStart(13)} evaluations/s   (${ms(bulk.secs)} per ${fmt(ROWS)} rows; runs ${bulk.all.map(ms).join(', ')})`);
console.log(`core scalar AMOUNT (one per row): ${fmt(scalarRate).padStart(13)} evaluations/s   (${ms(scalar.secs)} per ${fmt(SCALAR_ROWS)} rows)`);
console.log(`float baseline min(floor(c*r),cap):${fmt(baseRate).padStart(13)} evaluations/s   (${ms(baseline.secs)} per ${fmt(ROWS)} rows)`);
console.log(`ratio baseline / core bulk:       ${(baseRate / coreRate).toFixed(1).padStart(13)}x slower than the float formula`);
console.log(`check: ${fmt(subsidy)} yen of subsidy over the rows, ${errors} error cells; baseline sum ${fmt(baselineSum)} yen (headline rates only)`);

// 4. the Apps Script build, when its benchmark exists (written by another helper)
const gasBench = path.join(here, 'bench-gas.mjs');
console.log('');
if (existsSync(gasBench)) {
  const { benchGas } = await import(pathToFileURL(gasBench).href);
  if (typeof benchGas === 'function') await benchGas();
  else console.log('scripts/bench-gas.mjs exports no benchGas(): skipped');
} else {
  console.log('scripts/bench-gas.mjs not found: Apps Script benchmark skipped');
}
