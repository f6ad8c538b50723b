/**
 * BREAKDOWN's rows for rate tiers that add up (issue 10): the costs shown per tier sum to the
 * eligible cost (1円未満切り捨て) and the subsidies to the amount, even when a tier boundary falls
 * inside a yen (the インボイス split at 2,000,000/3 = 666,666.67 yen of cost).
 *
 * How: costs are shown as differences of whole-yen cumulative ends. A boundary inside a bucket is
 * rounded up (the yen that reaches a tier's subsidy bound belongs to that tier: 666,667 × 3/4 =
 * 500,000.25 → 500,000, as the row shows); a bucket's end is rounded down, so the rows sum to the
 * truncated total. Subsidies are always computed on the exact parts; a note gives the exact
 * boundary. When the scenario is not eligible every shown subsidy is 0, like AMOUNT.
 */
import { QUOTE_MSG } from '../errors/quoteMessages';
import { bi, type Text } from '../errors/text';
import { add, compare, floorDiv, frac, sub, ZERO, type Frac } from '../money/exact';
import { decimalText, fractionText } from '../money/formatFrac';
import { formatRate } from '../money/rate';
import type { BreakdownLine } from './breakdown';
import type { BucketResult } from './evaluate';

function floorOf(x: Frac): number {
  return Number(floorDiv(x.n, x.d)) + 0;
}

function ceilOf(x: Frac): number {
  const f = floorOf(x);
  return compare(frac(f), x) === 0 ? f : f + 1;
}

export function tierRows(buckets: readonly BucketResult[], eligible: boolean): { rows: BreakdownLine[]; notes: Text[] } {
  const rows: BreakdownLine[] = [];
  const notes: Text[] = [];
  let start = ZERO; // exact cumulative cost before the bucket
  let shown = 0; // whole-yen cumulative end of the last row
  let fractional = false;
  for (const b of buckets) {
    if (b.parts.length === 0) continue;
    const end = add(start, b.cost);
    const endShown = floorOf(end);
    if (compare(frac(endShown), end) !== 0) fractional = true;
    let cum = start;
    let paid = 0;
    b.parts.forEach((t, i) => {
      cum = add(cum, t.cost);
      const last = i === b.parts.length - 1;
      const to = last ? endShown : Math.min(ceilOf(cum), endShown);
      if (!last && compare(frac(floorOf(cum)), cum) !== 0) {
        notes.push(QUOTE_MSG.tierBoundary(`${b.label} ${i + 1}段目/${i + 2}段目`, decimalText(sub(cum, start)), fractionText(sub(cum, start))));
      }
      // a bucket's last row takes what the cap leaves: the shown subsidies sum to the bucket's amount
      const after = !eligible ? 0 : last ? b.amount - paid : t.subsidy;
      paid += t.subsidy;
      rows.push({
        label: b.parts.length > 1 ? bi(`${b.label} (${i + 1}段目)`, `${b.label} (tier ${i + 1})`) : bi(b.label, ''),
        cost: to - shown, rate: formatRate(t.rate), before: t.subsidy, after, cap: last ? b.cap : null,
      });
      shown = to;
    });
    start = end;
  }
  if (fractional) notes.push(QUOTE_MSG.costFractions());
  return { rows, notes };
}
