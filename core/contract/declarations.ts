/**
 * One declaration per public function. The Excel metadata (JSDoc wrappers), the Apps Script
 * wrappers and the README's function reference are all generated from this list; ids are
 * UPPER case and never change once shipped (workbooks store them).
 */
export interface ParamDecl {
  readonly name: string;
  readonly optional: boolean;
  readonly ja: string;
  readonly en: string;
}

export interface FunctionDecl {
  readonly id: string;
  readonly ja: string;
  readonly en: string;
  readonly params: readonly ParamDecl[];
  readonly returns: { readonly kind: 'number' | 'text' | 'table'; readonly ja: string; readonly en: string };
  /** Whether ranges of scenarios broadcast (one answer per cell) or the function takes one scenario. */
  readonly broadcasts: boolean;
  /** Index of the parameter that may be a whole quote (not broadcast), or -1. */
  readonly linesAt: number;
  readonly example: { readonly args: readonly unknown[]; readonly formula: string };
}

const frame: ParamDecl = {
  name: 'frame', optional: false,
  ja: '枠・類型の名前 (例: "通常枠", "インボイス対応類型")。範囲も可',
  en: 'Frame name, e.g. "通常枠" or "it-normal"; a range broadcasts',
};
const cost: ParamDecl = {
  name: 'cost', optional: false,
  ja: '補助対象経費 (税抜の円)。数値、"150万円" などの文字列、または見積明細の範囲 (区分・金額・月数)',
  en: 'Eligible cost in yen (tax-exclusive): a number, text like "150万円", or quote lines (category, amount, months)',
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
    params: [frame, cost, size, options], broadcasts: true, linesAt: 1,
    returns: { kind: 'number', ja: '補助金額 (円)', en: 'Subsidy in yen' },
    example: { args: ['通常枠', 1000000, '中小企業', 'プロセス=2'], formula: '=ITHOJO.AMOUNT("通常枠", 1000000, "中小企業", "プロセス=2")' },
  },
  {
    id: 'RATE', ja: '補助率を返します。経費を指定すると実効補助率 (補助額÷対象経費)', en: 'Subsidy rate; with a cost, the effective rate (subsidy ÷ eligible cost)',
    params: [frame, optionalCost, size, options], broadcasts: true, linesAt: 1,
    returns: { kind: 'number', ja: '補助率 (例: 0.5)', en: 'Rate, e.g. 0.5' },
    example: { args: ['インボイス対応類型', null, '小規模事業者'], formula: '=ITHOJO.RATE("インボイス対応類型", , "小規模事業者")' },
  },
  {
    id: 'SELFPAY', ja: '自己負担額 (経費 − 補助金額) を返します。税込指定時は税込の総額から', en: 'Self-payment: cost − subsidy (from the tax-inclusive total with 税込)',
    params: [frame, cost, size, options], broadcasts: true, linesAt: 1,
    returns: { kind: 'number', ja: '自己負担額 (円)', en: 'Self-payment in yen' },
    example: { args: ['通常枠', 1000000], formula: '=ITHOJO.SELFPAY("通常枠", 1000000)' },
  },
  {
    id: 'CAP', ja: '補助上限額 (円) を返します', en: 'Subsidy cap (上限) in yen',
    params: [frame, size, options], broadcasts: true, linesAt: -1,
    returns: { kind: 'number', ja: '補助上限額 (円)', en: 'Cap in yen' },
    example: { args: ['通常枠', '中小企業', 'プロセス=4, 賃上げ'], formula: '=ITHOJO.CAP("通常枠", "中小企業", "プロセス=4, 賃上げ")' },
  },
  {
    id: 'MINAMOUNT', ja: '補助下限額 (円) を返します。下限なしは 0', en: 'Lower limit (下限) of the subsidy in yen; 0 when none',
    params: [frame, size, options], broadcasts: true, linesAt: -1,
    returns: { kind: 'number', ja: '補助下限額 (円)', en: 'Lower limit in yen' },
    example: { args: ['通常枠'], formula: '=ITHOJO.MINAMOUNT("通常枠")' },
  },
  {
    id: 'CHECK', ja: '申請できるかを判定し、"OK" または理由を返します (入力の誤りも理由として返します)', en: '"OK" or the reasons the scenario is not eligible (input errors are returned as text)',
    params: [frame, cost, size, options], broadcasts: true, linesAt: 1,
    returns: { kind: 'text', ja: '"OK" または理由', en: '"OK" or the reasons' },
    example: { args: ['通常枠', 90000], formula: '=ITHOJO.CHECK("通常枠", 90000)' },
  },
  {
    id: 'BREAKDOWN', ja: '計算の内訳を表で返します (区分・対象経費・補助率・補助額・上限)', en: 'The calculation as a table (item, cost, rate, subsidy, cap)',
    params: [frame, cost, size, options], broadcasts: false, linesAt: 1,
    returns: { kind: 'table', ja: '内訳表 (見出し行つき)', en: 'Table with a header row' },
    example: { args: ['インボイス対応類型', 1000000, '中小企業', '機能=2'], formula: '=ITHOJO.BREAKDOWN("インボイス対応類型", 1000000, "中小企業", "機能=2")' },
  },
  {
    id: 'FRAMES', ja: '対応している枠・類型の一覧を表で返します', en: 'Table of supported frames',
    params: [{ name: 'program', optional: true, ja: '制度名で絞り込み (例: "IT導入補助金")', en: 'Filter by program, e.g. "IT導入補助金"' }],
    broadcasts: false, linesAt: -1,
    returns: { kind: 'table', ja: '枠の一覧表 (見出し行つき)', en: 'Table with a header row' },
    example: { args: ['IT導入補助金'], formula: '=ITHOJO.FRAMES("IT導入補助金")' },
  },
];
