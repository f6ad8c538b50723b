/**
 * The user-facing texts of the core, each a Text: its Japanese and English apart (the pane shows
 * one), a cell shows "日本語 (English)" (cellText), identical in every build (rules/README.md:
 * "message text"). A message about an argument names it, and quotes what
 * the user typed cut to a short length (a 1 MB cell is never echoed whole). This file holds what
 * every function may say; quoteMessages.ts and helperMessages.ts hold what only reading a quote
 * or a members table, and the helper and table functions, say (Apps Script loads those on demand).
 */
import { tokyoIsoDate } from '../time/tokyoDate';
import { bi, cellText, type Text } from './text';

/** Names in a message: 甲、乙、丙. */
export const list = (xs: readonly string[]): string => xs.join('、');

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
  blank: (a: Arg) => bi(`${a.ja}が空です。値を入力してください`, `${a.en} is blank: enter a value`),
  blankCost: () => bi('経費が空です。金額を入力してください', 'Cost is blank: enter an amount'),
  notAmount: (a: Arg, x: unknown) =>
    bi(`${a.ja}を金額として読めません: 「${shown(x)}」。例: 1000000、"1,000,000円"、"150万円"`, `${a.en}: not an amount: "${shown(x)}"`),
  notNumber: (a: Arg, x: unknown, example: string) =>
    bi(`${a.ja}を数値として読めません: 「${shown(x)}」。例: ${example}`, `${a.en}: not a number: "${shown(x)}"`),
  notInteger: (a: Arg, x: unknown) =>
    bi(`${a.ja}は整数で指定してください: 「${shown(x)}」`, `${a.en} must be a whole number: "${shown(x)}"`),
  outOfRange: (a: Arg, x: unknown, min: number, max: number) =>
    bi(`${a.ja}は${min}〜${max}で指定してください: 「${shown(x)}」`, `${a.en} must be between ${min} and ${max}: "${shown(x)}"`),
  notFinite: (a: Arg) => bi(`${a.ja}が数値として不正です (NaN/無限大)`, `${a.en} is not a finite number`),
  negative: (a: Arg, x: unknown) => bi(`${a.ja}がマイナスです: ${shown(x)}`, `${a.en} is negative: ${shown(x)}`),
  tooLarge: (a: Arg, x: unknown) =>
    bi(`${a.ja}が大きすぎます: ${shown(x)}。1,000兆円 (1e15) 以下にしてください`, `${a.en} too large: ${shown(x)}; the limit is 1e15`),
  booleanArg: (a: Arg) => bi(`${a.ja}に TRUE/FALSE は使えません`, `${a.en} cannot be TRUE/FALSE`),
  dateAsAmount: (a: Arg) =>
    bi(`${a.ja}に日付は使えません。金額を入力してください`, `${a.en} cannot be a date: enter an amount`),
  notAValue: (a: Arg, x: unknown) =>
    bi(`${a.ja}に使えない値です: ${shown(x)}。セルの値 (数値・文字列) を指定してください`, `${a.en}: not a cell value: ${shown(x)}`),
  notText: (a: Arg, x: unknown) => bi(`${a.ja}には文字列を指定してください: ${shown(x)}`, `${a.en} must be text`),

  // names
  blankFrame: () => bi('枠が空です。枠の名前を入力してください', 'Frame is blank: enter a frame name'),
  unknownFrame: (x: unknown, known: readonly string[]) =>
    bi(`不明な枠です: 「${shown(x)}」。使える枠: ${list(known)}`, `Unknown frame "${shown(x)}"`),
  unknownSize: (x: unknown, known: readonly string[]) =>
    bi(`不明な事業者規模です: 「${shown(x)}」。使える値: ${list(known)}`, `Unknown company size "${shown(x)}"`),

  // options (core/input/parseOptions.ts)
  optionsTooLong: (length: number, limit: number) =>
    bi(`オプションが長すぎます (${length}文字)。${limit}文字以内で指定してください`, `Options text too long: ${length} characters; the limit is ${limit}`),
  unknownOption: (key: string, known: readonly string[]) =>
    bi(`不明なオプションです: 「${cut(key)}」。使えるオプション: ${list(known)}`, `Unknown option "${cut(key)}"`),
  badOptionValue: (key: string, value: string, expected: string) =>
    bi(`オプション「${key}」の値が不正です: 「${cut(value)}」。${expected}`, `Bad value for option "${key}": "${cut(value)}"`),
  optionNeedsValue: (key: string, expected: string) =>
    bi(`オプション「${key}」には値が必要です。${expected}`, `Option "${key}" needs a value`),
  emptyFlagValue: (key: string) =>
    bi(`オプション「${key}=」の値が空です。「${key}」だけ、または「${key}=あり/なし」と書いてください`, `Option "${key}=" has an empty value: write "${key}" alone or "${key}=あり/なし"`),
  duplicateOption: (key: string) => bi(`オプション「${key}」が2回指定されています`, `Option "${key}" is given twice`),
  requiredOption: (key: string, example: string) =>
    bi(`この枠ではオプション「${key}」が必須です。例: ${example}`, `Option "${key}" is required for this frame, e.g. ${example}`),
  noRulesForYear: (frame: string, year: number, years: readonly number[]) =>
    bi(`${frame}の${year}年度のルールはありません。対応年度: ${list(years.map(String))}`, `No ${year} rules; supported: ${years.join(', ')}`),
  noRulesOnDate: (what: string, date: string, first: string) =>
    bi(`${date} に有効な${what}のルールはありません (${first} 以降のみ収録)`, `No rules in force on ${date}; the data starts ${first}`),
  figuresNotOnRecord: (frame: string, current: string, used: string) =>
    bi(`${current}の${frame}の数値は未収録のため、${used}の表で計算しました`, `No ${frame} figures on record in the newest table: computed with the earlier one`),
  pastLastDeadline: (title: string, round: number, deadline: string, date: string) =>
    bi(`${title}の最後に知られている締切 ${round}次 ${deadline} を過ぎています (${date} 時点; 後の公募回は未発表)`, `Past the last known deadline, round ${round} on ${deadline}; no later round is on record`),
  roundClosed: (round: number, deadline: string, date: string) =>
    bi(`${round}次の締切 ${deadline} を過ぎています (${date} 時点)`, `Round ${round} closed on ${deadline}`),

  badDate: (a: Arg, x: unknown) =>
    bi(`${a.ja}として読めません: 「${shown(x)}」。日付セル、または "2025-10-03" の形で指定してください`, `${a.en}: not a date: "${shown(x)}"; use a date or YYYY-MM-DD`),

  // rounds (公募回=, DEADLINE)
  unknownRound: (title: string, frame: string, round: number, known: readonly number[]) =>
    bi(`${title} ${frame}の${round}次の締切日はデータにありません。収録: ${list(known.map((r) => `${r}次`))}。後の公募回は未発表です`, `No deadline on record for round ${round}; later rounds are not published`),

  internal: (detail: string) => bi(`内部エラーです。お手数ですが報告してください: ${cut(detail)}`, 'Internal error; please report it'),

  // arguments and ranges (core/contract)
  tooManyArguments: (fn: string, max: number, given: number) =>
    bi(`${fn}の引数が多すぎます (${given}個)。最大${max}個です`, `${fn} takes at most ${max} arguments; ${given} given`),
  emptyRange: (a: Arg) => bi(`${a.ja}の範囲が空です。値の入った範囲を指定してください`, `${a.en}: the range is empty`),
  rangeShape: (a: Arg) =>
    bi(`${a.ja}の範囲の形が不正です (行と列の2次元の表にしてください)`, `${a.en}: a range must be a 2-D table of cells`),
  tableInSpill: () =>
    bi('表を返す指定は範囲ごとの計算では使えません。1つのセルで指定してください', 'A table answer cannot fill one cell of a spilled range: use single cells'),
  outsideRange: () => bi('範囲の大きさが合いません (この位置に対応する値がありません)', 'Ranges differ in size: no value for this cell'),
  notBroadcastable: (fn: string) => bi(`${fn}は1件ずつ計算します。範囲ではなく1つのセルを指定してください`, `${fn} takes single cells, not ranges`),

  // eligibility reasons (CHECK)
  ok: () => bi('OK', ''),
  belowFloor: (amount: number, floor: number) =>
    bi(`補助額 ${yen(amount)} が補助下限 ${yen(floor)} 未満のため対象外です`, `Subsidy ${amount} is below the lower limit ${floor}`),
  sizeNotEligible: (size: string, frame: string) =>
    bi(`${size}は${frame}の対象になりません`, `A ${size} is not eligible for this frame`),
  noEligibleCost: () => bi('補助対象経費がありません', 'No eligible cost'),
  zeroSubsidy: () => bi('1円未満を切り捨てると補助額が0円です', 'The subsidy truncates to 0 yen'),
  requirementUnmet: (requirement: Text) => bi(`要件を満たしません: ${requirement.ja}`, `Requirement not met: ${requirement.en}`),
  requirementUnverified: (requirement: Text) =>
    bi(`要件は未確認です (オプションで指定すると判定します): ${requirement.ja}`, `Requirement not verified (give its options to check it): ${requirement.en}`),

  // notes (BREAKDOWN / CHECK detail)
  sizeDefaulted: (size: string) => bi(`事業者規模の指定がないため${size}として計算`, 'No size given: computed as an SME'),
  optionIgnored: (key: string, frame: string) => bi(`オプション「${key}」は${frame}には適用されないため無視しました`, `Option "${key}" does not apply to this frame; ignored`),
  neverSmall: (org: string) => bi(`${org}は小規模事業者になれないため中小企業として計算しました`, `A ${org} is never a small business; computed as an SME`),
  truncatedCost: () => bi('1円未満の経費を切り捨てました', 'Cost truncated to whole yen'),
  taxIncluded: () => bi('税込金額を1.1で割って税抜にしました', 'Tax-inclusive amounts divided by 1.1'),
} as const;

/**
 * CHECK's answer as a cell shows it: "OK", "OK (注意: …)" with the warnings, or the reasons, each
 * in its cell form (the pane shows the parts in one language instead).
 */
export function checkCell(reasons: readonly Text[], warnings: readonly Text[]): string {
  if (reasons.length > 0) return reasons.map(cellText).join(' / ');
  const ok = cellText(MSG.ok());
  return warnings.length === 0 ? ok : `${ok} (注意: ${warnings.map(cellText).join(' / ')})`;
}

/** 1234567 → "1,234,567円" (toLocaleString is slow on bulk paths). */
export function yen(n: number | bigint): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
}
