/**
 * The corpus through the core (the TypeScript source, as tests/core runs it): every fixture's
 * AMOUNT, SELFPAY and CHECK as worked out by hand in its `explain`; an asked fixture's message
 * follows the message conventions and is the same in all three functions; BREAKDOWN shows the
 * same subsidy and self-payment.
 */
import { FUNCTIONS } from '../../core';
import { expectGoodMessage } from '../core/helpers';
import { QUOTE_FUNCTIONS, argsOf, isAsked, loadCorpus, mismatch, shownBy } from './fixtures';

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
  }
});
