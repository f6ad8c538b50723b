/**
 * The one grammar for numbers typed as text: amounts, wages, quantities, months, counts and
 * option values all read through `scanNumber`. It accepts a documented grammar, not whatever
 * survives stripping (README "金額・数値の書き方"):
 *
 *   text       := taxWord? sign? prefix? yenSign? sign? magnitude yenEnd? suffix? taxNote?   (after NFKC, trimmed)
 *               | "(" yenSign? magnitude "円"? ")"                accounting brackets: negative (¥-30,000 = (30,000))
 *   magnitude  := digits ("." digit+)?                      plain: 1000000, 1,000,000, 1000.5
 *               | (group "億")? (group "万")? last?          at least one unit, falling: 1億2,000万, 150万, 1.5万
 *   digits     := "0" | [1-9] digit*  |  [1-9] digit? digit? ("," digit digit digit)+
 *   group      := digits ("." digit+)?  |  digits? "千" digits?          each group < 10,000 (1万2千, 5千万)
 *   last       := four digits (1万5000, 1万0500, 1万2,500) | digits "千" digits?   after a unit: never 1万5 or 2億千
 *   yenSign    := "¥" | "\"           yenEnd := "円"? "-"?   (the yen dash, only after ¥ or 円: ¥1,000,000-, 500,000円-)
 *   taxNote    := "(" ("税抜" | "税抜き" | "税別" | "税込" | "税込み") ")"   or the bare word
 *
 * A fraction may stand only in the last group. Spaces may separate the tokens around the
 * magnitude, never the digits themselves ("100 200" is not a number). A trailing dash with no ¥
 * before the number or 円 before the dash ("500,000-") is refused: it could be a minus
 * (quote-reading.md §Q13); so is a bare digit or 千 after a unit ("1万5", "2億千": §Q15). Which
 * parts a caller allows (units, yen, sign, brackets, fraction, unit words) is its own choice; the
 * result is exact.
 */
export interface NumberRules {
  /** 万・億 (with 千) units. */
  readonly kanji?: boolean;
  /** ¥ / 円 / the yen dash / (税抜)・(税込) notes. */
  readonly yen?: boolean;
  /** A leading minus: -, −, ▲ or △ (quote-line discounts), before or after the yen sign (§Q12). */
  readonly sign?: boolean;
  /** Accounting brackets, (30,000), as a negative amount (the caller says where they may stand: §Q12, §Q31). */
  readonly brackets?: boolean;
  /** A fractional part. */
  readonly fraction?: boolean;
  /** Unit words allowed after the number (人, ヶ月, %, kl …), compared after NFKC. */
  readonly suffixes?: readonly string[];
  /** Words allowed before the number (第 of 第7次). */
  readonly prefixes?: readonly string[];
}

export type TaxNote = 'included' | 'excluded' | null;

export interface ScannedNumber {
  /** The magnitude is n / d, with d a power of ten: exact. */
  readonly n: bigint;
  readonly d: bigint;
  readonly negative: boolean;
  readonly tax: TaxNote;
  /** The unit word that followed the number ('' when none). */
  readonly suffix: string;
  /** Written in accounting brackets: (30,000). */
  readonly bracketed: boolean;
}

const TAX_WORDS: readonly (readonly [string, TaxNote])[] = [
  ['税抜き', 'excluded'], ['税抜', 'excluded'], ['税別', 'excluded'], ['税込み', 'included'], ['税込', 'included'],
];
const SIGNS = '-\u2212▲△';
const TEN_THOUSAND = 10_000n;
/** No number of this grammar is longer; longer text is refused before it is normalised. */
const MAX_TEXT = 200;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A cursor over the normalised text. */
class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.i >= this.s.length;
  }
  peek(): string {
    return this.s[this.i] ?? '';
  }
  spaces(): void {
    while (this.s[this.i] === ' ') this.i++;
  }
  eat(word: string): boolean {
    if (word !== '' && this.s.startsWith(word, this.i)) {
      this.i += word.length;
      return true;
    }
    return false;
  }
  /** The longest of `words` at the cursor, consumed; '' when none. */
  eatLongest(words: readonly string[]): string {
    let best = '';
    for (const w of words) if (w.length > best.length && this.s.startsWith(w, this.i)) best = w;
    this.i += best.length;
    return best;
  }
}

/**
 * digits := "0" | [1-9] digit* | [1-9] digit{0,2} ("," digit{3})+ — returns the digit text or null.
 * `padded`: after a unit, a group of exactly four digits may start with zeros (1万0500).
 */
function readDigits(c: Cursor, padded = false): string | null {
  const s = c.s;
  const start = c.i;
  let j = start;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  const run = j - start;
  if (run === 0) return null;
  if (run > 1 && s[start] === '0' && !(padded && run === 4)) return null; // no leading zeros: "0100" is a typo, not 100
  let text = s.slice(start, j);
  if (s[j] === ',') {
    if (run > 3) return null;
    while (s[j] === ',') {
      const g = j + 1;
      if (!(isDigit(s.charCodeAt(g)) && isDigit(s.charCodeAt(g + 1)) && isDigit(s.charCodeAt(g + 2)))) return null;
      if (isDigit(s.charCodeAt(g + 3))) return null;
      text += s.slice(g, g + 3);
      j = g + 3;
    }
  }
  c.i = j;
  return text;
}

/** A value with its decimal scale: value = n / 10^scale. */
interface Scaled {
  readonly n: bigint;
  readonly scale: number;
}

