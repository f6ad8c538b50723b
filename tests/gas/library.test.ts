/**
 * The paste-in file for library use: the same ITHOJO_<ID> functions and JSDoc as Code.js, each
 * passing its arguments to <identifier>.ITHOJO_<ID>, the library's own function.
 */
import * as path from 'node:path';
import { DECLARATIONS } from '../../core';
import { actualParams, topLevelFunctions } from './jsdoc';
import { ROOT, loadScript, loadSheets } from './sheetsHost';

const LIBRARY_WRAPPERS = path.join(ROOT, 'dist/gas-library/library-wrappers.js');
const library = loadSheets();
// The user's script: the pasted file, with the library under its identifier.
const user = loadScript(LIBRARY_WRAPPERS, { ITHOJO: library.global });

test('defines one wrapper per declaration, with the same JSDoc as Code.js', () => {
  const pasted = topLevelFunctions(user.source);
  const own = topLevelFunctions(library.source).filter((f) => f.name.startsWith('ITHOJO_'));
  expect(pasted.map((f) => f.name)).toEqual(DECLARATIONS.map((d) => `ITHOJO_${d.id}`));
  expect(pasted).toEqual(own);
  for (const d of DECLARATIONS) expect(actualParams(user.global[`ITHOJO_${d.id}`])).toEqual(d.params.map((p) => p.name));
});

test('a wrapper answers what the library answers', () => {
  const amount = user.global.ITHOJO_AMOUNT as (...a: unknown[]) => unknown;
  expect(amount('通常枠', 1000000, '中小企業', 'プロセス=2')).toBe(500000);
  expect(() => amount('通常枠', -1)).toThrow(/^経費がマイナスです/);
  // a function the library evaluates on demand reads the library's own HTML file
  const minwage = user.global.ITHOJO_MINWAGE as (...a: unknown[]) => unknown;
  expect(minwage('東京都', library.date('2026-06-01'))).toBe((library.fn('MINWAGE') as (...a: unknown[]) => unknown)('東京都', library.date('2026-06-01')));
  expect(library.filesRead).toEqual(['CoreOnDemand']);
  // so does a frame of another program than IT (事業承継促進枠: 1/2 of 8,000,000)
  expect(amount('事業承継促進枠', 8_000_000)).toBe(4_000_000);
  expect(library.filesRead).toEqual(['CoreOnDemand', 'CoreOtherPrograms']);
});

test('defines nothing but the wrappers in the user\'s script', () => {
  expect(Object.keys(user.global).filter((k) => k !== 'ITHOJO').sort()).toEqual(DECLARATIONS.map((d) => `ITHOJO_${d.id}`).sort());
});
