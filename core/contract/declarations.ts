/**
 * One declaration per public function. The Excel metadata (JSDoc wrappers), the Apps Script
 * wrappers and the README's function reference are all generated from this list; ids are
 * UPPER case and never change once shipped (workbooks store them).
 */
import type { RangeMode } from './broadcast';
export interface ParamDecl {
  readonly name: string;
  readonly optional: boolean;
  readonly ja: string;
  readonly en: string;
  /** How a range in this argument is read (default `cell`: it broadcasts). */
  readonly range?: RangeMode;
}

export interface FunctionDecl {
  readonly id: string;
  readonly ja: string;
  readonly en: string;
  readonly params: readonly ParamDecl[];
  readonly returns: { readonly kind: 'number' | 'text' | 'table' | 'date' | 'boolean'; readonly ja: string; readonly en: string };
  /** Whether ranges of scenarios broadcast (one answer per cell) or the function takes one scenario. */
  readonly broadcasts: boolean;
  readonly example: { readonly args: readonly unknown[]; readonly formula: string };
}

const frame: ParamDecl = {
  name: 'frame', optional: false,
  ja: '枠・類型の名前 (例: "通常枠", "インボイス対応類型")。範囲も可',
  en: 'Frame name, e.g. "通常枠" or "it-normal"; a range broadcasts',
};
const cost: ParamDecl = {
  name: 'cost', optional: false, range: 'lines',
  ja: '補助対象経費 (税抜の円)。数値、"150万円" などの文字列、または見積書の範囲 (見出し行・品名・数量・単価・金額・小計などをそのまま)',
  en: 'Eligible cost in yen (tax-exclusive): a number, text like "150万円", or a quote range as written (header, items, quantities, prices, subtotals)',
};
const optionalCost: ParamDecl = { ...cost, optional: true, ja: `${cost.ja}。省略すると基本の補助率`, en: `${cost.en}; omit for the base rate` };
const size: ParamDecl = {
  name: 'size', optional: true,
  ja: '事業者規模: "中小企業" (既定)、"小規模事業者"、"大企業"',
  en: 'Company size: "中小企業" (default), "小規模事業者" or "大企業"',
};
const options: ParamDecl = {
  name: 'options', optional: true,
  ja: 'オプション (例: "プロセス=4, 賃上げ", "機能=2", "口座=80/100", "税込")',
  en: 'Options, e.g. "プロセス=4, 賃上げ", "機能=2", "口座=80/100", "税込"',
};

