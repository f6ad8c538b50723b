/**
 * BREAKDOWN's quote block: each line of a quote once, with what was read (issue 10): its amount
 * as written, its category and whether that was inferred, the eligible cost it adds (after its
 * 対象外 part, discounts, the month limit and tax) and the months that count.
 */
import { cut } from '../errors/messages';
import type { CountedLine } from '../engine/quoteCosts';
import { truncateYen } from '../money/truncateYen';

const QUOTE_HEADER = ['見積明細 (quote line)', '見積額 (amount)', '区分 (category)', '対象額 (counted)', '月数 (months)', '区分の根拠 (category from)'];

function categoryText(c: CountedLine): string {
  const { line } = c;
  const name = line.category?.label ?? '対象外 (ineligible)';
  if (!line.discount) return name;
  return line.discount.spread ? '値引き・按分 (discount, spread)' : `値引き: ${name} (discount)`;
}

function howText(c: CountedLine): string {
  const { line } = c;
  if (line.how === 'name') return `品名から推定「${line.from ?? ''}」 (inferred from the item name)`;
  if (line.how === 'category') return `区分の語から推定「${line.from ?? ''}」 (inferred from the category text)`;
  if (line.how === 'heading') return `見出し「${cut(line.from ?? '')}」から推定 (from the section heading)`;
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

export function quoteLineRows(lines: readonly CountedLine[]): (string | number)[][] {
  const rows: (string | number)[][] = new Array(lines.length + 1);
  rows[0] = [...QUOTE_HEADER];
  const label = memo<string>((c) => cut(c.line.label ?? ''));
  const category = memo<unknown>(categoryText);
  const spreadDiscount = memo<unknown>(categoryText);
  const categoryDiscount = memo<unknown>(categoryText);
  const how = memo<string>(howText);
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    const { line } = c;
    const shown = label(line.label ?? '', c);
    const byCategory = !line.discount ? category : line.discount.spread ? spreadDiscount : categoryDiscount;
    rows[i + 1] = [
      shown === '' ? `${line.row}行目` : `${line.row}行目 ${shown}`,
      line.amount,
      byCategory(line.category, c),
      line.discount ? '' : truncateYen(c.counted),
      monthsText(c),
      line.how === undefined ? '' : how(`${line.how}\u0001${line.from ?? ''}`, c),
    ];
  }
  return rows;
}
