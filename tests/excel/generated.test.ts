/**
 * excel-addin/functions.ts is generated from the core's declarations and checked in: it must be
 * exactly what the generator writes today, so a new or changed declaration cannot ship stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DECLARATIONS } from '../../core';
import { renderWrappers, WRAPPERS_PATH } from '../../excel-addin/codegen';
import { ROOT } from './support/excel';

test('the checked-in wrappers are what the generator writes (else run: node scripts/gen-excel-functions.mjs)', () => {
  const checkedIn = fs.readFileSync(path.join(ROOT, WRAPPERS_PATH), 'utf8');
  expect(checkedIn).toBe(renderWrappers(DECLARATIONS));
});

test('the generated file says it is generated', () => {
  expect(renderWrappers(DECLARATIONS).split('\n')[0]).toMatch(/^\/\/ GENERATED .*do not edit/);
});

test('the generator refuses declarations it cannot turn into wrappers', () => {
  const [first] = DECLARATIONS;
  expect(() => renderWrappers([first, first])).toThrow(/duplicate id/);
  expect(() => renderWrappers([{ ...first, id: 'amount' }])).toThrow(/UPPER/);
  expect(() => renderWrappers([{ ...first, params: [{ ...first.params[0], name: 'class' }] }])).toThrow(/identifier/);
  expect(() => renderWrappers([{ ...first, en: 'ends */ the comment' }])).toThrow(/JSDoc/);
  const optionalFirst = [{ ...first.params[0], optional: true }, ...first.params.slice(1)];
  expect(() => renderWrappers([{ ...first, params: optionalFirst }])).toThrow(/follows an optional/);
});