/** digits ("." digit+)? */
function readPlain(c: Cursor, fraction: boolean, padded = false): Scaled | null {
  const int = readDigits(c, padded);
  if (int === null) return null;
  if (fraction && c.peek() === '.' && isDigit(c.s.charCodeAt(c.i + 1))) {
    c.i++;
    const start = c.i;
    while (isDigit(c.s.charCodeAt(c.i))) c.i++;
    const frac = c.s.slice(start, c.i);
    return { n: BigInt(int + frac), scale: frac.length };
  }
  return { n: BigInt(int), scale: 0 };
}

/** A group as read, with what §Q15 needs to know of it. */
interface Group extends Scaled {
  /** Digits written (commas aside), 0 for a bare 千. */
  readonly digits: number;
  readonly thousand: boolean;
}

/** group := plain | digits? "千" digits? ; null when nothing numeric is here. */
function readGroup(c: Cursor, fraction: boolean, padded = false): Group | null {
  const start = c.i;
  const head = readPlain(c, fraction, padded);
  if (c.peek() !== '千') return head && { ...head, digits: c.s.slice(start, c.i).replace(/[,.]/g, '').length, thousand: false };
  if (head && head.scale > 0) {
    c.i = start;
    return null;
  }
  c.i++;
  const thousands = head ? head.n : 1n;
  const mark = c.i;
  const rest = readDigits(c);
  if (rest !== null && BigInt(rest) >= 1000n) {
    c.i = mark;
    return null;
  }
  return { n: thousands * 1000n + (rest === null ? 0n : BigInt(rest)), scale: 0, digits: head ? 1 : 0, thousand: true };
}

function lessThan(x: Scaled, limit: bigint): boolean {
  return x.n < limit * 10n ** BigInt(x.scale);
}

/** magnitude (see the grammar above); null when the text is not one. */
function readMagnitude(c: Cursor, rules: NumberRules): Scaled | null {
  const fraction = rules.fraction === true;
  if (!rules.kanji) return readPlain(c, fraction);
  let total: Scaled = { n: 0n, scale: 0 };
  let units = 0; // how many of 億, 万 were read
  let lastUnit = Infinity; // 8 for 億, 4 for 万
  let sawFraction = false;
  for (;;) {
    const g = readGroup(c, fraction, units > 0);
    if (g === null) break;
    if (sawFraction) return null; // a fraction may stand only in the last group
    const unit = c.peek() === '億' ? 8 : c.peek() === '万' ? 4 : 0;
    if (units > 0 || unit > 0) {
      if (!lessThan(g, TEN_THOUSAND)) return null; // each group is below the next unit: not 1万20000
    }
    // after a unit, a last group is four digits or a 千 with its digit: "1万5" and "2億千" are asked (§Q15)
    if (units > 0 && unit === 0 && (g.thousand ? g.digits === 0 : g.digits !== 4)) return null;
    if (units > 0 && unit > 0 && g.thousand && g.digits === 0) return null;
    if (unit > 0 && unit >= lastUnit) return null; // units fall: 億 then 万
    if (g.scale > 0) sawFraction = true;
    const value: Scaled = { n: g.n * 10n ** BigInt(unit), scale: g.scale };
    total = add(total, value);
    if (unit === 0) return total;
    c.i++;
    units++;
    lastUnit = unit;
  }
  return units > 0 ? total : null;
}

function add(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return { n: a.n * 10n ** BigInt(scale - a.scale) + b.n * 10n ** BigInt(scale - b.scale), scale };
}

function readTaxWord(c: Cursor): TaxNote {
  for (const [word, note] of TAX_WORDS) if (c.eat(word)) return note;
  return null;
}

/**
 * Reads `raw` by the grammar under `rules`; null when it does not match (the caller throws its
 * own message, naming its argument). `raw` is normalised with NFKC first, so full-width digits,
 * ￥, （税抜） and ，read as their ASCII forms.
 */
export function scanNumber(raw: string, rules: NumberRules): ScannedNumber | null {
  if (raw.length > MAX_TEXT) return null;
  const c = new Cursor(raw.normalize('NFKC').replace(/\s+/g, ' ').trim());
  let tax: TaxNote = null;
  if (rules.yen) {
    tax = readTaxWord(c);
    if (tax !== null) {
      c.eat(':');
      c.spaces();
    }
  }
  let negative = false;
  const bracketed = rules.brackets === true && tax === null && c.eat('(');
  if (bracketed) c.spaces();
  if (!bracketed && rules.sign && SIGNS.includes(c.peek()) && c.peek() !== '') {
    negative = true;
    c.i++;
    c.spaces();
  }
  if (rules.prefixes) c.eatLongest(rules.prefixes);
  const yenSign = rules.yen === true && (c.eat('¥') || c.eat('\\'));
  if (yenSign) c.spaces();
  // ¥-30,000, ￥▲30,000 (§Q12)
  if (yenSign && !negative && !bracketed && rules.sign && SIGNS.includes(c.peek()) && c.peek() !== '') {
    negative = true;
    c.i++;
    c.spaces();
  }
  const m = readMagnitude(c, rules);
  if (m === null) return null;
  c.spaces();
  if (rules.yen) {
    const yenWord = c.eat('円');
    // the yen dash stands after ¥…, or after 円; "500,000-" could be a minus (§Q13)
    if (c.peek() === '-') {
      if (!yenSign && !yenWord) return null;
      c.i++;
    }
    c.spaces();
  }
  if (bracketed) {
    if (!c.eat(')')) return null;
    negative = true;
    c.spaces();
  }
  const suffix = rules.suffixes ? c.eatLongest(rules.suffixes) : '';
  c.spaces();
  if (rules.yen && tax === null) {
    const open = c.eat('(');
    tax = readTaxWord(c);
    if (open && (tax === null || !c.eat(')'))) return null;
    c.spaces();
  }
  if (!c.done) return null;
  return { n: m.n, d: 10n ** BigInt(m.scale), negative, tax, suffix, bracketed };
}
