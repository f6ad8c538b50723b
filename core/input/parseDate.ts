/**
 * Dates as hosts pass them: an Excel serial number (1900 date system), a JavaScript Date
 * (Sheets passes midnight in the sheet's zone; read in Asia/Tokyo, not UTC), or text
 * "2025-10-03", "2025/10/3", "2025年10月3日". Returns ISO "YYYY-MM-DD" (compares as text).
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG, type Arg } from '../errors/messages';
import { DAY_MS, TOKYO_OFFSET_MS, isoDay, tokyoIsoDate } from '../time/tokyoDate';
import { isBlank, isDate } from './normalizeText';

/** Excel serial 0 is 1899-12-30 for every serial after its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials Excel can show as dates after 1900-02-28: 1900-03-01 … 9999-12-31. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

const DATE_TEXT = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/;

export function parseDate(value: unknown, arg: Arg = ARG.date): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < FIRST_SERIAL || value > LAST_SERIAL) throw new IthojoError(MSG.badDate(arg, value));
    return tokyoIsoDate(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS - TOKYO_OFFSET_MS);
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new IthojoError(MSG.badDate(arg, value));
    return tokyoIsoDate(value.getTime());
  }
  if (typeof value === 'string' && !isBlank(value) && value.length <= 40) {
    const m = DATE_TEXT.exec(value.normalize('NFKC').trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return isoDay(y, mo, d);
    }
  }
  throw new IthojoError(MSG.badDate(arg, value));
}

/**
 * A date as Excel's serial number (days since 1899-12-30), read on Tokyo's calendar so a core
 * date (00:00 in Asia/Tokyo) is a whole day whatever the machine's time zone.
 */
export function excelSerial(d: Date): number {
  return (d.getTime() + TOKYO_OFFSET_MS - EXCEL_EPOCH_MS) / DAY_MS;
}
