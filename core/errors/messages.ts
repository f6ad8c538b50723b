/**
 * Every user-facing text of the core, in one place: Japanese first, English in parentheses,
 * identical in every build (rules/README.md: "message text"). A message about an argument names
 * it, and quotes what the user typed cut to a short length (a 1 MB cell is never echoed whole).
 */
import { tokyoIsoDate } from '../time/tokyoDate';

const list = (xs: readonly string[]): string => xs.join('、');

/** An argument as messages name it. */
export interface Arg {
  readonly ja: string;
  readonly en: string;
}

export const ARG = {
  frame: { ja: '枠', en: 'frame' },
  cost: { ja: '経費', en: 'cost' },
  size: { ja: '事業者規模', en: 'size' },
  options: { ja: 'オプション', en: 'options' },
  program: { ja: '制度', en: 'program' },
  industry: { ja: '業種', en: 'industry' },
  capital: { ja: '資本金', en: 'capital' },
  employees: { ja: '従業員数', en: 'employees' },
  prefecture: { ja: '都道府県', en: 'prefecture' },
  date: { ja: '日付', en: 'date' },
  wages: { ja: '時給', en: 'wages' },
  rule: { ja: '判定方式', en: 'rule' },
  kind: { ja: 'エネルギーの種類', en: 'kind' },
  quantity: { ja: '使用量', en: 'quantity' },
  unit: { ja: '単位', en: 'unit' },
  factor: { ja: '換算係数', en: 'factor' },
  round: { ja: '公募回', en: 'round' },
  months: { ja: '月数', en: 'months' },
} as const satisfies Record<string, Arg>;

/** How long a quoted input may be in a message (issue 8: inputs are cut short). */
const QUOTE_LIMIT = 60;

/** Text cut to QUOTE_LIMIT characters (by code point) on one line. */
export function cut(text: string): string {
  const head = text.length > QUOTE_LIMIT * 2 + 2 ? text.slice(0, QUOTE_LIMIT * 2 + 2) : text;
  const chars = Array.from(head.replace(/[\s\u0000-\u001f\u007f]+/g, ' '));
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : chars.join('');
}

/**
 * A value as a message shows it, the same in every build: text cut short, dates as YYYY-MM-DD
 * (Asia/Tokyo, never the machine's zone or English), TRUE/FALSE, ranges and objects by kind.
 */
export function shown(x: unknown): string {
  if (typeof x === 'string') return cut(x);
  if (typeof x === 'number') return Object.is(x, -0) ? '0' : String(x);
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  if (x === null || x === undefined) return '';
  if (Object.prototype.toString.call(x) === '[object Date]') {
    const t = (x as Date).getTime();
    return Number.isNaN(t) ? '無効な日付 (Invalid Date)' : tokyoIsoDate(t);
  }
  if (Array.isArray(x)) return '範囲 (range)';
  if (typeof x === 'bigint') return cut(String(x));
  return `${typeof x === 'function' ? '関数' : 'オブジェクト'} (${typeof x})`;
}

