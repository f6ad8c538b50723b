/**
 * Dates as hosts pass them: an Excel serial number (1900 date system), a JavaScript Date
 * (Sheets passes midnight in the sheet's zone; read in Asia/Tokyo, not UTC), or text
 * "2025-10-03", "2025/10/3", "2025年10月3日". Returns ISO "YYYY-MM-DD" (compares as text).
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isDate } from './normalizeText';

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
/** Excel serial 0 is 1899-12-30 for every serial after its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function parseDate(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 61 || value > 2_958_465) throw new IthojoError(MSG.badDate(String(value)));
    return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS);
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new IthojoError(MSG.badDate('Invalid Date'));
    return fromUtcMs(value.getTime() + TOKYO_OFFSET_MS);
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/.exec(value.normalize('NFKC').trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return iso(y, mo, d);
    }
  }
  throw new IthojoError(MSG.badDate(String(value)));
}

/** A calendar date as a Date at 00:00 in Asia/Tokyo (what Sheets shows as that day). */
export function tokyoMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - TOKYO_OFFSET_MS);
}

/**
 * A date as Excel's serial number (days since 1899-12-30), read on Tokyo's calendar so a core
 * date (00:00 in Asia/Tokyo) is a whole day whatever the machine's time zone.
 */
export function excelSerial(d: Date): number {
  return (d.getTime() + TOKYO_OFFSET_MS - EXCEL_EPOCH_MS) / DAY_MS;
}
