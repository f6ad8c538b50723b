/**
 * A non-negative decimal (wages per hour, energy quantities) as an exact fraction. Numbers are
 * read through their 10-decimal text, so 1.2 is 12/10, not the binary double.
 */
import { IthojoError } from '../errors/IthojoError';
import { frac, type Frac } from '../money/exact';
import { isBlank } from './normalizeText';

const MAX = 1e15;

export function parseDecimal(value: unknown, message: (text: string) => string): Frac {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || value > MAX) throw new IthojoError(message(String(value)));
    text = value.toFixed(10);
  } else if (typeof value === 'string' && !isBlank(value)) {
    text = value.normalize('NFKC').replace(/[,\s円]/g, '');
  } else {
    throw new IthojoError(message(isBlank(value) ? '' : String(value)));
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || Number(m[1]) > MAX) throw new IthojoError(message(String(value)));
  const fraction = (m[2] ?? '').replace(/0+$/, '').slice(0, 10);
  return frac(Number(m[1] + fraction), 10 ** fraction.length);
}
