/**
 * What reading a quote (core/quote/, core/engine/quoteCosts.ts) or a 複数社連携 members table
 * (core/engine/group.ts) says, and BREAKDOWN's notes on its rows: Texts, Japanese and English kept
 * apart (text.ts; a cell shows "日本語 (English)"). A row is named by a Text from core/quote/places.ts
 * ("見積3行目", or "見積 B12 (12行目)" where the host gives the range's place). Apart from messages.ts
 * so Apps Script loads these with those parts, on demand (gas/onDemand.ts).
 */
import { cut, list, shown, yen } from './messages';
import { bi, type Text } from './text';

/**
 * `cause` (an error from reading one cell) said of a place: "見積3行目: <inner>". An inner message not
 * yet split into its languages keeps its cell form whole, with the place's English after it.
 */
export function within(place: Text, cause: Text): Text {
  if (cause.en === '' || cause.en === cause.ja) return bi(`${place.ja}: ${cause.ja}`, place.en);
  return bi(`${place.ja}: ${cause.ja}`, `${place.en}: ${cause.en}`);
}

const q = (x: unknown): string => `「${shown(x)}」`;
const qe = (x: unknown): string => `"${shown(x)}"`;

export const QUOTE_MSG = {
  // ----- the layout
  quoteShape: () => bi(
    '見出し行のない見積明細は「区分・金額・(月数)」の2〜3列 (先頭に No. 列があってもよい) で指定してください。列の多い見積は見出し行 (品名・数量・単価・金額 など) を含めてください',
    'Quote lines without a header row must be 2–3 columns: category, amount, [months], optionally after a No. column; include the header row of a wider quote',
  ),
  noQuoteLines: () => bi(
    '見積に明細行が見つかりません。探したもの: 見出し行 (区分・品名・数量・単価・金額 など) の下の行、または「区分・金額・(月数)」の行',
    'The quote has no line: looked for rows under a header (区分, 品名, 数量, 単価, 金額 …) or rows of category, amount, [months]',
  ),
  headerNoAmount: (at: Text) => bi(
    `${at.ja}の見出し行に金額の列がありません。金額・見積額・価格・小計・合計、または数量と単価の列が必要です`,
    `${at.en}: the header has no amount column: 金額, 見積額, 価格, 小計, 合計, or 数量 and 単価`,
  ),
  headerNoItem: (at: Text, names: readonly string[]) => bi(
    `${at.ja}の見出し行に品名の列がありません。品名の列 (${list(names)}) か区分の列を見出しに含めてください`,
    `${at.en}: the header has no item column (品名, 品目, 項目, 内容, Description …) and no 区分 column`,
  ),
  headerAgain: (at: Text) => bi(
    `${at.ja}に列の並びが異なる見出し行があります。1つの範囲には1つの見積を指定してください`,
    `${at.en}: a second header with other columns; give one quote per range`,
  ),
  lineAboveHeader: (at: Text, header: string) => bi(
    `${at.ja}は見出し行 (${header}) より上にある明細です。見出し行から下の範囲を指定してください`,
    `${at.en}: a line above the header row (${header})`,
  ),
  numericGrid: (at: Text, x: unknown) => bi(
    `経費の範囲は金額の表ですが、${at.ja}の${q(x)}を金額として読めません。金額にするか、見積なら品名の列と見出し行を含めてください`,
    `cost range: numbers except ${at.en}, ${qe(x)}: not an amount`,
  ),
  // ----- rows that are not lines
  errorValue: (at: Text, x: unknown) => bi(`${at.ja}にエラー値${q(x)}があります。元のセルを直してください`, `${at.en} holds the error value ${qe(x)}`),
  bareAmount: (at: Text, amount: number | bigint, section: number | bigint, all: number | bigint) => bi(
    `${at.ja}は品名のない金額 ${yen(amount)} で、直前の区切りからの明細の合計 ${yen(section)} とも明細全体の合計 ${yen(all)} とも一致しません。品名を入れるか、小計なら「小計」と書いてください`,
    `${at.en}: an amount with no item name, ${amount}, matches neither the lines of its section (${section}) nor all lines (${all}); add the item name, or label a subtotal 小計`,
  ),
  headingAmount: (at: Text, label: string, amount: number | bigint, section: number | bigint) => bi(
    `${at.ja}の見出し${q(label)}の金額 ${yen(amount)} が、その下の明細の合計 ${yen(section)} と一致しません。明細なら数量・単価を入れ、見出しなら金額を消してください`,
    `${at.en}: the heading ${qe(label)} carries ${amount}, not the sum of the lines below it (${section}); give a line its quantity and unit price, or clear the heading's amount`,
  ),
  lineNoAmount: (at: Text, label: string) => bi(`${at.ja}${q(label)}に金額がありません。金額、または数量と単価を入力してください`, `${at.en} ${qe(label)}: no amount; enter the amount, or the quantity and unit price`),
  // ----- amounts and tax
  lineAmount: (at: Text, cause: Text) => within(at, cause),
  unitPriceFraction: (at: Text, label: string) => bi(`${at.ja}${q(label)}の単価に1円未満の端数があるため数量×単価を計算しません。金額を入力してください`, `${at.en} ${qe(label)}: the unit price has a fraction of a yen; enter the amount`),
  productTooLarge: (at: Text, label: string) => bi(`${at.ja}${q(label)}の数量×単価が上限 (1e15円) を超えています`, `${at.en} ${qe(label)}: quantity × unit price exceeds the largest amount (1e15)`),
  amountsDisagree: (at: Text, label: string, first: number, second: number) => bi(
    `${at.ja}${q(label)}の2つの金額の列 (${yen(first)} と ${yen(second)}) が一致しません。どちらが税抜かを見出しに (税抜)・(税込) と書くか、一方の列を範囲から外してください`,
    `${at.en} ${qe(label)}: the two amount columns differ (${first}, ${second}); mark which is 税抜 and which 税込, or leave one out`,
  ),
  unitPriceTaxUnclear: (at: Text, label: string, product: string, amount: number) => bi(
    `${at.ja}${q(label)}: 単価は税込ですが、金額 ${yen(amount)} が数量×単価 (${product}) と一致しないため、金額が税込か税抜か分かりません。金額の見出しに (税抜) か (税込) を書いてください`,
    `${at.en} ${qe(label)}: the unit price is tax-inclusive and the amount ${amount} is not quantity × unit price (${product}): its tax status cannot be told; mark the amount column 税抜 or 税込`,
  ),
  parensOnItem: (at: Text, x: unknown) => bi(
    `${at.ja}の${q(x)}は括弧つきの金額 (マイナス) ですが、値引きの行ではありません。値引きなら品名に「値引」と書くか ▲ で書いてください`,
    `${at.en}: ${qe(x)} in accounting brackets (a negative amount) on a line that is not a discount`,
  ),
  taxClassUnknown: (at: Text, x: unknown) => bi(
    `${at.ja}の税区分${q(x)}が分かりません。内税・外税・非課税・対象外 のどれかにしてください`,
    `${at.en}: unknown tax class ${qe(x)}; use 内税, 外税, 非課税 or 対象外`,
  ),
  taxStatementConflict: (at: Text, label: string, included: boolean) => bi(
    included
      ? `${at.ja}${q(label)}に金額は税込とありますが、オプションは「税込=なし」です。どちらかに合わせてください`
      : `${at.ja}${q(label)}に金額は税抜とありますが、オプション「税込」が指定されています。どちらかに合わせてください`,
    included ? `${at.en} ${qe(label)} says the prices include tax, the options say 税込=なし` : `${at.en} ${qe(label)} says the prices exclude tax, the options say 税込`,
  ),
  // ----- marks (補助対象 ○/×)
  markUnknown: (at: Text, label: string, x: unknown) => bi(
    `${at.ja}${q(label)}の補助対象の欄${q(x)}が読めません。○ (対象) か × (対象外) にしてください`,
    `${at.en} ${qe(label)}: the eligibility mark ${qe(x)} is neither ○ nor ×`,
  ),
  markBlank: (at: Text, label: string) => bi(
    `${at.ja}${q(label)}の補助対象の欄が空です。この列には ○ の行があるため、空欄を対象とも対象外とも決められません。○ か × を入れてください`,
    `${at.en} ${qe(label)}: the eligibility mark is blank in a column of ○ marks; enter ○ or ×`,
  ),
  // ----- categories
  unknownCategory: (at: Text, x: unknown, known: readonly string[]) => bi(
    `${at.ja}の区分が不明です: ${q(x)}。区分・品名・見出しのどれからも分かりません。使える区分: ${list(known)}。対象外の費用は「対象外」としてください`,
    `${at.en}: unknown category ${qe(x)}; give a 区分 or mark ineligible costs "対象外"`,
  ),
  neverInferred: (at: Text, x: unknown, word: string, known: readonly string[]) => bi(
    `${at.ja}の${q(x)}は「${word}」を含むため区分を推定しません (補助対象にならないことの多い費用です)。区分を書くか「対象外」としてください。使える区分: ${list(known)}`,
    `${at.en}: ${qe(x)} names a cost (${word}) whose category is never inferred; give a 区分 or mark it "対象外"`,
  ),
  genericHardware: (at: Text, x: unknown) => bi(
    `${at.ja}の${q(x)}はハードウェアですが、PC・タブレット等 か POSレジ・券売機等 かが品名から分かりません (上限が異なります)。区分に「PC」か「POSレジ」と書いてください`,
    `${at.en}: ${qe(x)} is hardware, but neither a PC/tablet nor a register by its name (their caps differ); give the 区分 PC or POSレジ`,
  ),
  twoHardwareGroups: (at: Text, x: unknown) => bi(
    `${at.ja}の${q(x)}には PC・タブレット等 と POSレジ・券売機等 の両方の語があります (上限が異なります)。区分に「PC」か「POSレジ」と書いてください`,
    `${at.en}: ${qe(x)} names both a PC/tablet and a register (their caps differ); give the 区分 PC or POSレジ`,
  ),
  headUndecided: (at: Text, x: unknown, one: string, other: string) => bi(
    `${at.ja}の${q(x)}は「${one}」とも「${other}」とも読めます。区分を書いてください`,
    `${at.en}: ${qe(x)} reads as ${one} and as ${other}; give a 区分`,
  ),
  categoryNotInFrame: (at: Text, label: string, category: string, frame: string) => {
    // a line named by its category alone (ソフトウェア) is not named twice
    const named = label === '' || label === category;
    return bi(
      `${at.ja}${named ? '' : q(label)}の区分「${category}」は${frame}の補助対象になりません。対象外なら「対象外」としてください`,
      `${at.en}${named ? '' : ` ${qe(label)}`}: "${category}" is not eligible in this frame; mark it "対象外" if it stays in the quote`,
    );
  },
  // ----- terms (months)
  termUnreadable: (at: Text, x: unknown) => bi(
    `${at.ja}の${q(x)}は期間を表す語を含みますが、月数が読めません (全額を対象にすると過大になりえます)。月数の列か品名に「24ヶ月」「2年」などを書いてください`,
    `${at.en}: ${qe(x)} speaks of a term the reader cannot read; give the months (24ヶ月, 2年) in a 月数 column or the item name`,
  ),
  termsDisagree: (at: Text, label: string, first: number, second: number) => bi(
    `${at.ja}${q(label)}に異なる期間 (${first}か月 と ${second}か月) が書かれています。どちらか1つにしてください`,
    `${at.en} ${qe(label)}: two different terms, ${first} and ${second} months`,
  ),
  perUserMonths: (at: Text, label: string) => bi(
    `${at.ja}${q(label)}の数量は ユーザー×月 の数なので月数が分かりません。品名か月数の列に「36ヶ月」などの月数を書いてください`,
    `${at.en} ${qe(label)}: the quantity counts users × months; state the months apart (36ヶ月)`,
  ),
  // ----- discounts
  splitTooLarge: (at: Text, label: string, excluded: number, amount: number) => bi(
    `${at.ja}${q(label)}の補助対象外 ${yen(excluded)} が見積額 ${yen(amount)} を超えています`,
    `${at.en} ${qe(label)}: the ineligible part ${excluded} exceeds the amount ${amount}`,
  ),
  discountTooLarge: (at: Text, label: string, discount: number | bigint, base: number | bigint, target: string) => bi(
    `${at.ja}${q(label)}の値引き (マイナスの金額) ${yen(discount)} が、値引きの対象 (${target}) の金額 ${yen(base)} を超えています`,
    `${at.en} ${qe(label)}: the discount ${discount} exceeds what it reduces, ${base}`,
  ),
  // ----- CHECK's warnings: what was assumed or does not add up
  categoryInferred: (lines: string) => bi(`区分を品名から推定: ${lines}`, 'Category inferred from the item name'),
  categoryFromHeading: (lines: string) => bi(`区分を見出しから推定: ${lines}`, 'Category taken from the section heading'),
  categoryFromAbove: (lines: string) => bi(`区分を上の行の区分から推定: ${lines}`, 'Category taken from the 区分 above (a blank 区分 cell)'),
  termFromText: (lines: string) => bi(`月数を品名・仕様・備考から読みました: ${lines}`, 'Months read from the item text'),
  termLicence: (lines: string) => bi(`期間のあるライセンスを利用料として月数の上限を適用: ${lines}`, 'A licence with a term counted as a usage fee (month limit)'),
  termUnknown: (lines: string) => bi(
    `月数の書かれていない利用料・保守・オプションの行は全額を対象にしました (月数の上限を確認できません): ${lines}`,
    'Lines of fees with no term stated counted in full: the month limit could not be checked',
  ),
  notPriced: (lines: string) => bi(`金額が「別途」「実費」などの行はこの見積では0円とし、補助対象に含めていません: ${lines}`, 'Lines priced elsewhere (別途, 実費) count 0 and stay out of the subsidy'),
  qtyPriceMismatch: (at: Text, product: string, amount: number) => bi(
    `${at.ja}: 数量×単価 (${product}) と金額 (${yen(amount)}) が一致しません。金額を使いました`,
    `${at.en}: quantity × unit price ${product} differs from the amount ${amount}; the amount counts`,
  ),
  splitMismatch: (at: Text, amount: number, excluded: number, eligible: number, counted: number) => bi(
    `${at.ja}: 補助対象額 ${yen(eligible)} が 見積額 ${yen(amount)} − 補助対象外 ${yen(excluded)} と一致しません。少ない方の ${yen(counted)} を対象にしました`,
    `${at.en}: eligible ${eligible} ≠ ${amount} − ${excluded}; the smaller, ${counted}, counts`,
  ),
  summaryMismatch: (at: Text, label: string, written: number | bigint, sum: number | bigint) => bi(
    `${at.ja}の「${cut(label)}」${yen(written)} が明細の合計 ${yen(sum)} と一致しません。明細の金額で計算しました`,
    `${at.en}: "${cut(label)}" ${written} differs from the sum of the lines, ${sum}; the lines count`,
  ),
  taxStatement: (at: Text, label: string, included: boolean) => bi(
    included
      ? `${at.ja}「${cut(label)}」により、見積の金額をすべて税込として1.1で割りました`
      : `${at.ja}「${cut(label)}」により、見積の金額をすべて税抜として読みました`,
    included ? `${at.en} states the prices include tax: every amount divided by 1.1` : `${at.en} states the prices exclude tax`,
  ),
  taxMentioned: () => bi(
    '見積の見出しに「税込」とあります。金額が税込なら、オプション「税込」を指定してください',
    'The quote says 税込 in a heading: if its amounts include tax, give the option 税込',
  ),
  // ----- BREAKDOWN's notes
  proratedLines: (count: number, lines: string) => bi(
    `月数が上限を超える${count}行を「金額×上限÷月数」で按分しました: ${lines}`,
    `lines beyond the month limit prorated: ${count}`,
  ),
  lineTaxIncluded: (lines: string) => bi(`税込と書かれた行を1.1で割って税抜にしました: ${lines}`, 'Lines marked 税込 divided by 1.1'),
  lineTaxExcluded: (lines: string) => bi(`税抜と書かれた行は1.1で割っていません: ${lines}`, 'Lines marked 税抜 not divided by 1.1'),
  discountSpread: (discount: number | bigint, all: boolean) => all
    ? bi(`区分のない値引き ${yen(discount)} を、対象外を含む全ての行に金額の比で按分しました (値引き=按分)`, `A discount without a category, ${discount}, spread over all lines`)
    : bi(
      `区分のない値引き ${yen(discount)} を、月数の上限と役務の上限を適用した後の補助対象経費から、経費の比で差し引きました (「値引き=按分」で対象外を含む全ての行に上限の前に按分)`,
      `A discount without a category, ${discount}, comes off the counted eligible cost after the limits, pro rata`,
    ),
  groupCapped: (label: string, limit: number) => bi(`${label}は経費${yen(limit)}までが対象です`, `${label}: at most ${limit} of cost counts`),
  tierBoundary: (label: string, decimal: string, exact: string) => bi(
    `${label}: 段の境目は経費 ${decimal}円 (=${exact}円) で、1円未満を含みます。表では境目を切り上げて前の段に含め、各段の経費の合計を対象経費に合わせています。補助額は正確な境目で計算しています`,
    `Tier boundary at ${decimal} yen: shown rounded up so the rows add up; subsidies use the exact boundary`,
  ),
  costFractions: () => bi(
    '対象経費の1円未満 (税込÷1.1、値引きの按分など) は、各行の合計が対象経費 (1円未満切り捨て) と一致するよう表示しています',
    'Fractions of a yen are carried so the shown costs add up to the eligible cost',
  ),
  lineCount: (count: number) => `ほか${count}行 (and ${count} more)`,
  // ----- the 複数社連携 members table (core/engine/group.ts)
  membersShape: (known: readonly string[]) => bi(`構成員表には見出し行が必要です。見出し: ${list(known)}`, 'The members table needs a header row'),
  membersRow: (row: number, cause: Text) => within(bi(`構成員表${row}行目`, `Members table row ${row}`), cause),
  membersNeedTable: (frame: string) => bi(`${frame}の経費は構成員表 (範囲) で指定してください`, 'Give this frame\'s costs as a members table range'),
  tooFewMembers: (n: number, min: number) => bi(`構成員が${n}者です。${min}者以上必要です`, `${n} members; at least ${min} are required`),
  memberNotEligible: (row: number, name: string, size: string) => bi(
    `構成員表${row}行目の${name}は${size}のため構成員になれません (中小企業・小規模事業者等のみ)`,
    `Members table row ${row}: a ${size} cannot be a member; members must be SMEs`,
  ),
} as const;
