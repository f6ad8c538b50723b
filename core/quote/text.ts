/**
 * Text of quote cells: which cells are labels (text that is not an amount). One cheap test per
 * cell: only text that starts like an amount is scanned. The key a label is compared by is in
 * labelKey.ts (only reading a quote needs it; this file also decides whether a range is a quote).
 */
import { isBlank } from '../input/normalizeText';
import { scanNumber } from '../input/numberGrammar';

const AMOUNT_RULES = { kanji: true, yen: true, sign: true, brackets: true, fraction: true } as const;

/**
 * Whether a cell is a label: text that the amount grammar cannot read. Text that cannot start an
 * amount (numberGrammar.ts: a digit, ¥, \, a sign, or a leading 税込/税抜 word) is a label
 * without scanning; "12ヶ月" or "1式" start like amounts but are not labels (a quote always has
 * a label that starts otherwise: its 品名 or 区分).
 */
export function isLabel(x: unknown): x is string {
  if (typeof x !== 'string' || isBlank(x)) return false;
  const c = x.trimStart()[0];
  // 税込…, (30,000): scanned; anything else that cannot start an amount is a label unscanned
  if (c === '税' || c === '(' || c === '（') return scanNumber(x, AMOUNT_RULES) === null;
  return !startsLikeAmount(c);
}

function startsLikeAmount(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) return true; // 0-9, ０-９
  return '¥￥\\＼-−－▲△+＋'.includes(c);
}

/** Whether text reads as an amount (no exception: a probe, used per cell). */
export function readsAsAmount(text: string): boolean {
  return scanNumber(text, AMOUNT_RULES) !== null;
}

/**
 * Whether a cell can name a line: text that is not an amount, scanned even where it starts like one
 * ("2年目", "3PCライセンス", "10%対象" name things; "150,000" and "¥1,000-" do not).
 */
export function isNamingText(x: unknown): x is string {
  if (typeof x !== 'string' || isBlank(x)) return false;
  return isLabel(x) || !readsAsAmount(x);
}
