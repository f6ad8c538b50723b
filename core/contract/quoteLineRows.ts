/**
 * BREAKDOWN's quote block: each line of a quote once, with what was read (issue 10): its amount
 * as written, its category and whether that was inferred, the eligible cost it adds (after its
 * 対象外 part, the month limit, tax, the group cap, and for a discount what it takes off) and the
 * months that count. The counted column adds up to the tier rows' costs (issue 19): each row
 * shows the whole-yen step of the running exact sum, so fractions of a yen (÷1.1, pro rata
 * shares) are carried, not dropped row by row. The words are Texts: a cell joins their
 * languages, the pane shows one (quoteReading).
 */
import { cut } from '../errors/messages';
import { bi, cellText, type Text } from '../errors/text';
import type { CountedLine } from '../engine/quoteCosts';
import { addInt, floorDiv, frac, mulInt, type Frac, type Int } from '../money/exact';
import { reduce } from '../money/fracSum';
import { memoText } from '../quote/memo';
import { placesOf } from '../quote/places';

export const QUOTE_HEADER: readonly Text[] = [
  { ja: '見積明細', en: 'quote line' }, { ja: '見積額', en: 'amount' }, { ja: '区分', en: 'category' }, { ja: '対象額', en: 'counted' }, { ja: '月数', en: 'months' }, { ja: '区分の根拠', en: 'category from' },
];

/** One row of the block: a line as read, or the excess of a group cap taken off on a row of its own. */
export interface QuoteLineView {
  readonly line: Text;
  /** The amount as written; '' on a cap row. */
  readonly amount: number | '';
  readonly category: Text | null;
  /** The whole-yen step of the running counted sum this row adds (negative for a discount or a cap), or null. */
  readonly counted: number | null;
  /** The months as written, or "counted/written" when prorated; '' when none. */
  readonly months: string | number;
  readonly from: Text | null;
}

function categoryText(c: CountedLine): Text {
  const { line } = c;
  if (line.notPriced) return bi('別途', 'priced elsewhere');
  const name = line.category ? bi(line.category.label, '') : bi('対象外', 'ineligible');
  if (!line.discount) return name;
  // rules/quote-reading.md Q23: off the counted eligible cost, pro rata across buckets
  if (line.discount.spread) return bi('値引き (区分なし)', 'discount, no category');
  return bi(`値引き: ${name.ja}`, name.en === '' ? 'discount' : `discount: ${name.en}`);
}

function howText(c: CountedLine): Text | null {
  const { line } = c;
  if (line.how === 'name') return bi(`品名から推定「${line.from ?? ''}」`, 'inferred from the item name');
  if (line.how === 'category') return bi(`区分の語から推定「${line.from ?? ''}」`, 'inferred from the category text');
  if (line.how === 'heading' || line.how === 'level') return bi(`見出し「${cut(line.from ?? '')}」から推定`, 'from the section heading');
  if (line.how === 'above') return bi(`上の行「${cut(line.from ?? '')}」から推定`, 'from the row above');
  return null;
}

function monthsText(c: CountedLine): string | number {
  const m = c.line.months;
  if (m === undefined) return '';
  return c.limit === undefined ? m : `${c.limit}/${m}`;
}

/**
 * The words of a line (its category, and how that was found) in one form (Texts for the pane,
 * cell strings for BREAKDOWN), each made once per distinct kind: a long quote repeats them, and
 * a 100,000-line block must not allocate them per line.
 */
function wordsIn<T>(form: (t: Text) => T): { category(c: CountedLine): T; from(c: CountedLine): T | null } {
  const categories = new Map<unknown, T>();
  const froms = new Map<string, Map<string, T | null>>();
  return {
    category(c) {
      const { line } = c;
      const key = line.notPriced ? 'notPriced' : !line.discount ? line.category : line.discount.spread ? 'spread' : `discount\u0001${line.category?.id ?? ''}`;
      let t = categories.get(key);
      if (t === undefined) categories.set(key, (t = form(categoryText(c))));
      return t;
    },
    from(c) {
      const { how, from = '' } = c.line;
      if (how === undefined) return null;
      let byFrom = froms.get(how);
      if (!byFrom) froms.set(how, (byFrom = new Map()));
      let t = byFrom.get(from);
      if (t === undefined) {
        const text = howText(c);
        byFrom.set(from, (t = text === null ? null : form(text)));
      }
      return t;
    },
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

// a literal, not a call: a module-level call would keep this module in Code.js (scripts/gas-split.mjs)
const ABOVE_CAP: Text = { ja: '上限を超える分', en: 'above the cap' };

/**
 * Walks the lines with the running counted sum: each row gets the whole-yen step it adds (null
 * for a line that counts nothing); a group cap's excess is a row of its own, so the column adds
 * up to the tier rows.
 */
function walk<R>(lines: readonly CountedLine[], onCap: (cap: string, step: number) => R, onLine: (c: CountedLine, step: number | null) => R): R[] {
  const sum = new Running();
  let shown = 0;
  const out: R[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    let step: number | null = null;
    if (c.counted !== null) {
      sum.add(c.counted);
      const to = sum.floor();
      step = to - shown + 0;
      shown = to;
    }
    out[i] = c.cap !== undefined ? onCap(c.cap, step!) : onLine(c, step);
  }
  return out;
}

const same = (t: Text): Text => t;

/** Each line as read, in Texts (the pane's quote table). */
export function quoteReading(lines: readonly CountedLine[]): QuoteLineView[] {
  const places = placesOf(lines);
  const label = memoText(cut);
  const words = wordsIn(same);
  return walk<QuoteLineView>(
    lines,
    (cap, step) => ({ line: bi(`${cap} の上限`, 'cap'), amount: '', category: null, counted: step, months: '', from: ABOVE_CAP }),
    (c, step) => {
      const { line } = c;
      const text = label(line.label ?? '');
      const at = places.short(line.row);
      const atEn = places.shortEn(line.row);
      return {
        line: text === '' ? bi(at, atEn) : bi(`${at} ${text}`, `${atEn}: ${text}`),
        amount: line.amount, category: words.category(c), counted: step, months: monthsText(c), from: words.from(c),
      };
    },
  );
}

/** The block's cells: the header, then a row a line ("2行目 品名", amounts, texts in their cell form). */
export function quoteLineRows(lines: readonly CountedLine[]): (string | number)[][] {
  const places = placesOf(lines);
  const label = memoText(cut);
  const words = wordsIn(cellText);
  const above = cellText(ABOVE_CAP);
  const rows = walk<(string | number)[]>(
    lines,
    (cap, step) => [cellText(bi(`${cap} の上限`, 'cap')), '', '', step, '', above],
    (c, step) => {
      const { line } = c;
      // a line's label is its cell as it always was: "2行目 品名" (cells count rows in Japanese)
      const text = label(line.label ?? '');
      const at = places.short(line.row);
      return [text === '' ? at : `${at} ${text}`, line.amount, words.category(c), step ?? '', monthsText(c), words.from(c) ?? ''];
    },
  );
  rows.unshift(QUOTE_HEADER.map(cellText));
  return rows;
}
