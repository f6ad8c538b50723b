/**
 * MINWAGE and NEARMINWAGE: the 地域別最低賃金 in force on a date, and the 30% 最低賃金近傍 test
 * of IT導入補助金 通常枠 (it2025.md §2.3; programs-2025.md §5, §5.1).
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseDate } from '../input/parseDate';
import { parseDecimal } from '../input/parseNumber';
import { compare, frac, mul, sub, type Frac } from '../money/exact';
import { DATA_UNTIL, MINIMUM_WAGES, type PrefectureRow } from '../rules/minwage/2024-2025';

const BY_NAME = new Map<string, PrefectureRow>();
for (const row of MINIMUM_WAGES) {
  const short = row[0] === '北海道' ? row[0] : row[0].replace(/[都府県]$/, '');
  for (const n of [row[0], short, row[1], `${row[1]}-${row[0].endsWith('都') ? 'to' : row[0].endsWith('府') ? 'fu' : 'ken'}`]) BY_NAME.set(normalizeKey(n), row);
}

function prefectureOf(value: unknown): PrefectureRow {
  const row = typeof value === 'string' ? BY_NAME.get(normalizeKey(value)) : undefined;
  if (!row) throw new IthojoError(MSG.unknownPrefecture(String(value ?? '')));
  return row;
}

/** The amount in force on `date` (ISO), or the latest revision when no date is given. */
function wageOn(row: PrefectureRow, date: string | null): number {
  const [, , r6, r6From, r7, r7From] = row;
  if (date === null) return r7;
  if (date >= DATA_UNTIL) throw new IthojoError(MSG.minwageAfterData(date, DATA_UNTIL));
  if (date >= r7From) return r7;
  if (date >= r6From) return r6;
  throw new IthojoError(MSG.minwageBeforeData(date, r6From));
}

export function minimumWage(prefecture: unknown, date: unknown): number {
  return wageOn(prefectureOf(prefecture), isBlank(date) ? null : parseDate(date));
}

type NearRule = 'within50' | 'belowR7';

const RULES: readonly (readonly [NearRule, readonly string[]])[] = [
  ['belowR7', ['7次', '7次以降', '新', 'new', 'r7']],
  ['within50', ['1-6次', '1〜6次', '1~6次', '6次', '旧', 'old', '+50', '50円']],
];

function ruleOf(value: unknown): NearRule {
  if (isBlank(value)) return 'belowR7';
  const key = normalizeKey(String(value));
  const hit = RULES.find(([, names]) => names.some((n) => normalizeKey(n) === key));
  if (!hit) throw new IthojoError(MSG.unknownNearRule(String(value)));
  return hit[0];
}

const THIRTY_PERCENT = frac(3, 10);
const FIFTY = frac(50);

/**
 * Whether at least 30% of the hourly wages are 最低賃金近傍: within 最低賃金 +50円 in force on the
 * date (1次〜6次), or below the 令和7年度 amount (7次〜). Blank cells are not employees.
 */
export function nearMinimumWage(prefecture: unknown, wages: unknown, date: unknown, rule: unknown): boolean {
  const row = prefectureOf(prefecture);
  const which = ruleOf(rule);
  const cells = (Array.isArray(wages) ? (wages as unknown[]).flat(2) : [wages]).filter((w) => !isBlank(w));
  if (cells.length === 0) throw new IthojoError(MSG.noWages());
  const list: Frac[] = cells.map((w) => parseDecimal(w, ARG.wages, { max: 1e6, suffixes: ['円'] }, '1200'));
  let near = 0;
  if (which === 'belowR7') {
    const r7 = frac(row[4]);
    for (const w of list) if (compare(w, r7) < 0) near++;
  } else {
    const mw = frac(isBlank(date) ? row[2] : wageOn(row, parseDate(date)));
    for (const w of list) {
      const over = sub(w, mw);
      if (compare(over, frac(0)) >= 0 && compare(over, FIFTY) <= 0) near++;
    }
  }
  return compare(frac(near), mul(frac(list.length), THIRTY_PERCENT)) >= 0;
}
