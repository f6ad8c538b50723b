/**
 * Every user-facing text of the core, in one place: Japanese first, English in parentheses,
 * identical in every build (rules/README.md: "message text").
 */
const list = (xs: readonly string[]): string => xs.join('、');

export const MSG = {
  // input
  blankCost: () => '経費が空です。金額を入力してください (Cost is blank: enter an amount)',
  blankFrame: () => '枠が空です。枠の名前を入力してください (Frame is blank: enter a frame name)',
  notText: (what: string) => `${what}には文字列を指定してください (${what} must be text)`,
  booleanCost: () => '経費に TRUE/FALSE は使えません。金額を入力してください (Cost cannot be TRUE/FALSE: enter an amount)',
  notANumber: (text: string) => `金額として読めません: 「${text}」 (Not an amount: "${text}")`,
  notFinite: () => '経費が数値として不正です (NaN/無限大) (Cost is not a finite number)',
  negativeCost: (v: string) => `経費がマイナスです: ${v} (Cost is negative: ${v})`,
  tooLarge: (v: string) => `金額が大きすぎます: ${v}。1,000兆円 (1e15) 以下にしてください (Amount too large: ${v}; the limit is 1e15)`,
  dateAsCost: () => '経費に日付は使えません (Cost cannot be a date)',
  unknownFrame: (text: string, known: readonly string[]) =>
    `不明な枠です: 「${text}」。使える枠: ${list(known)} (Unknown frame "${text}")`,
  unknownSize: (text: string, known: readonly string[]) =>
    `不明な事業者規模です: 「${text}」。使える値: ${list(known)} (Unknown company size "${text}")`,
  unknownOption: (key: string, known: readonly string[]) =>
    `不明なオプションです: 「${key}」。使えるオプション: ${list(known)} (Unknown option "${key}")`,
  badOptionValue: (key: string, value: string, expected: string) =>
    `オプション「${key}」の値が不正です: 「${value}」。${expected} (Bad value for option "${key}": "${value}")`,
  optionNeedsValue: (key: string, expected: string) =>
    `オプション「${key}」には値が必要です。${expected} (Option "${key}" needs a value)`,
  duplicateOption: (key: string) => `オプション「${key}」が2回指定されています (Option "${key}" is given twice)`,
  requiredOption: (key: string, example: string) =>
    `この枠ではオプション「${key}」が必須です。例: ${example} (Option "${key}" is required for this frame, e.g. ${example})`,
  noRulesForYear: (program: string, year: number, years: readonly number[]) =>
    `${program}の${year}年度のルールはありません。対応年度: ${list(years.map(String))} (No ${year} rules; supported: ${years.join(', ')})`,
  noRulesForRound: (round: number) => `公募回 ${round} のルールはありません (No rules for round ${round})`,

  badDate: (text: string) =>
    `日付として読めません: 「${text}」。日付、または "2025-10-03" の形で指定してください (Not a date: "${text}"; use a date or YYYY-MM-DD)`,

  unknownIndustry: (text: string, known: readonly string[]) =>
    `不明な業種です: 「${text}」。使える業種: ${list(known)} (Unknown industry "${text}")`,
  sizeNeedsFigures: () => '資本金か従業員数のどちらかを指定してください (Give the capital or the number of employees)',
  unknownPrefecture: (text: string) => `不明な都道府県です: 「${text}」。例: 東京都、東京、Tokyo (Unknown prefecture "${text}")`,
  minwageAfterData: (date: string, until: string) =>
    `${date} の最低賃金はデータにありません (${until} 以降の改定は未収録です) (No minimum wage data on or after ${until})`,
  minwageBeforeData: (date: string, from: string) =>
    `${date} の最低賃金はデータにありません (${from} より前は未収録です) (No minimum wage data before ${from})`,
  unknownNearRule: (text: string) => `不明な判定方式です: 「${text}」。使える値: 7次、1-6次 (Unknown rule "${text}"; use 7次 or 1-6次)`,
  noWages: () => '賃金 (時給) が1件もありません (No wages given)',
  badWage: (text: string) => `時給として読めません: 「${text}」 (Not an hourly wage: "${text}")`,
  unknownEnergy: (text: string, known: readonly string[]) =>
    `不明なエネルギーの種類です: 「${text}」。使える種類: ${list(known)} (Unknown energy kind "${text}")`,
  badQuantity: (text: string) => `使用量として読めません: 「${text}」 (Not a quantity: "${text}")`,
  badFactor: (text: string) => `換算係数として読めません: 「${text}」 (Not a conversion factor: "${text}")`,
  unknownUnit: (text: string, known: readonly string[]) => `不明な単位です: 「${text}」。使える単位: ${list(known)} (Unknown unit "${text}")`,
  badRound: (text: string) => `公募回として読めません: 「${text}」。例: 7 または "7次" (Not a round: "${text}")`,
  noSchedule: (frame: string) => `${frame}の締切日はデータにありません (No deadlines on record for this frame)`,
  unknownRound: (frame: string, round: number, known: readonly number[]) =>
    `${frame}の${round}次の締切日はデータにありません。収録: ${list(known.map((r) => `${r}次`))} (No deadline on record for round ${round})`,

  // quote lines
  unknownCategory: (row: number, text: string, known: readonly string[]) =>
    `見積${row}行目の区分が不明です: 「${text}」。使える区分: ${list(known)}。対象外の費用は「対象外」としてください (Quote line ${row}: unknown category "${text}"; mark ineligible costs "対象外")`,
  categoryNotInFrame: (row: number, category: string, frame: string) =>
    `見積${row}行目の区分「${category}」は${frame}の補助対象になりません (Quote line ${row}: "${category}" is not eligible in this frame)`,
  lineAmount: (row: number, inner: string) => `見積${row}行目: ${inner} (Quote line ${row})`,
  badMonths: (row: number, text: string) =>
    `見積${row}行目の月数が不正です: 「${text}」。1以上の整数を入力してください (Quote line ${row}: months must be a whole number ≥ 1)`,
  quoteShape: () =>
    '見積明細は「区分・金額・(月数)」の2〜3列の範囲で指定してください (Quote lines must be a range of 2–3 columns: category, amount, [months])',
  noQuoteLines: () => '見積明細に行がありません (The quote has no lines)',
  membersShape: (known: readonly string[]) =>
    `構成員表には見出し行が必要です。見出し: ${list(known)} (The members table needs a header row)`,
  membersColumnMissing: (column: string) => `構成員表に「${column}」列がありません (The members table lacks the "${column}" column)`,
  membersRow: (row: number, inner: string) => `構成員表${row}行目: ${inner} (Members table row ${row})`,
  membersNeedTable: (frame: string) =>
    `${frame}の経費は構成員表 (範囲) で指定してください (Give this frame's costs as a members table range)`,

  internal: (detail: string) => `内部エラーです。お手数ですが報告してください: ${detail} (Internal error; please report it)`,

  // broadcast
  emptyRange: () => '範囲が空です。値の入った範囲を指定してください (The range is empty)',
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
  requirementUnmet: (what: string) => `要件を満たしません: ${what} (Requirement not met: ${what})`,
  requirementUnverified: (what: string) => `要件は未確認です (オプションで指定すると判定します): ${what} (Requirement not verified: give its options to check it)`,

  // notes (BREAKDOWN / CHECK detail)
  optionIgnored: (key: string, frame: string) => `オプション「${key}」は${frame}には適用されないため無視しました (Option "${key}" does not apply to this frame; ignored)`,
  neverSmall: (org: string) => `${org}は小規模事業者になれないため中小企業として計算しました (A ${org} is never a small business; computed as an SME)`,
  truncatedCost: () => '1円未満の経費を切り捨てました (Cost truncated to whole yen)',
  prorated: (row: number, months: number, limit: number) =>
    `見積${row}行目: ${months}か月分のうち${limit}か月分を対象にしました (Quote line ${row}: ${limit} of ${months} months counted)`,
  groupCapped: (label: string, limit: number) => `${label}は経費${yen(limit)}までが対象です (${label}: at most ${limit} of cost counts)`,
  taxIncluded: () => '税込金額を1.1で割って税抜にしました (Tax-inclusive amounts divided by 1.1)',
} as const;

/** 1234567 → "1,234,567円" (toLocaleString is slow on bulk paths). */
export function yen(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
}
