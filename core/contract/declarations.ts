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
  /** Bad input is answered with its message instead of an error (CHECK). */
  readonly errorsAsText?: boolean;
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
    params: [frame, cost, size, options], broadcasts: true, errorsAsText: true,
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
    id: 'SIZE',
    ja: '業種・資本金・従業員数から事業者規模 (小規模事業者/中小企業/大企業) を判定します (中小企業基本法・政令の業種分類)。資本金だけなら中小企業まで (小規模の判定には従業員数が必要)',
    en: 'Company size (小規模事業者 / 中小企業 / 大企業) from industry class, capital and employees (中小企業基本法 and its 政令); from capital alone at most 中小企業 (小規模 needs employees)',
    params: [
      {
        name: 'industry', optional: false,
        ja: '業種分類の名前 (例: "製造業", "卸売業", "小売業", "飲食店" (小売業), "サービス業", "宿泊業", "旅館業", "ソフトウェア業", "ゴム製品製造業", "その他", "医療法人")。名前の一部では判定しません',
        en: 'Industry class by its whole name, e.g. "製造業", "小売業" ("飲食店" counts as 小売業), "サービス業", "旅館業", "ソフトウェア業"; never matched by a part of a name',
      },
      { name: 'capital', optional: true, ja: '資本金の額又は出資の総額 (円。例: 50000000、"5,000万円"、"3億円")', en: 'Capital (資本金又は出資の総額) in yen, e.g. "3億円"' },
      { name: 'employees', optional: true, ja: '常時使用する従業員数 (整数。役員・個人事業主本人を除く)', en: 'Regular employees, a whole number (officers and the owner are not counted)' },
    ],
    broadcasts: true,
    returns: { kind: 'text', ja: '"小規模事業者"、"中小企業" または "大企業"', en: '"小規模事業者", "中小企業" or "大企業"' },
    example: { args: ['サービス業', 10000000, 5], formula: '=ITHOJO.SIZE("サービス業", 10000000, 5)' },
  },
  {
    id: 'MINWAGE',
    ja: 'その日に有効な地域別最低賃金 (円/時間) を返します。日付を省略すると今日 (日本時間)。収録は令和5〜8年度で、2027-09-30 まで (以降はエラー)',
    en: 'Regional minimum wage (yen/hour) in force on a date; today (Japan time) when omitted. Data: 令和5–8年度, up to 2027-09-30 (later dates are an error)',
    params: [
      { name: 'prefecture', optional: false, ja: '都道府県 (例: "東京都", "東京", "Tokyo")', en: 'Prefecture, e.g. "東京都" or "Tokyo"' },
      { name: 'date', optional: true, ja: '日付 (日付セル、または "2026-10-01")。省略すると今日', en: 'Date (a date cell or "2026-10-01"); today when omitted' },
    ],
    broadcasts: true,
    returns: { kind: 'number', ja: '最低賃金 (円/時間)', en: 'Minimum wage in yen per hour' },
    example: { args: ['東京都', '2026-10-01'], formula: '=ITHOJO.MINWAGE("東京都", "2026-10-01")' },
  },
  {
    id: 'NEARMINWAGE',
    ja: '最低賃金近傍の要件 (通常枠 2/3) を判定します。既定は2026年方式: 2024年10月〜2025年9月の12か月のうち、その月の最低賃金以上・令和7年度の額未満の従業員がその月の30%以上である月が3か月以上なら TRUE',
    en: 'Whether the 最低賃金近傍 condition (通常枠 2/3) is met. Default, the 2026 rule: TRUE when in 3 or more of the 12 months 2024-10 … 2025-09 at least 30% of that month\'s employees earned at least the minimum wage in force and less than the 令和7年度 rate',
    params: [
      { name: 'prefecture', optional: false, ja: '都道府県', en: 'Prefecture' },
      {
        name: 'wages', optional: false, range: 'whole',
        ja: '時給の表: 1行に従業員1人、12列が 2024-10〜2025-09 の各月 (1行目に月の見出し "2024-10"・"2024/10"・"2024年10月"・日付セルを置いても可。在籍していない月は空欄。月給は時給に換算)。"7次"・"1-6次" では時給を並べた範囲',
        en: 'Hourly wages: one row per employee, 12 columns for the months 2024-10 … 2025-09 (an optional header row of months; blank = not employed that month). For "7次" / "1-6次": a range of hourly wages',
      },
      { name: 'date', optional: true, ja: '日付 ("1-6次" だけが使います: その日の最低賃金。省略時は令和6年度の額)。どの方式でも日付として確認します', en: 'Date, used by "1-6次" only (default: the 令和6年度 rate); checked under every rule' },
      {
        name: 'rule', optional: true,
        ja: '判定方式: "2026" (既定。別名 "月次")、"2026表" (月ごとの内訳表を返す)、"7次" (令和7年度の額未満が30%以上)、"1-6次" (最低賃金+50円以内が30%以上)',
        en: '"2026" (default; alias "月次"), "2026表" (returns the month-by-month table), "7次" (30% below the FY2025 rate) or "1-6次" (30% within minimum + 50 yen)',
      },
    ],
    broadcasts: true,
    returns: { kind: 'boolean', ja: 'TRUE (該当) / FALSE。"2026表" では月ごとの表 (見出し行つき)', en: 'TRUE when the condition is met; with "2026表" a month-by-month table with a header row' },
    example: {
      args: ['東京都', [[1300, 1300, 1300, 1300, 1300, 1300, 1300, 1300, 1200, 1200, 1200, 1300], [1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500]]],
      formula: '=ITHOJO.NEARMINWAGE("東京都", B2:M11)',
    },
  },
  {
    id: 'OILKL', ja: 'エネルギー使用量を原油換算kl に換算します (使用量 × 換算係数 GJ × 0.0258 kl/GJ)', en: 'Converts an energy quantity to crude-oil-equivalent kl (quantity × GJ factor × 0.0258 kl/GJ)',
    params: [
      { name: 'kind', optional: false, ja: 'エネルギーの種類 (例: "電気", "都市ガス", "灯油", "軽油", "A重油", "LPG", "LNG")', en: 'Energy kind, e.g. "電気", "都市ガス", "灯油", "LPG"' },
      { name: 'quantity', optional: false, ja: '使用量 (数値、または "1.2万" など)', en: 'Quantity, e.g. 13460 or "1.2万"' },
      {
        name: 'unit', optional: true,
        ja: '使用量の単位 (例: "kWh", "MWh", "千kWh", "m3", "千m3", "L", "kl", "kg", "t")。省略時は 電気 kWh、ガス m3、油 kl、LPG・LNG t',
        en: 'Unit of the quantity, e.g. "kWh", "MWh", "m3", "千m3", "L", "kl", "t"; default kWh, m3, kl or t by kind',
      },
      {
        name: 'factor', optional: true,
        ja: '換算係数の上書き。単位は使用量の単位にかかわらず種類ごとに決まっています: 電気 GJ/MWh (既定 8.64、旧 9.76)、都市ガス・その他天然ガス GJ/千m3、原油・灯油・軽油・重油 GJ/kl、LPG・LNG GJ/t。ありえない値 (例: GJ/kWh の 0.00976) はエラー',
        en: 'Replaces the heat factor, always in the kind\'s table unit whatever the quantity\'s unit: electricity GJ/MWh (default 8.64, formerly 9.76), city/natural gas GJ/千m3, oils GJ/kl, LPG/LNG GJ/t; an implausible factor (e.g. 0.00976 per kWh) is an error',
      },
    ],
    broadcasts: true,
    returns: { kind: 'number', ja: '原油換算kl', en: 'Crude-oil-equivalent kl' },
    example: { args: ['電気', 100000, 'kWh', 9.76], formula: '=ITHOJO.OILKL("電気", 100000, "kWh", 9.76)' },
  },
  {
    id: 'DEADLINE', ja: '公募回の締切日を返します。回を省略すると締切一覧の表', en: 'Application deadline of a round; the table of rounds when omitted',
    params: [
      frame,
      { name: 'round', optional: true, ja: '公募回 (例: 5 または "5次")。省略すると一覧表', en: 'Round, e.g. 5 or "5次"; omit for the table of rounds' },
      { name: 'options', optional: true, ja: 'ルール表の選択: "年度=2025" または "基準日=2026-04-01" (省略時は今日有効な表)', en: 'Which rule table: "年度=2025" or "基準日=2026-04-01" (default: the table in force today)' },
    ],
    broadcasts: false,
    returns: { kind: 'date', ja: '締切日 (日付。Excel ではシリアル値なのでセルを日付の表示形式に)、または一覧表', en: 'Deadline date (in Excel a serial number: format the cell as a date), or a table' },
    example: { args: ['通常枠', 5], formula: '=ITHOJO.DEADLINE("通常枠", 5)' },
  },
];
