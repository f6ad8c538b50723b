/**
 * Parity: the same inputs give the same answers (values and error messages) through the Excel
 * bundle (dist/excel/functions.js), the Sheets bundle (dist/gas/Code.js) and the Node build
 * (dist/core/ithojo.cjs), each called with the arguments its host really passes: every vector,
 * and at least 10,000 generated inputs (hostile ones among them). Nothing ever throws anything
 * but the host's own error with the core's message.
 */
import fc from 'fast-check';
import { DECLARATIONS } from '../../core';
import { loadVectors } from '../gas/vectors';
import { inputsFor } from './arbitraries';
import { loadBuilds } from './builds';
import { argOf, OMITTED } from './inputs';

const GENERATED = 10_000;
const SEED = 20250401;

const builds = loadBuilds();
const vectors = loadVectors().flatMap((f) => f.cases);
const mismatches = builds.mismatches;

test('all three builds define every declared function', () => {
  const ids = DECLARATIONS.map((d) => d.id);
  expect([...builds.excelIds].sort()).toEqual([...ids].sort());
  for (const id of ids) expect([id, builds.has(id)]).toEqual([id, { excel: true, sheets: true, node: true }]);
});

test('every vector gives the same answer in Excel, Sheets and Node', () => {
  const inputs = vectors.map((c) => {
    const decl = DECLARATIONS.find((d) => d.id === c.fn);
    if (!decl) throw new Error(`vector ${c.id}: no declaration for ${c.fn}`);
    return { id: decl.id, args: decl.params.map((p) => argOf(c[p.name])) };
  });
  expect(inputs.length).toBe(vectors.length);
  expect(mismatches(inputs).slice(0, 10)).toEqual([]);
});

test('every declaration\'s example gives the same answer in Excel, Sheets and Node', () => {
  const inputs = DECLARATIONS.map((d) => ({ id: d.id, args: d.params.map((_p, i) => argOf(d.example.args[i])) }));
  expect(mismatches(inputs)).toEqual([]);
});

const DATED = [
  { id: 'MINWAGE', args: [argOf('東京都'), { cell: { day: '2025-10-03' } }] },
  { id: 'MINWAGE', args: [argOf('東京都'), { cell: { day: '2025-10-02' } }] },
  { id: 'MINWAGE', args: [{ range: [['東京都'], ['大阪府']] }, { range: [[{ day: '2025-01-01' }, { day: '2025-12-31' }]] }] },
  { id: 'DEADLINE', args: [argOf('通常枠'), argOf(5)] },
  { id: 'DEADLINE', args: [argOf('通常枠'), argOf(7), argOf('年度=2025')] },
  { id: 'DEADLINE', args: [argOf('通常枠'), OMITTED] },
].filter((input) => DECLARATIONS.some((d) => d.id === input.id));

test('dates in (date cells vs serials) and dates out (Date vs serial) agree on the day', () => {
  expect(DATED.length).toBeGreaterThan(0);
  expect(mismatches(DATED)).toEqual([]);
});

test(`${GENERATED}+ generated inputs give the same answer in Excel, Sheets and Node`, () => {
  const perFunction = Math.ceil(GENERATED / DECLARATIONS.length);
  const inputs = DECLARATIONS.flatMap((d, i) => fc.sample(inputsFor(d, vectors), { numRuns: perFunction, seed: SEED + i }));
  expect(inputs.length).toBeGreaterThanOrEqual(GENERATED);
  const wrong = mismatches(inputs);
  expect({ count: wrong.length, first: wrong.slice(0, 8) }).toEqual({ count: 0, first: [] });
});
