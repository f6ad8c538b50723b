import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isBlank, isDate } from './normalizeText';

/** Inputs above this are rejected: far beyond any subsidy, and every product stays exact. */
export const MAX_AMOUNT = 1e15;

export interface Amount {
  /** Whole yen, at most MAX_AMOUNT. */
  readonly yen: number;
  /** True when a fraction of a yen was dropped (rules/README.md: non-integer cost). */
  readonly truncated: boolean;
}

const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
/** A number and its unit: 十・百・千, then 万・億・兆, alone or combined ("5千万", "3百万"). */
const TERM = /^(\d+(?:\.\d+)?)(十|百|千)?(万|億|兆)?/;

/**
 * Reads a yen amount: a number, or text such as "1,000,000", "１，０００，０００円", "150万円",
 * "1.5万", "1億2,000万". Decimal text is read exactly (no binary fractions) and truncated to yen.
 */
export function parseAmount(value: unknown): Amount {
  if (typeof value === 'number') return fromNumber(value);
  if (isBlank(value)) throw new IthojoError(MSG.blankCost());
  if (typeof value === 'boolean') throw new IthojoError(MSG.booleanCost());
  if (isDate(value)) throw new IthojoError(MSG.dateAsCost());
  if (typeof value !== 'string') throw new IthojoError(MSG.notANumber(String(value)));
  return fromText(value);
}

function fromNumber(v: number): Amount {
  if (!Number.isFinite(v)) throw new IthojoError(MSG.notFinite());
  if (v < 0) throw new IthojoError(MSG.negativeCost(String(v)));
  if (v > MAX_AMOUNT) throw new IthojoError(MSG.tooLarge(String(v)));
  const yen = Math.floor(v);
  return { yen, truncated: yen !== v };
}

const SCALE_DIGITS = 20;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

function fromText(raw: string): Amount {
  let s = raw.normalize('NFKC').replace(/[\s,¥\\]/g, '').replace(/円$/, '');
  if (s.startsWith('-') || s.startsWith('−')) throw new IthojoError(MSG.negativeCost(raw.trim()));
  if (s === '') throw new IthojoError(MSG.notANumber(raw));
  let scaled = 0n; // the amount × 10^20, exact
  let lastUnit = Infinity;
  while (s !== '') {
    const m = TERM.exec(s);
    if (!m) throw new IthojoError(MSG.notANumber(raw));
    const unit = (m[2] ? SMALL_UNITS[m[2]] : 1) * (m[3] ? LARGE_UNITS[m[3]] : 1);
    // units must fall (1億2,000万); a bare number may only stand last
    if (unit >= lastUnit || (unit === 1 && m[0].length !== s.length)) throw new IthojoError(MSG.notANumber(raw));
    lastUnit = unit;
    const [intPart, fracPart = ''] = m[1].split('.');
    if (fracPart.length > SCALE_DIGITS) throw new IthojoError(MSG.notANumber(raw));
    scaled += BigInt(intPart + fracPart.padEnd(SCALE_DIGITS, '0')) * BigInt(unit);
    s = s.slice(m[0].length);
  }
  const whole = scaled / SCALE;
  if (whole > BigInt(MAX_AMOUNT)) throw new IthojoError(MSG.tooLarge(raw.trim()));
  return { yen: Number(whole), truncated: scaled % SCALE !== 0n };
}