export const DECLARATIONS: readonly FunctionDecl[] = [
  {
    id: 'AMOUNT', ja: '補助金額 (円) を返します。対象外のときは 0', en: 'Subsidy in yen (0 when not eligible)',
    params: [frame, cost, size, options], broadcasts: true,
    returns: { kind: 'number', ja: '補助金額 (円)', en: 'Subsidy in yen' },
    example: { args: ['通常枠', 1000000, '中小企業', 'プロセス=2'], formula: '=ITHOJO.AMOUNT("通常枠", 1000000, "中小企業", "プロセス=2")' },
  },
  {
    id: 'RATE', ja: '補助率を返します。経費を指定すると実効補助率 (補助額÷対象経費)', en: 'Subsidy rate; with a cost, the effective rate (subsidy ÷ eligible cost)',
    params: [frame, optionalCost, size, options], broadcasts: true,
    returns: { kind: 'number', ja: '補助率 (例: 0.5)', en: 'Rate, e.g. 0.5' },
    example: { args: ['インボイス対応類型', null, '小規模事業者'], formula: '=ITHOJO.RATE("インボイス対応類型", , "小規模事業者")' },
  },
  {
    id: 'SELFPAY', ja: '自己負担額 (経費 − 補助金額) を返します。税込指定時は税込の総額から', en: 'Self-payment: cost − subsidy (from the tax-inclusive total with 税込)',
    params: [frame, cost, size, options], broadcasts: true,
    returns: { kind: 'number', ja: '自己負担額 (円)', en: 'Self-payment in yen' },
    example: { args: ['通常枠', 1000000], formula: '=ITHOJO.SELFPAY("通常枠", 1000000)' },
  },
  {
    id: 'CAP', ja: '補助上限額 (円) を返します', en: 'Subsidy cap (上限) in yen',
    params: [frame, size, options], broadcasts: true,
    returns: { kind: 'number', ja: '補助上限額 (円)', en: 'Cap in yen' },
    example: { args: ['通常枠', '中小企業', 'プロセス=4, 賃上げ'], formula: '=ITHOJO.CAP("通常枠", "中小企業", "プロセス=4, 賃上げ")' },
  },
  {
    id: 'MINAMOUNT', ja: '補助下限額 (円) を返します。下限なしは 0', en: 'Lower limit (下限) of the subsidy in yen; 0 when none',
    params: [frame, size, options], broadcasts: true,
    returns: { kind: 'number', ja: '補助下限額 (円)', en: 'Lower limit in yen' },
    example: { args: ['通常枠'], formula: '=ITHOJO.MINAMOUNT("通常枠")' },
  },
  {
    id: 'CHECK', ja: '申請できるかを判定し、"OK" または理由を返します (入力の誤りも理由として返します)', en: '"OK" or the reasons the scenario is not eligible (input errors are returned as text)',
    params: [frame, cost, size, options], broadcasts: true,
    returns: { kind: 'text', ja: '"OK" または理由', en: '"OK" or the reasons' },
    example: { args: ['通常枠', 90000], formula: '=ITHOJO.CHECK("通常枠", 90000)' },
  },
  {
    id: 'BREAKDOWN', ja: '計算の内訳を表で返します (区分・対象経費・補助率・補助額・上限)', en: 'The calculation as a table (item, cost, rate, subsidy, cap)',
    params: [frame, cost, size, options], broadcasts: false,
    returns: { kind: 'table', ja: '内訳表 (見出し行つき)', en: 'Table with a header row' },
    example: { args: ['インボイス対応類型', 1000000, '中小企業', '機能=2'], formula: '=ITHOJO.BREAKDOWN("インボイス対応類型", 1000000, "中小企業", "機能=2")' },
  },
  {
    id: 'COMPARE', ja: '見積 (経費) をどの枠で申請すると補助金額が多いかを比べる表を返します (補助金額の多い順)', en: 'Which frame pays most for a cost or quote: one row per frame, by subsidy',
    params: [
      cost, size, options,
      { name: 'program', optional: true, ja: '制度 (既定: IT導入補助金。例: "事業承継・M&A補助金")', en: 'Program (default: IT導入補助金)' },
    ],
    broadcasts: false,
    returns: { kind: 'table', ja: '比較表 (枠・補助金額・実効補助率・自己負担額・判定)', en: 'Table: frame, subsidy, effective rate, self-payment, check' },
    example: { args: [[['ソフトウェア', 1000000], ['PC', 200000]], '中小企業', '機能=2'], formula: '=ITHOJO.COMPARE(A2:B3, "中小企業", "機能=2")' },
  },
  {
    id: 'FRAMES', ja: '対応している枠・類型の一覧を表で返します', en: 'Table of supported frames',
    params: [{ name: 'program', optional: true, ja: '制度名で絞り込み (例: "IT導入補助金")', en: 'Filter by program, e.g. "IT導入補助金"' }],
    broadcasts: false,
    returns: { kind: 'table', ja: '枠の一覧表 (見出し行つき)', en: 'Table with a header row' },
    example: { args: ['IT導入補助金'], formula: '=ITHOJO.FRAMES("IT導入補助金")' },
  },
  {
    id: 'SIZE', ja: '業種・資本金・従業員数から事業者規模 (小規模事業者/中小企業/大企業) を判定します', en: 'Company size (小規模事業者 / 中小企業 / 大企業) from industry, capital and employees',
    params: [
      { name: 'industry', optional: false, ja: '業種 (例: "製造業", "小売業", "サービス業", "ソフトウェア業", "旅館業", "医療法人")', en: 'Industry, e.g. "製造業" or "サービス業"' },
      { name: 'capital', optional: true, ja: '資本金・出資総額 (円、例: "3億円")', en: 'Capital in yen' },
      { name: 'employees', optional: true, ja: '常時使用する従業員数 (役員を除く)', en: 'Regular employees (excluding officers)' },
    ],
    broadcasts: true,
    returns: { kind: 'text', ja: '"小規模事業者"、"中小企業" または "大企業"', en: '"小規模事業者", "中小企業" or "大企業"' },
    example: { args: ['サービス業', 10000000, 5], formula: '=ITHOJO.SIZE("サービス業", 10000000, 5)' },
  },
  {
    id: 'MINWAGE', ja: 'その日に有効な地域別最低賃金 (円/時間) を返します。日付省略時は最新 (令和7年度)', en: 'Regional minimum wage (yen/hour) in force on a date; the latest when omitted',
    params: [
      { name: 'prefecture', optional: false, ja: '都道府県 (例: "東京都", "東京", "Tokyo")', en: 'Prefecture, e.g. "東京都" or "Tokyo"' },
      { name: 'date', optional: true, ja: '日付 (日付セル、または "2025-10-03")', en: 'Date (a date cell or "2025-10-03")' },
    ],
    broadcasts: true,
    returns: { kind: 'number', ja: '最低賃金 (円/時間)', en: 'Minimum wage in yen per hour' },
    example: { args: ['東京都', '2025-10-03'], formula: '=ITHOJO.MINWAGE("東京都", "2025-10-03")' },
  },
  {
    id: 'NEARMINWAGE', ja: '従業員の30%以上が最低賃金近傍かを判定します (通常枠 2/3 の要件)', en: 'Whether at least 30% of the wages are near the minimum wage (通常枠 2/3 condition)',
    params: [
      { name: 'prefecture', optional: false, ja: '都道府県', en: 'Prefecture' },
      { name: 'wages', optional: false, range: 'whole', ja: '全従業員の時給の範囲 (月給は時給換算)', en: 'Range of every employee\'s hourly wage' },
      { name: 'date', optional: true, ja: '判定に使う日付 (1-6次方式のみ。省略時は令和6年度の額)', en: 'Date for the 1-6次 rule (default: the 令和6年度 amount)' },
      { name: 'rule', optional: true, ja: '"7次" (既定: 令和7年度最低賃金未満) または "1-6次" (最低賃金+50円以内)', en: '"7次" (default: below the FY2025 minimum) or "1-6次" (within minimum +50 yen)' },
    ],
    broadcasts: true,
    returns: { kind: 'boolean', ja: 'TRUE (該当) / FALSE', en: 'TRUE when the condition is met' },
    example: { args: ['東京都', [[1200], [1300], [1250]], null, '7次'], formula: '=ITHOJO.NEARMINWAGE("東京都", C2:C11)' },
  },
  {
    id: 'OILKL', ja: 'エネルギー使用量を原油換算kl に換算します', en: 'Converts an energy quantity to crude-oil-equivalent kl',
    params: [
      { name: 'kind', optional: false, ja: 'エネルギーの種類 (例: "電気", "都市ガス", "灯油", "A重油", "LPG")', en: 'Energy kind, e.g. "電気" or "都市ガス"' },
      { name: 'quantity', optional: false, ja: '使用量', en: 'Quantity' },
      { name: 'unit', optional: true, ja: '単位 (例: "kWh", "MWh", "m3", "千m3", "L", "kl", "t")', en: 'Unit, e.g. "kWh" or "m3"' },
      { name: 'factor', optional: true, ja: '換算係数 (GJ/単位) を上書き (例: 電気 9.76 GJ/MWh)', en: 'Override the heat factor (GJ per unit)' },
    ],
    broadcasts: true,
    returns: { kind: 'number', ja: '原油換算kl', en: 'Crude-oil-equivalent kl' },
    example: { args: ['電気', 13460, 'kWh'], formula: '=ITHOJO.OILKL("電気", 13460, "kWh")' },
  },
  {
    id: 'DEADLINE', ja: '公募回の締切日を返します。回を省略すると締切一覧の表', en: 'Application deadline of a round; the table of rounds when omitted',
    params: [
      frame,
      { name: 'round', optional: true, ja: '公募回 (例: 7 または "7次")', en: 'Round, e.g. 7 or "7次"' },
    ],
    broadcasts: false,
    returns: { kind: 'date', ja: '締切日 (日付。Excel ではシリアル値なのでセルを日付の表示形式に)、または一覧表', en: 'Deadline date (in Excel a serial number: format the cell as a date), or a table' },
    example: { args: ['通常枠', 7], formula: '=ITHOJO.DEADLINE("通常枠", 7)' },
  },
];
