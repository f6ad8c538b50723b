/**
 * The corpus through the Apps Script build (dist/gas/Code.js in an empty global, arguments as
 * Sheets passes them), as tests/gas/quotes.test.ts does: the hand-checked answers, an asked
 * fixture as a thrown Error (CHECK: its message as the answer).
 */
import { callSheets, loadSheets } from '../gas/sheetsHost';
import { QUOTE_FUNCTIONS, argsOf, isAsked, loadCorpus, mismatch, type Shown } from './fixtures';

const host = loadSheets();

function shownInSheets(fn: string, args: readonly unknown[]): Shown {
  const out = callSheets(host, fn, args);
  if ('value' in out) return { value: out.value };
  expect(out.name).toBe('Error/Error');
  return { error: out.thrown };
}

describe.each(loadCorpus().map((f) => [f.id, f] as const))('%s (Sheets)', (_id, f) => {
  const args = argsOf(f);

  test.each(QUOTE_FUNCTIONS.map((fn) => [fn]))('%s', (fn) => {
    expect(mismatch(f, fn, shownInSheets(fn, args))).toBeNull();
  });

  if (!isAsked(f.expect)) {
    const { AMOUNT } = f.expect;
    test('BREAKDOWN shows the same subsidy', () => {
      const out = callSheets(host, 'BREAKDOWN', args);
      expect('value' in out && (out.value as unknown[][]).find((r) => r[0] === '補助金額 (subsidy)')?.[4]).toBe(AMOUNT);
    });
  }
});
