/**
 * BREAKDOWN's quote block: each line of a quote once, with what was read (issue 10): its amount
 * as written, its category and whether that was inferred, the eligible cost it adds (after its
 * 対象外 part, discounts, the month limit and tax) and the months that count. The words are
 * Texts: a cell joins their languages, the pane shows one (quoteReading).
 */
import { cut } from '../errors/messages';
import { bi, cellText, type Text } from '../errors/text';
import { price } from '../engine/calculate';
import type { CountedLine } from '../engine/quoteCosts';
import { truncateYen } from '../money/truncateYen';

export const QUOTE_HEADER: readonly Text[] = [
  { ja: '見積明細', en: 'quote line' }, { ja: '見積額', en: 'amount' }, { ja: '区分', en: 'category' }, { ja: '対象額', en: 'counted' }, { ja: '月数', en: 'months' }, { ja: '区分の根拠', en: 'category from' },
];

/** One line as read: its row and label, amount, category, counted cost, months and how the category was found. */
export interface QuoteLineView {
  readonly line: Text;
  readonly amount: number;
  readonly category: Text;
  /** The eligible cost it adds (whole yen), or null for a discount (it reduces others). */
  readonly counted: number | null;
  /** The months as written, or "counted/written" when prorated; '' when none. */
  readonly months: string | number;
  readonly from: Text | null;
}

function categoryText(c: CountedLine): Text {
  const { line } = c;
  const name = line.category ? bi(line.category.label, '') : bi('対象外', 'ineligible');
  if (!line.discount) return name;
  if (line.discount.spread) return bi('値引き・按分', 'discount, spread');
  return bi(`値引き: ${name.ja}`, name.en === '' ? 'discount' : `discount: ${name.en}`);
}

function howText(c: CountedLine): Text | null {
  const { line } = c;
  if (line.how === 'name') return bi(`品名から推定「${line.from ?? ''}」`, 'inferred from the item name');
  if (line.how === 'category') return bi(`区分の語から推定「${line.from ?? ''}」`, 'inferred from the category text');
  if (line.how === 'heading') return bi(`見出し「${cut(line.from ?? '')}」から推定`, 'from the section heading');
  return null;
}

function monthsText(c: CountedLine): string | number {
  const m = c.line.months;
  if (m === undefined) return '';
  return c.limit === undefined ? m : `${c.limit}/${m}`;
}

/** A text per distinct key, made once: a long quote repeats its 品名 and categories. */
function memo<K, T>(make: (c: CountedLine) => T): (key: K, c: CountedLine) => T {
  const made = new Map<K, T>();
  return (key, c) => {
    let t = made.get(key);
    if (t === undefined) made.set(key, (t = make(c)));
    return t;
  };
}

/** Each line as read, in Texts (the pane's quote table). */
export function quoteReading(lines: readonly CountedLine[]): QuoteLineView[] {
  const label = memo<string, string>((c) => cut(c.line.label ?? ''));
  const category = memo<unknown, Text>(categoryText);
  const spreadDiscount = memo<unknown, Text>(categoryText);
  const categoryDiscount = memo<unknown, Text>(categoryText);
  const how = memo<string, Text | null>(howText);
  const out: QuoteLineView[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    const { line } = c;
    const shown = label(line.label ?? '', c);
    const byCategory = !line.discount ? category : line.discount.spread ? spreadDiscount : categoryDiscount;
    out[i] = {
      line: shown === '' ? bi(`${line.row}行目`, `line ${line.row}`) : bi(`${line.row}行目 ${shown}`, `line ${line.row}: ${shown}`),
      amount: line.amount,
      category: byCategory(line.category, c),
      counted: line.discount ? null : truncateYen(c.counted),
      months: monthsText(c),
      from: line.how === undefined ? null : how(`${line.how}\u0001${line.from ?? ''}`, c),
    };
  }
  return out;
}

/** How the core read a quote range for a scenario, line by line; none for a plain cost. */
export function quoteReadingOf(frame: unknown, cost: unknown, size: unknown, options: unknown): QuoteLineView[] {
  if (!Array.isArray(cost)) return [];
  const p = price(frame, cost, size, options, true);
  return p.kind === 'single' && p.e.lines ? quoteReading(p.e.lines) : [];
}

/** The block's cells: the header, then a row a line ("2行目 品名", amounts, texts in their cell form). */
export function quoteLineRows(lines: readonly CountedLine[]): (string | number)[][] {
  const rows: (string | number)[][] = [QUOTE_HEADER.map(cellText)];
  // a line's label is its cell as it always was: "2行目 品名" (cells count rows in Japanese)
  for (const v of quoteReading(lines)) rows.push([v.line.ja, v.amount, cellText(v.category), v.counted ?? '', v.months, v.from ? cellText(v.from) : '']);
  return rows;
}
