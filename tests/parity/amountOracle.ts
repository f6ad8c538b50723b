/**
 * An independent reading of the amount grammar (README "金額・数値の書き方", core/input/
 * numberGrammar.ts), written with regular expressions and decimal.js instead of the core's
 * scanner: the fuzz tests' oracle for which texts are amounts, and their value.
 */
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_DOWN });

const TAX = '(?:税込み?|税抜き?|税別)';
const INT = '(?:0|[1-9]\\d*|[1-9]\\d{0,2}(?:,\\d{3})+)';
const GROUP = `(?:(?:${INT})?千(?:${INT})?|${INT}(?:\\.\\d+)?|\\d{4})`;
/** After a unit the last group is four digits (zeros first allowed: 1万0500) or a 千 group with its digit (quote-reading.md §Q15). */
const TAIL = `(?:\\d{4}|[1-9]\\d{0,2},\\d{3}|${INT}千(?:${INT})?)`;
const AMOUNT = new RegExp(
  `^(?:(${TAX}):? ?)?([-\\u2212▲△] ?)?(?:([¥\\\\]) ?)?(?:(${GROUP})億)?(?:(${GROUP})万)?(${GROUP})? ?(円)?(-)? ?(?:\\((${TAX})\\)|(${TAX}))? ?$`,
);
const UNIT_TAIL = new RegExp(`^${TAIL}$`);

export interface OracleAmount {
  /** The exact value (negative for a minus sign). */
  readonly value: Decimal;
  readonly tax: 'included' | 'excluded' | null;
}

function groupValue(text: string): { value: Decimal; fraction: boolean } | null {
  const sen = /^((?:\d|,)*)千((?:\d|,)*)$/.exec(text);
  if (sen) {
    const head = sen[1] === '' ? new D(1) : new D(sen[1].replace(/,/g, ''));
    const rest = sen[2] === '' ? new D(0) : new D(sen[2].replace(/,/g, ''));
    if (rest.gte(1000)) return null;
    return { value: head.times(1000).plus(rest), fraction: false };
  }
  return { value: new D(text.replace(/,/g, '')), fraction: text.includes('.') };
}

function taxOf(word: string | undefined): 'included' | 'excluded' | null {
  if (word === undefined) return null;
  return word.startsWith('税込') ? 'included' : 'excluded';
}

/** The amount a text means, or null when the grammar does not read it. */
export function oracleAmount(raw: string): OracleAmount | null {
  if (raw.length > 200) return null;
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const [, leadTax, sign, yenSign, oku, man, tail, yenWord, dash, parenTax, bareTax] = m;
  if (leadTax !== undefined && (parenTax !== undefined || bareTax !== undefined)) return null;
  // "500,000-": a trailing dash only after ¥ or 円 (§Q13)
  if (dash !== undefined && yenSign === undefined && yenWord === undefined) return null;
  const parts = [oku, man, tail];
  if (parts.every((p) => p === undefined)) return null;
  const hasUnit = oku !== undefined || man !== undefined;
  // "1万5", "2億千": asked (§Q15); a bare 千 after 億 too ("2億千万")
  if (hasUnit && tail !== undefined && !UNIT_TAIL.test(tail)) return null;
  if (oku !== undefined && man !== undefined && /^千/.test(man)) return null;
  // zeros first only in a group that follows a unit (1億0500万, 1万0500)
  const padded = (g: string | undefined): boolean => g !== undefined && /^0\d/.test(g);
  if (padded(oku) || (padded(man) && oku === undefined) || (padded(tail) && !hasUnit)) return null;
  let value = new D(0);
  let lastSeen = -1;
  const read: ({ value: Decimal; fraction: boolean } | null)[] = parts.map((p) => (p === undefined ? null : groupValue(p)));
  for (let i = 0; i < 3; i++) {
    if (parts[i] === undefined) continue;
    const g = read[i];
    if (g === null) return null;
    if (hasUnit && g.value.gte(10000)) return null;
    lastSeen = i;
  }
  for (let i = 0; i < 3; i++) {
    const g = read[i];
    if (parts[i] === undefined || g === null) continue;
    if (g.fraction && i !== lastSeen) return null;
    value = value.plus(g.value.times(new D(10).pow(i === 0 ? 8 : i === 1 ? 4 : 0)));
  }
  return { value: sign ? value.negated() : value, tax: taxOf(leadTax ?? parenTax ?? bareTax) };
}
