/**
 * What the helper functions (SIZE, MINWAGE, NEARMINWAGE, OILKL, DEADLINE) and the table answers'
 * program argument (FRAMES, COMPARE) say, each a Text as in messages.ts. Apart from it so Apps
 * Script loads these with those functions, on demand (gas/onDemand.ts).
 */
import { cut, list, shown } from './messages';
import { bi } from './text';

export const HELPER_MSG = {
  unknownIndustry: (x: unknown, known: readonly string[]) =>
    bi(`不明な業種です: 「${shown(x)}」。使える業種: ${list(known)}`, `Unknown industry "${shown(x)}"`),
  sizeNeedsFigures: () => bi('資本金か従業員数のどちらかを指定してください', 'Give the capital or the number of employees'),
  sizeNeedsEmployees: (industry: string) =>
    bi(`${industry}は従業員数だけで判定します。従業員数を指定してください`, 'employees: this kind of body is judged by its employees only; give them'),
  sizeByMainIndustry: (org: string) =>
    bi(
      `業種「${cut(org)}」は、主たる業種 (製造業、卸売業、小売業、サービス業 …) の従業員数で判定します。業種には主たる業種を指定してください。なお${cut(org)}は小規模事業者になれません`,
      'industry: such a body is judged by the employee limit of its main industry; give that industry. It is never a small business',
    ),
  unknownPrefecture: (x: unknown) => bi(`不明な都道府県です: 「${shown(x)}」。例: 東京都、東京、Tokyo`, `Unknown prefecture "${shown(x)}"`),
  minwageAfterData: (date: string, ends: string) =>
    bi(
      `日付 ${date} の最低賃金はデータにありません。データは ${ends} の前日までです (次の改定は ${ends} から発効しうるため推測しません)`,
      `date ${date}: the minimum-wage data ends at ${ends}, the earliest date of the next revision`,
    ),
  minwageBeforeData: (date: string, prefecture: string, from: string) =>
    bi(`日付 ${date} の${prefecture}の最低賃金はデータにありません (${from} より前は未収録です)`, `date ${date}: no minimum-wage data for this prefecture before ${from}`),
  unknownNearRule: (x: unknown, known: readonly string[]) =>
    bi(`不明な判定方式です: 「${shown(x)}」。使える値: ${list(known)}`, `Unknown rule "${shown(x)}"; use ${known.join(', ')}`),
  noWages: () => bi('時給が1件もありません。従業員の時給を入力してください', 'wages: no wage given'),
  wageZero: () => bi('時給に0は使えません。在籍していない月は空欄にしてください', 'wages: 0 is not a wage; leave the month blank when the employee was not employed'),
  /** `column` is a month (YYYY-MM) of the 2026 table or a column number of a 2025-style list. */
  wageCell: (row: number, column: string | number, inner: string) =>
    bi(
      `時給の範囲 ${row}行目・${typeof column === 'number' ? `${column}列目` : column}: ${inner}`,
      `Wages row ${row}, ${typeof column === 'number' ? `column ${column}` : column}`,
    ),
  wageColumns: (found: number, months: number, first: string, last: string) =>
    bi(
      `2026年方式では時給の範囲を${months}列 (${first}〜${last} の各月、1行に従業員1人) にしてください: ${found}列あります`,
      `wages: the 2026 rule needs ${months} month columns, ${first} … ${last}; this range has ${found}`,
    ),
  wageHeader: (column: number, x: unknown, month: string) =>
    bi(`時給の範囲の見出し行 ${column}列目は ${month} の月にしてください: 「${shown(x)}」`, `wages: header column ${column} must be the month ${month}: "${shown(x)}"`),
  unknownEnergy: (x: unknown, known: readonly string[]) =>
    bi(`不明なエネルギーの種類です: 「${shown(x)}」。使える種類: ${list(known)}`, `Unknown energy kind "${shown(x)}"`),
  unknownUnit: (kind: string, x: unknown, known: readonly string[]) =>
    bi(`${kind}の単位が不明です: 「${shown(x)}」。使える単位: ${list(known)}`, `unit: unknown for this kind: "${shown(x)}"`),
  implausibleFactor: (kind: string, x: unknown, unit: string, min: string, max: string) =>
    bi(
      `換算係数が${kind}の値として不自然です: 「${shown(x)}」。係数は使用量の単位にかかわらず ${unit} で、${min}〜${max} の範囲で指定してください`,
      `factor: for this kind it is in ${unit}, whatever the quantity's unit, between ${min} and ${max}: "${shown(x)}"`,
    ),
  noSchedule: (frame: string) => bi(`${frame}の締切日はデータにありません`, 'No deadlines on record for this frame'),
  onlyOptions: (fn: string, allowed: readonly string[]) =>
    bi(`${fn}で使えるオプションは ${list(allowed)} です`, `${fn} takes only these options: ${allowed.join(', ')}`),
  unknownProgram: (x: unknown, known: readonly string[]) =>
    bi(`不明な制度です: 「${shown(x)}」。使える制度: ${list(known)}`, `Unknown program "${shown(x)}"`),
} as const;
