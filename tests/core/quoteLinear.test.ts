/**
 * Any cell of a quote up to 50,000 characters is read in time linear in its length (issue 19:
 * 20 lines of a 32,767-character 品名 took 28 s; the month and percent patterns were quadratic).
 * A ratio, never an absolute time: the CPU time of reading cells of 2n characters over that of
 * cells of n stays near 2 (a quadratic reader gives 4). Measured in this process's CPU time, the
 * least of several runs, each on fresh text (nothing memoised helps a run).
 */
import { AMOUNT } from '../../core';

/** Long cells of the shapes that once backtracked, and of every pattern the reader now tokenises. */
const SHAPES: readonly ((n: number) => string)[] = [
  (n) => '1'.repeat(n),
  (n) => `クラウド${'1'.repeat(n - 5)}ヶ`,
  (n) => `保守 ${'12ヶ月'.repeat(Math.floor((n - 3) / 4))}`,
  (n) => `会計ソフト${'10%'.repeat(Math.floor((n - 5) / 3))}`,
  (n) => `ソフト${'('.repeat(n - 3)}`,
  (n) => `soft ${' '.repeat(n - 6)}x`,
  (n) => `クラウド${'三'.repeat(n - 4)}`,
  (n) => `クラウド${'2026年4月〜'.repeat(Math.floor((n - 4) / 8))}`,
  (n) => 'pc'.repeat(n / 2),
  (n) => `月額${'×'.repeat(n - 2)}`,
  (n) => `POSレジ${'ソフト'.repeat(Math.floor((n - 4) / 3))}`,
  (n) => `※${'a'.repeat(n - 1)}`,
  (n) => `${'小計'.repeat(n / 2)}`,
  (n) => `【${'ソフトウェア'.repeat(Math.floor(n / 6))}`,
];

let fresh = 0;
const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** The least CPU time of 5 runs reading every shape at length n, in the 品名, the 区分 and the 金額 cells. */
function cpuTime(n: number): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const quotes = SHAPES.flatMap((shape) => {
      const text = shape(n) + String.fromCharCode(0x4e00 + (fresh++ % 5000));
      return [[['区分', '品名', '金額'], ['ソフトウェア', text, 10000]], [['区分', '品名', '金額'], [text, '会計ソフト', 10000]], [['品名', '金額'], ['会計ソフト', text]]];
    });
    const t = cpuMicros();
    for (const q of quotes) {
      try {
        AMOUNT('通常枠', q);
      } catch {
        // an error is an answer too: what is timed is the reading
      }
    }
    best = Math.min(best, cpuMicros() - t);
  }
  return best;
}

test('cells of 50,000 characters take about twice the time of cells of 25,000 (linear, not quadratic)', () => {
  cpuTime(5_000); // warm up
  const once = cpuTime(25_000);
  const twice = cpuTime(50_000);
  expect(twice / once).toBeLessThan(3);
  expect(twice / once).toBeGreaterThan(1.2);
});
