/**
 * What reading a quote (core/quote/, core/engine/quoteCosts.ts) or a 複数社連携 members table
 * (core/engine/group.ts) says, and BREAKDOWN's notes on its rows; Japanese first, English in
 * parentheses, as in messages.ts. Apart from it so Apps Script loads these with those parts, on
 * demand (gas/onDemand.ts).
 */
import { cut, list, shown, yen } from './messages';

export const QUOTE_MSG = {
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
  proratedLines: (count: number, lines: string) =>
    `月数が上限を超える${count}行を「金額×上限÷月数」で按分しました: ${lines} (lines beyond the month limit prorated: ${count})`,
  lineTaxIncluded: (lines: string) => `税込と書かれた行を1.1で割って税抜にしました: ${lines} (Lines marked 税込 divided by 1.1)`,
  lineTaxExcluded: (lines: string) => `税抜と書かれた行は1.1で割っていません: ${lines} (Lines marked 税抜 not divided by 1.1)`,
  discountSpread: (discount: number | bigint, all: boolean) => all
    ? `区分のない値引き ${yen(discount)} を、対象外を含む全ての行に金額の比で按分しました (値引き=按分) (A discount without a category, ${discount}, spread over all lines)`
    : `区分のない値引き ${yen(discount)} を、補助対象の行に金額の比で按分しました (値引きの全額が補助対象経費を減らします。「値引き=按分」で対象外の行にも按分) (A discount without a category, ${discount}, reduces the eligible lines pro rata)`,
  groupCapped: (label: string, limit: number) => `${label}は経費${yen(limit)}までが対象です (${label}: at most ${limit} of cost counts)`,
  tierBoundary: (label: string, decimal: string, exact: string) =>
    `${label}: 段の境目は経費 ${decimal}円 (=${exact}円) で、1円未満を含みます。表では境目を切り上げて前の段に含め、各段の経費の合計を対象経費に合わせています。補助額は正確な境目で計算しています (Tier boundary at ${decimal} yen: shown rounded up so the rows add up; subsidies use the exact boundary)`,
  costFractions: () =>
    '対象経費の1円未満 (税込÷1.1、値引きの按分など) は、各行の合計が対象経費 (1円未満切り捨て) と一致するよう表示しています (Fractions of a yen are carried so the shown costs add up to the eligible cost)',
  lineCount: (count: number) => `ほか${count}行 (and ${count} more)`,
  membersShape: (known: readonly string[]) =>
    `構成員表には見出し行が必要です。見出し: ${list(known)} (The members table needs a header row)`,
  membersRow: (row: number, inner: string) => `構成員表${row}行目: ${inner} (Members table row ${row})`,
  membersNeedTable: (frame: string) =>
    `${frame}の経費は構成員表 (範囲) で指定してください (Give this frame's costs as a members table range)`,
  tooFewMembers: (n: number, min: number) =>
    `構成員が${n}者です。${min}者以上必要です (${n} members; at least ${min} are required)`,
  memberNotEligible: (row: number, name: string, size: string) =>
    `構成員表${row}行目の${name}は${size}のため構成員になれません (中小企業・小規模事業者等のみ) (Members table row ${row}: a ${size} cannot be a member; members must be SMEs)`,
} as const;
