/**
 * Summary rows (小計, 合計, 消費税, 税込合計 …) are not lines (rules/README.md ruling). A 小計,
 * 合計 or 税抜合計 that differs from the lines above it is a warning: the lines count.
 */
import { addInt, type Int } from '../money/exact';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { keyOf } from './labelKey';
import { SUMMARY_WORDS, type SummaryKind } from './words';
import { lazy } from '../lazy';

const kindByWord = lazy(() => {
  const m = new Map<string, SummaryKind>();
  for (const [kind, words] of SUMMARY_WORDS) for (const w of words) if (!m.has(keyOf(w).key)) m.set(keyOf(w).key, kind);
  return m;
});

/** The kind of summary a label names, or undefined: "合計(税込)" is tax-inclusive, "税抜合計" before tax. */
export function summaryKind(label: string): SummaryKind | undefined {
  const { key, tax } = keyOf(label);
  const kind = kindByWord().get(key);
  if (kind !== 'total' && kind !== 'subtotal') return kind;
  if (tax === 'included') return 'gross';
  return tax === 'excluded' && kind === 'total' ? 'net' : kind;
}

/** Running sums of the lines as the quote writes them, to check its own subtotals against. */
export class SummaryCheck {
  private sinceSubtotal: Int = 0;
  private running: Int = 0;
  private tax: Int = 0;
  readonly warnings: string[] = [];

  line(amount: number): void {
    this.sinceSubtotal = addInt(this.sinceSubtotal, amount);
    this.running = addInt(this.running, amount);
  }

  /**
   * A summary row. A 小計 may close a section (the lines since the last 小計) or sum all lines so
   * far; a 合計 may be before tax or after the 消費税 rows above it; a 税抜合計 is before tax.
   */
  summary(kind: SummaryKind, amount: number | undefined, row: number, label: string): void {
    if (kind === 'tax') {
      if (amount !== undefined) this.tax = addInt(this.tax, amount);
      return;
    }
    if (amount === undefined || kind === 'gross') return;
    const ok = kind === 'subtotal'
      ? [this.sinceSubtotal, this.running]
      : kind === 'total' ? [this.running, addInt(this.running, this.tax)] : [this.running];
    if (!ok.some((x) => x == amount)) this.warnings.push(QUOTE_MSG.summaryMismatch(row, label, amount, ok[0]));
    if (kind === 'subtotal') this.sinceSubtotal = 0;
  }
}
