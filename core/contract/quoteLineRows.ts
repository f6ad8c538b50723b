/**
 * BREAKDOWN's quote block: each line of a quote once, with what was read (issue 10): its amount
 * as written, its category and whether that was inferred, the eligible cost it adds (after its
 * 対象外 part, the month limit, tax, the group cap, and for a discount what it takes off) and the
 * months that count. The counted column adds up to the tier rows' costs (issue 19): each row
 * shows the whole-yen step of the running exact sum, so fractions of a yen (÷1.1, pro rata
 * shares) are carried, not dropped row by row.
 */
import { cut } from '../errors/messages';
import type { CountedLine } from '../engine/quoteCosts';
import { addInt, floorDiv, frac, mulInt, type Frac, type Int } from '../money/exact';
import { reduce } from '../money/fracSum';
import { placesOf } from '../quote/places';

const QUOTE_HEADER = ['見積明細 (quote line)', '見積額 (amount)', '区分 (category)', '対象額 (counted)', '月数 (months)', '区分の根拠 (category from)'];

function categoryText(c: CountedLine): string {
  const { line } = c;
  if (line.notPriced) return '別途 (priced elsewhere)';
  const name = line.category?.label ?? '対象外 (ineligible)';
  if (!line.discount) return name;
  return line.discount.spread ? '値引き・按分 (discount, spread)' : `値引き: ${name} (discount)`;
}

function howText(c: CountedLine): string {
  const { line } = c;
  if (line.how === 'name') return `品名から推定「${line.from ?? ''}」 (inferred from the item name)`;
  if (line.how === 'category') return `区分の語から推定「${line.from ?? ''}」 (inferred from the category text)`;
  if (line.how === 'heading' || line.how === 'level') return `見出し「${cut(line.from ?? '')}」から推定 (from the section heading)`;
  if (line.how === 'above') return `上の行「${cut(line.from ?? '')}」から推定 (from the row above)`;
  return '';
}

function monthsText(c: CountedLine): string | number {
  const m = c.line.months;
  if (m === undefined) return '';
  return c.limit === undefined ? m : `${c.limit}/${m}`;
}

/** A text per distinct key, made once: a long quote repeats its 品名 and categories. */
function memo<K>(make: (c: CountedLine) => string): (key: K, c: CountedLine) => string {
  const made = new Map<K, string>();
  return (key, c) => {
    let t = made.get(key);
    if (t === undefined) made.set(key, (t = make(c)));
    return t;
  };
}

/**
 * A running exact sum of many fractions: one numerator over the least common denominator of
 * the few denominators a quote has (1, 11 for ÷1.1, a pro rata share's), so 100,000 lines add in
 * time linear in their number.
 */
class Running {
  private n: Int = 0;
  private d: Int = 1;

  add(x: Frac): void {
    if (x.d === 1 && this.d === 1) {
      this.n = addInt(this.n, x.n);
      return;
    }
    if (x.d !== this.d && x.d !== 1) {
      const k = reduce(frac(this.d, x.d)).d; // d ÷ gcd: the factor that makes this.d the lcm
      if (k !== 1) {
        this.n = mulInt(this.n, k);
        this.d = mulInt(this.d, k);
      }
    }
    this.n = addInt(this.n, x.d === this.d ? x.n : mulInt(x.n, floorDiv(this.d, x.d)));
  }

  floor(): number {
    return this.d === 1 ? Number(this.n) + 0 : Number(floorDiv(this.n, this.d)) + 0;
  }
}

export function quoteLineRows(lines: readonly CountedLine[]): (string | number)[][] {
  const rows: (string | number)[][] = new Array(lines.length + 1);
  rows[0] = [...QUOTE_HEADER];
  const places = placesOf(lines);
  const label = memo<string>((c) => cut(c.line.label ?? ''));
  const category = memo<unknown>(categoryText);
  const spreadDiscount = memo<unknown>(categoryText);
  const categoryDiscount = memo<unknown>(categoryText);
  const how = memo<string>(howText);
  const sum = new Running();
  let shown = 0;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    const { line } = c;
    if (c.cap !== undefined) {
      // a group cap's excess, taken off on a row of its own so the column adds up to the tier rows
      sum.add(c.counted!);
      const to = sum.floor();
      rows[i + 1] = [`${c.cap} の上限 (cap)`, '', '', to - shown + 0, '', '上限を超える分 (above the cap)'];
      shown = to;
      continue;
    }
    const text = label(line.label ?? '', c);
    const byCategory = line.notPriced ? categoryDiscount : !line.discount ? category : line.discount.spread ? spreadDiscount : categoryDiscount;
    let counted: number | '' = '';
    if (c.counted !== null) {
      sum.add(c.counted);
      const to = sum.floor();
      counted = to - shown + 0;
      shown = to;
    }
    const at = places.short(line.row);
    rows[i + 1] = [
      text === '' ? at : `${at} ${text}`,
      line.amount,
      byCategory(line.notPriced ? 'notPriced' : line.category, c),
      counted,
      monthsText(c),
      line.how === undefined ? '' : how(`${line.how}\u0001${line.from ?? ''}`, c),
    ];
  }
  return rows;
}
