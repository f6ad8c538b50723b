/**
 * The Node build `dist/core/ithojo.cjs` (made by `npm run build`, which `npm test` runs first)
 * exports every declared function by id and answers like the TypeScript source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DECLARATIONS, FUNCTIONS } from '../../core';
import { TEST_NOW } from '../support/clock';
import { argsOf, loadCases } from './helpers';

const BUNDLE = path.join(__dirname, '../../dist/core/ithojo.cjs');

describe('dist/core/ithojo.cjs', () => {
  test('exists (run `npm run build` first)', () => {
    expect(fs.existsSync(BUNDLE)).toBe(true);
  });

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (): Record<string, unknown> => {
    const built = require(BUNDLE) as Record<string, unknown>;
    // the Node build has its own clock: the same fixed instant as the source under test
    (built.setClock as (fn: () => number) => void)(() => TEST_NOW);
    return built;
  };

  test('exports every declared function by id', () => {
    const built = load();
    for (const d of DECLARATIONS) expect({ id: d.id, type: typeof built[d.id] }).toEqual({ id: d.id, type: 'function' });
  });

  /** A call's answer, or its error as `{ error: message }`, so both builds compare alike. */
  const outcome = (fn: (...a: unknown[]) => unknown, args: unknown[]): unknown => {
    try {
      return fn(...args);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };

  test('answers every declared vector exactly like the source', () => {
    const built = load();
    const src = FUNCTIONS as Record<string, (...a: unknown[]) => unknown>;
    const cases = loadCases().filter(([, c]) => DECLARATIONS.some((d) => d.id === c.fn));
    expect(cases.length).toBeGreaterThan(20);
    for (const [, c] of cases) {
      const args = argsOf(c);
      expect({ id: c.id, answer: outcome(built[c.fn] as (...a: unknown[]) => unknown, args) }).toEqual({ id: c.id, answer: outcome(src[c.fn], args) });
    }
  });

  test('answers the IT導入補助金 vector normal-basic with the golden value', () => {
    const [, c] = loadCases().find(([, x]) => x.id === 'normal-basic')!;
    expect((load().AMOUNT as (...a: unknown[]) => unknown)(...argsOf(c))).toBe(c.expect);
  });

  test('answers a scenario range like the source', () => {
    const built = load();
    const args = [[['通常枠'], ['インボイス対応類型'], ['セキュリティ対策推進枠']], [[1000000, 90000]], '小規模事業者', '機能=2'];
    expect((built.AMOUNT as (...a: unknown[]) => unknown)(...args)).toEqual(FUNCTIONS.AMOUNT(...args));
  });
});
