/**
 * setClock (core/time/clock.ts) refuses a clock that does not give a time (issue 19): before, a
 * clock returning NaN made every dated answer name the day "0NaN-NaN-NaN".
 */
import { CHECK, DEADLINE, IthojoError, setClock, today } from '../../core';
import { TEST_NOW } from '../support/clock';

afterEach(() => setClock(() => TEST_NOW));

describe('setClock', () => {
  test.each([
    ['NaN', () => NaN],
    ['a string', () => '2026-12-07' as unknown as number],
    ['a Date', () => new Date(TEST_NOW) as unknown as number],
    ['undefined', () => undefined as unknown as number],
    ['Infinity', () => Infinity],
    ['beyond any Date', () => 9e15],
  ])('refuses a clock that gives %s, and keeps the one it had', (_what, bad) => {
    expect(() => setClock(bad)).toThrow(IthojoError);
    expect(() => setClock(bad)).toThrow(/^時計が時刻を返しません.*\(the clock gave no time/);
    expect(today()).toBe('2026-06-01');
  });

  test('refuses what is not a function', () => {
    expect(() => setClock(42 as unknown as () => number)).toThrow(/^setClock には関数か null を渡してください \(setClock takes a function or null\)$/);
  });

  test('a clock that stops giving a time later is an error in the answer, never a day named 0NaN-NaN-NaN', () => {
    let ms = TEST_NOW;
    setClock(() => ms);
    ms = NaN;
    expect(() => today()).toThrow(/時計が時刻を返しません/);
    expect(String(CHECK('通常枠', 1000000))).toMatch(/^時計が時刻を返しません/);
    expect(String(CHECK('通常枠', 1000000))).not.toMatch(/NaN-NaN/);
    expect(() => DEADLINE('通常枠')).toThrow(/時計が時刻を返しません/);
  });

  test('a good clock sets the day (Asia/Tokyo)', () => {
    setClock(() => Date.parse('2026-12-06T15:00:00Z')); // 2026-12-07 00:00 in Tokyo
    expect(today()).toBe('2026-12-07');
  });
});