export const MSG = {
  // numbers and amounts (core/input/numberGrammar.ts)
  blank: (a: Arg) => `${a.ja}が空です。値を入力してください (${a.en} is blank: enter a value)`,
  blankCost: () => '経費が空です。金額を入力してください (Cost is blank: enter an amount)',
  notAmount: (a: Arg, x: unknown) =>
    `${a.ja}を金額として読めません: 「${shown(x)}」。例: 1000000、"1,000,000円"、"150万円" (${a.en}: not an amount: "${shown(x)}")`,
  notNumber: (a: Arg, x: unknown, example: string) =>
    `${a.ja}を数値として読めません: 「${shown(x)}」。例: ${example} (${a.en}: not a number: "${shown(x)}")`,
  notInteger: (a: Arg, x: unknown) =>
    `${a.ja}は整数で指定してください: 「${shown(x)}」 (${a.en} must be a whole number: "${shown(x)}")`,
  outOfRange: (a: Arg, x: unknown, min: number, max: number) =>
    `${a.ja}は${min}〜${max}で指定してください: 「${shown(x)}」 (${a.en} must be between ${min} and ${max}: "${shown(x)}")`,
  notFinite: (a: Arg) => `${a.ja}が数値として不正です (NaN/無限大) (${a.en} is not a finite number)`,
  negative: (a: Arg, x: unknown) => `${a.ja}がマイナスです: ${shown(x)} (${a.en} is negative: ${shown(x)})`,
  tooLarge: (a: Arg, x: unknown) =>
    `${a.ja}が大きすぎます: ${shown(x)}。1,000兆円 (1e15) 以下にしてください (${a.en} too large: ${shown(x)}; the limit is 1e15)`,
  booleanArg: (a: Arg) => `${a.ja}に TRUE/FALSE は使えません (${a.en} cannot be TRUE/FALSE)`,
  dateAsAmount: (a: Arg) =>
    `${a.ja}に日付は使えません。金額を入力してください (${a.en} cannot be a date: enter an amount)`,
  notAValue: (a: Arg, x: unknown) =>
    `${a.ja}に使えない値です: ${shown(x)}。セルの値 (数値・文字列) を指定してください (${a.en}: not a cell value: ${shown(x)})`,
  notText: (a: Arg, x: unknown) => `${a.ja}には文字列を指定してください: ${shown(x)} (${a.en} must be text)`,

  // names
  blankFrame: () => '枠が空です。枠の名前を入力してください (Frame is blank: enter a frame name)',
  unknownFrame: (x: unknown, known: readonly string[]) =>
    `不明な枠です: 「${shown(x)}」。使える枠: ${list(known)} (Unknown frame "${shown(x)}")`,
  unknownProgram: (x: unknown, known: readonly string[]) =>
    `不明な制度です: 「${shown(x)}」。使える制度: ${list(known)} (Unknown program "${shown(x)}")`,
  unknownSize: (x: unknown, known: readonly string[]) =>
    `不明な事業者規模です: 「${shown(x)}」。使える値: ${list(known)} (Unknown company size "${shown(x)}")`,

  // options (core/input/parseOptions.ts)
  optionsTooLong: (length: number, limit: number) =>
    `オプションが長すぎます (${length}文字)。${limit}文字以内で指定してください (Options text too long: ${length} characters; the limit is ${limit})`,
  unknownOption: (key: string, known: readonly string[]) =>
    `不明なオプションです: 「${cut(key)}」。使えるオプション: ${list(known)} (Unknown option "${cut(key)}")`,
  badOptionValue: (key: string, value: string, expected: string) =>
    `オプション「${key}」の値が不正です: 「${cut(value)}」。${expected} (Bad value for option "${key}": "${cut(value)}")`,
  optionNeedsValue: (key: string, expected: string) =>
    `オプション「${key}」には値が必要です。${expected} (Option "${key}" needs a value)`,
  emptyFlagValue: (key: string) =>
    `オプション「${key}=」の値が空です。「${key}」だけ、または「${key}=あり/なし」と書いてください (Option "${key}=" has an empty value: write "${key}" alone or "${key}=あり/なし")`,
  duplicateOption: (key: string) => `オプション「${key}」が2回指定されています (Option "${key}" is given twice)`,
  requiredOption: (key: string, example: string) =>
    `この枠ではオプション「${key}」が必須です。例: ${example} (Option "${key}" is required for this frame, e.g. ${example})`,
  noRulesForYear: (frame: string, year: number, years: readonly number[]) =>
    `${frame}の${year}年度のルールはありません。対応年度: ${list(years.map(String))} (No ${year} rules; supported: ${years.join(', ')})`,
  noRulesOnDate: (what: string, date: string, first: string) =>
    `${date} に有効な${what}のルールはありません (${first} 以降のみ収録) (No rules in force on ${date}; the data starts ${first})`,
  figuresNotOnRecord: (frame: string, current: string, used: string) =>
    `${current}の${frame}の数値は未収録のため、${used}の表で計算しました (No ${frame} figures on record in the newest table: computed with the earlier one)`,
  pastLastDeadline: (title: string, round: number, deadline: string, date: string) =>
    `${title}の最後に知られている締切 ${round}次 ${deadline} を過ぎています (${date} 時点; 後の公募回は未発表) (Past the last known deadline, round ${round} on ${deadline}; no later round is on record)`,
  roundClosed: (round: number, deadline: string, date: string) =>
    `${round}次の締切 ${deadline} を過ぎています (${date} 時点) (Round ${round} closed on ${deadline})`,
  onlyOptions: (fn: string, allowed: readonly string[]) =>
    `${fn}で使えるオプションは ${list(allowed)} です (${fn} takes only these options: ${allowed.join(', ')})`,

  badDate: (a: Arg, x: unknown) =>
    `${a.ja}として読めません: 「${shown(x)}」。日付セル、または "2025-10-03" の形で指定してください (${a.en}: not a date: "${shown(x)}"; use a date or YYYY-MM-DD)`,

  // SIZE, MINWAGE, NEARMINWAGE, OILKL (core/helpers)
  unknownIndustry: (x: unknown, known: readonly string[]) =>
    `不明な業種です: 「${shown(x)}」。使える業種: ${list(known)} (Unknown industry "${shown(x)}")`,
  sizeNeedsFigures: () => '資本金か従業員数のどちらかを指定してください (Give the capital or the number of employees)',
  sizeNeedsEmployees: (industry: string) =>
    `${industry}は従業員数だけで判定します。従業員数を指定してください (employees: this kind of body is judged by its employees only; give them)`,
  sizeByMainIndustry: (org: string) =>
    `業種「${cut(org)}」は、主たる業種 (製造業、卸売業、小売業、サービス業 …) の従業員数で判定します。業種には主たる業種を指定してください。なお${cut(org)}は小規模事業者になれません (industry: such a body is judged by the employee limit of its main industry; give that industry. It is never a small business)`,
  unknownPrefecture: (x: unknown) => `不明な都道府県です: 「${shown(x)}」。例: 東京都、東京、Tokyo (Unknown prefecture "${shown(x)}")`,
  minwageAfterData: (date: string, ends: string) =>
    `日付 ${date} の最低賃金はデータにありません。データは ${ends} の前日までです (次の改定は ${ends} から発効しうるため推測しません) (date ${date}: the minimum-wage data ends at ${ends}, the earliest date of the next revision)`,
  minwageBeforeData: (date: string, prefecture: string, from: string) =>
    `日付 ${date} の${prefecture}の最低賃金はデータにありません (${from} より前は未収録です) (date ${date}: no minimum-wage data for this prefecture before ${from})`,
  unknownNearRule: (x: unknown, known: readonly string[]) =>
    `不明な判定方式です: 「${shown(x)}」。使える値: ${list(known)} (Unknown rule "${shown(x)}"; use ${known.join(', ')})`,
  noWages: () => '時給が1件もありません。従業員の時給を入力してください (wages: no wage given)',
  wageZero: () => '時給に0は使えません。在籍していない月は空欄にしてください (wages: 0 is not a wage; leave the month blank when the employee was not employed)',
  /** `column` is a month (YYYY-MM) of the 2026 table or a column number of a 2025-style list. */
  wageCell: (row: number, column: string | number, inner: string) =>
    `時給の範囲 ${row}行目・${typeof column === 'number' ? `${column}列目` : column}: ${inner} (Wages row ${row}, ${typeof column === 'number' ? `column ${column}` : column})`,
  wageColumns: (found: number, months: number, first: string, last: string) =>
    `2026年方式では時給の範囲を${months}列 (${first}〜${last} の各月、1行に従業員1人) にしてください: ${found}列あります (wages: the 2026 rule needs ${months} month columns, ${first} … ${last}; this range has ${found})`,
  wageHeader: (column: number, x: unknown, month: string) =>
    `時給の範囲の見出し行 ${column}列目は ${month} の月にしてください: 「${shown(x)}」 (wages: header column ${column} must be the month ${month}: "${shown(x)}")`,
  unknownEnergy: (x: unknown, known: readonly string[]) =>
    `不明なエネルギーの種類です: 「${shown(x)}」。使える種類: ${list(known)} (Unknown energy kind "${shown(x)}")`,
  unknownUnit: (kind: string, x: unknown, known: readonly string[]) =>
    `${kind}の単位が不明です: 「${shown(x)}」。使える単位: ${list(known)} (unit: unknown for this kind: "${shown(x)}")`,
  implausibleFactor: (kind: string, x: unknown, unit: string, min: string, max: string) =>
    `換算係数が${kind}の値として不自然です: 「${shown(x)}」。係数は使用量の単位にかかわらず ${unit} で、${min}〜${max} の範囲で指定してください (factor: for this kind it is in ${unit}, whatever the quantity's unit, between ${min} and ${max}: "${shown(x)}")`,
  noSchedule: (frame: string) => `${frame}の締切日はデータにありません (No deadlines on record for this frame)`,
  unknownRound: (title: string, frame: string, round: number, known: readonly number[]) =>
    `${title} ${frame}の${round}次の締切日はデータにありません。収録: ${list(known.map((r) => `${r}次`))}。後の公募回は未発表です (No deadline on record for round ${round}; later rounds are not published)`,

  // quote lines (core/quote/): reading a quotation sheet, and what BREAKDOWN and CHECK say of it
  unknownCategory: (row: number, x: unknown, known: readonly string[]) =>
    `見積${row}行目の区分が不明です: 「${shown(x)}」。区分・品名・見出しのどれからも分かりません。使える区分: ${list(known)}。対象外の費用は「対象外」としてください (Quote line ${row}: unknown category "${shown(x)}"; give a 区分 or mark ineligible costs "対象外")`,
  categoryNotInFrame: (row: number, category: string, frame: string) =>
    `見積${row}行目の区分「${category}」は${frame}の補助対象になりません (Quote line ${row}: "${category}" is not eligible in this frame)`,
  lineAmount: (row: number, inner: string) => `見積${row}行目: ${inner} (Quote line ${row})`,
  quoteShape: () =>
    '見出し行のない見積明細は「区分・金額・(月数)」の2〜3列 (先頭に No. 列があってもよい) で指定してください。列の多い見積は見出し行 (品名・数量・単価・金額 など) を含めてください (Quote lines without a header row must be 2–3 columns: category, amount, [months], optionally after a No. column; include the header row of a wider quote)',
  noQuoteLines: () =>
    '見積に明細行が見つかりません。探したもの: 見出し行 (区分・品名・数量・単価・金額 など) の下の行、または「区分・金額・(月数)」の行 (The quote has no line: looked for rows under a header (区分, 品名, 数量, 単価, 金額 …) or rows of category, amount, [months])',
  headerNoAmount: (row: number) =>
    `見積${row}行目の見出し行に金額の列がありません。金額・見積額・価格・小計、または数量と単価の列が必要です (Quote row ${row}: the header has no amount column: 金額, 見積額, 価格, 小計, or 数量 and 単価)`,
  headerAgain: (row: number) =>
    `見積${row}行目に列の並びが異なる見出し行があります。1つの範囲には1つの見積を指定してください (Quote row ${row}: a second header with other columns; give one quote per range)`,
  lineAboveHeader: (row: number, header: number) =>
    `見積${row}行目は見出し行 (${header}行目) より上にある明細です。見出し行から下の範囲を指定してください (Quote row ${row}: a line above the header row ${header})`,
  lineNoAmount: (row: number) =>
    `見積${row}行目に金額がありません。金額、または数量と単価を入力してください (Quote line ${row}: no amount; enter the amount, or the quantity and unit price)`,
  unitPriceFraction: (row: number) =>
    `見積${row}行目の単価に1円未満の端数があるため数量×単価を計算しません。金額を入力してください (Quote line ${row}: the unit price has a fraction of a yen; enter the amount)`,
  splitTooLarge: (row: number, excluded: number, amount: number) =>
    `見積${row}行目の補助対象外 ${yen(excluded)} が見積額 ${yen(amount)} を超えています (Quote line ${row}: the ineligible part ${excluded} exceeds the amount ${amount})`,
  discountTooLarge: (row: number, discount: number | bigint, base: number | bigint, target: string) =>
    `見積${row}行目の値引き (マイナスの金額) ${yen(discount)} が、値引きの対象 (${target}) の金額 ${yen(base)} を超えています (Quote line ${row}: the discount ${discount} exceeds what it reduces, ${base})`,
  // warnings (CHECK "OK (注意: …)" and BREAKDOWN)
  categoryInferred: (lines: string) => `区分を品名から推定: ${lines} (Category inferred from the item name)`,
  categoryFromHeading: (lines: string) => `区分を見出しから推定: ${lines} (Category taken from the section heading)`,
  qtyPriceMismatch: (row: number, product: string, amount: number) =>
    `見積${row}行目: 数量×単価 (${product}) と金額 (${yen(amount)}) が一致しません。金額を使いました (Quote line ${row}: quantity × unit price ${product} differs from the amount ${amount}; the amount counts)`,
  splitMismatch: (row: number, amount: number, excluded: number, eligible: number, counted: number) =>
    `見積${row}行目: 補助対象額 ${yen(eligible)} が 見積額 ${yen(amount)} − 補助対象外 ${yen(excluded)} と一致しません。少ない方の ${yen(counted)} を対象にしました (Quote line ${row}: eligible ${eligible} ≠ ${amount} − ${excluded}; the smaller, ${counted}, counts)`,
  summaryMismatch: (row: number, label: string, written: number | bigint, sum: number | bigint) =>
    `見積${row}行目の「${cut(label)}」${yen(written)} が明細の合計 ${yen(sum)} と一致しません。明細の金額で計算しました (Quote row ${row}: "${cut(label)}" ${written} differs from the sum of the lines, ${sum}; the lines count)`,
  monthsUnknown: (lines: string) =>
    `月額・年額の行の月数が分からないため全額を対象にしました: ${lines}。月数の列か品名に「24ヶ月」などを書いてください (Months of a monthly or yearly fee unknown: counted in full)`,
  taxMentioned: () =>
    '見積の表題・見出しに「税込」とあります。金額が税込なら、オプション「税込」を指定してください (The quote says 税込 in a title or heading: if its amounts include tax, give the option 税込)',
  // notes (BREAKDOWN)
  proratedLines: (count: number, lines: string) =>
    `月数が上限を超える${count}行を「金額×上限÷月数」で按分しました: ${lines} (lines beyond the month limit prorated: ${count})`,
  lineTaxIncluded: (lines: string) => `税込と書かれた行を1.1で割って税抜にしました: ${lines} (Lines marked 税込 divided by 1.1)`,
  lineTaxExcluded: (lines: string) => `税抜と書かれた行は1.1で割っていません: ${lines} (Lines marked 税抜 not divided by 1.1)`,
  discountSpread: (discount: number | bigint, all: boolean) => all
    ? `区分のない値引き ${yen(discount)} を、対象外を含む全ての行に金額の比で按分しました (値引き=按分) (A discount without a category, ${discount}, spread over all lines)`
    : `区分のない値引き ${yen(discount)} を、補助対象の行に金額の比で按分しました (値引きの全額が補助対象経費を減らします。「値引き=按分」で対象外の行にも按分) (A discount without a category, ${discount}, reduces the eligible lines pro rata)`,
  tierBoundary: (label: string, decimal: string, exact: string) =>
    `${label}: 段の境目は経費 ${decimal}円 (=${exact}円) で、1円未満を含みます。表では境目を切り上げて前の段に含め、各段の経費の合計を対象経費に合わせています。補助額は正確な境目で計算しています (Tier boundary at ${decimal} yen: shown rounded up so the rows add up; subsidies use the exact boundary)`,
  costFractions: () =>
    '対象経費の1円未満 (税込÷1.1、値引きの按分など) は、各行の合計が対象経費 (1円未満切り捨て) と一致するよう表示しています (Fractions of a yen are carried so the shown costs add up to the eligible cost)',
  lineCount: (count: number) => `ほか${count}行 (and ${count} more)`,

  // members tables (複数社連携)
  membersShape: (known: readonly string[]) =>
    `構成員表には見出し行が必要です。見出し: ${list(known)} (The members table needs a header row)`,
  membersRow: (row: number, inner: string) => `構成員表${row}行目: ${inner} (Members table row ${row})`,
  membersNeedTable: (frame: string) =>
    `${frame}の経費は構成員表 (範囲) で指定してください (Give this frame's costs as a members table range)`,

  internal: (detail: string) => `内部エラーです。お手数ですが報告してください: ${cut(detail)} (Internal error; please report it)`,

  // arguments and ranges (core/contract)
  tooManyArguments: (fn: string, max: number, given: number) =>
    `${fn}の引数が多すぎます (${given}個)。最大${max}個です (${fn} takes at most ${max} arguments; ${given} given)`,
  emptyRange: (a: Arg) => `${a.ja}の範囲が空です。値の入った範囲を指定してください (${a.en}: the range is empty)`,
  rangeShape: (a: Arg) =>
    `${a.ja}の範囲の形が不正です (行と列の2次元の表にしてください) (${a.en}: a range must be a 2-D table of cells)`,
  tableInSpill: () =>
    '表を返す指定は範囲ごとの計算では使えません。1つのセルで指定してください (A table answer cannot fill one cell of a spilled range: use single cells)',
  outsideRange: () => '範囲の大きさが合いません (この位置に対応する値がありません) (Ranges differ in size: no value for this cell)',
  notBroadcastable: (fn: string) => `${fn}は1件ずつ計算します。範囲ではなく1つのセルを指定してください (${fn} takes single cells, not ranges)`,

  // eligibility reasons (CHECK)
  ok: () => 'OK',
  okWithWarnings: (warnings: string) => `OK (注意: ${warnings})`,
  belowFloor: (amount: number, floor: number) =>
    `補助額 ${yen(amount)} が補助下限 ${yen(floor)} 未満のため対象外です (Subsidy ${amount} is below the lower limit ${floor})`,
  sizeNotEligible: (size: string, frame: string) =>
    `${size}は${frame}の対象になりません (A ${size} is not eligible for this frame)`,
  noEligibleCost: () => '補助対象経費がありません (No eligible cost)',
  zeroSubsidy: () => '1円未満を切り捨てると補助額が0円です (The subsidy truncates to 0 yen)',
  tooFewMembers: (n: number, min: number) =>
    `構成員が${n}者です。${min}者以上必要です (${n} members; at least ${min} are required)`,
  memberNotEligible: (row: number, name: string, size: string) =>
    `構成員表${row}行目の${name}は${size}のため構成員になれません (中小企業・小規模事業者等のみ) (Members table row ${row}: a ${size} cannot be a member; members must be SMEs)`,
  requirementUnmet: (what: string) => `要件を満たしません: ${what} (Requirement not met: ${what})`,
  requirementUnverified: (what: string) => `要件は未確認です (オプションで指定すると判定します): ${what} (Requirement not verified: give its options to check it)`,

  // notes (BREAKDOWN / CHECK detail)
  optionIgnored: (key: string, frame: string) => `オプション「${key}」は${frame}には適用されないため無視しました (Option "${key}" does not apply to this frame; ignored)`,
  neverSmall: (org: string) => `${org}は小規模事業者になれないため中小企業として計算しました (A ${org} is never a small business; computed as an SME)`,
  truncatedCost: () => '1円未満の経費を切り捨てました (Cost truncated to whole yen)',
  groupCapped: (label: string, limit: number) => `${label}は経費${yen(limit)}までが対象です (${label}: at most ${limit} of cost counts)`,
  taxIncluded: () => '税込金額を1.1で割って税抜にしました (Tax-inclusive amounts divided by 1.1)',
} as const;

/** 1234567 → "1,234,567円" (toLocaleString is slow on bulk paths). */
export function yen(n: number | bigint): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
}
