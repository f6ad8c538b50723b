/**
 * The corpus through the core (the TypeScript source, as tests/core runs it): every fixture's
 * AMOUNT, SELFPAY and CHECK as worked out by hand in its `explain`; an asked fixture's message
 * follows the message conventions and is the same in all three functions; BREAKDOWN shows the
 * same subsidy and self-payment.
 */
import { FUNCTIONS } from '../../core';
import { expectGoodMessage } from '../core/helpers';
import { QUOTE_FUNCTIONS, argsOf, isAsked, loadCorpus, mismatch, shownBy, type Fixture } from './fixtures';

const corpus = loadCorpus();

describe.each(corpus.map((f) => [f.id, f] as const))('%s (core)', (_id, f) => {
  const args = argsOf(f);

  test.each(QUOTE_FUNCTIONS.map((fn) => [fn]))('%s', (fn) => {
    expect(mismatch(f, fn, shownBy(() => FUNCTIONS[fn](...args)))).toBeNull();
  });

  if (isAsked(f.expect)) {
    test('one message in every function, in both languages', () => {
      const shown = QUOTE_FUNCTIONS.map((fn) => shownBy(() => FUNCTIONS[fn](...args)));
      const messages = shown.map((s) => ('error' in s ? s.error : String(s.value)));
      expect(new Set(messages).size).toBe(1);
      expectGoodMessage(messages[0]);
    });
  } else {
    const { AMOUNT, SELFPAY } = f.expect;
    test('BREAKDOWN shows the same subsidy and self-payment', () => {
      const t = FUNCTIONS.BREAKDOWN(...args) as unknown[][];
      expect(t.find((r) => r[0] === '補助金額 (subsidy)')?.[4]).toBe(AMOUNT);
      expect(t.find((r) => r[0] === '自己負担額 (self-payment)')?.[4]).toBe(SELFPAY);
    });

    // Where every counted yen comes from a line (no 役務 cap cutting a group, no 口座 ratio), the
    // quote block's counted column adds up to the tier rows' costs, with or without 税込 (issue 19:
    // 999,999 vs 1,000,000)
    if (linesMakeTheCost(f)) {
      test('BREAKDOWN\'s quote block adds up to its tier rows', () => {
        const t = FUNCTIONS.BREAKDOWN(...args) as unknown[][];
        const tiers = t.slice(1, t.findIndex((r) => r[0] === '補助金額 (subsidy)'));
        const block = t.slice(t.findIndex((r) => r[0] === '見積明細 (quote line)') + 1);
        const sum = (rows: unknown[][], column: number): number => rows.reduce((s, r) => s + (typeof r[column] === 'number' ? (r[column] as number) : 0), 0);
        expect(block.length).toBeGreaterThan(0);
        expect(sum(block, 3)).toBe(sum(tiers, 1));
      });
    }
  }
});

/** No 口座 ratio, and the 役務 lines stay within 200万円 (it2025.md §2.2): the ledger says so. */
function linesMakeTheCost(f: Fixture): boolean {
  if (f.frame === '電子取引類型' || !f.ledger) return false;
  const services = f.ledger.lines.filter(([, c]) => ['consulting', 'setup', 'maintenance'].includes(c)).reduce((s, [, , x]) => s + Number(x), 0);
  return services <= 2_000_000;
}
