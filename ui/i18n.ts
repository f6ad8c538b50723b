/**
 * The pane's own words, Japanese and English. Japanese unless the host's display language is
 * another one; rule names (枠, categories) stay Japanese in both, as on the flyers. The core's
 * texts come as Texts and are shown in the same one language (inLanguage).
 */
export type Lang = 'ja' | 'en';

export function langOf(tag: string | undefined): Lang {
  return !tag || /^ja\b/i.test(tag) ? 'ja' : 'en';
}

const TEXT = {
  title: { ja: 'ITHOJO 補助金計算', en: 'ITHOJO subsidy calculator' },
  help: { ja: '関数リファレンス', en: 'Function reference' },
  scenario: { ja: '計算する見積', en: 'What to compute' },
  program: { ja: '制度', en: 'Program' },
  year: { ja: 'ルールの年度', en: 'Rule year' },
  latest: { ja: '既定 (今日有効な年度)', en: 'default (the year in force today)' },
  fiscalYear: { ja: '年度', en: 'FY' },
  frame: { ja: '枠・類型', en: 'Frame' },
  size: { ja: '事業者規模', en: 'Company size' },
  sizeDefault: { ja: '指定なし (中小企業として計算)', en: 'Not given (computed as an SME)' },
  options: { ja: 'この枠のオプション', en: 'Options of this frame' },
  moreOptions: { ja: 'その他のオプション (税込・年度・基準日・公募回・値引き)', en: 'More options (tax, rule year, date, round, discounts)' },
  noOptions: { ja: 'この枠に固有のオプションはありません。', en: 'This frame has no options of its own.' },
  defaultIs: { ja: '既定', en: 'default' },
  notGiven: { ja: '指定なし', en: 'not given' },
  required: { ja: '必須', en: 'required' },
  example: { ja: '例:', en: 'e.g.' },
  deadline: { ja: '締切', en: 'deadline' },
  cost: { ja: '経費 (税抜の円)', en: 'Cost (yen, before tax)' },
  costHint: { ja: '例: 1500000、150万円。見積の範囲も使えます。', en: 'e.g. 1500000 or "150万円", or a quote range.' },
  costInvalid: { ja: '経費を読めません', en: 'The cost cannot be read' },
  fixCost: { ja: '経費を直してから挿入してください', en: 'Fix the cost before inserting' },
  useSelection: { ja: '選択範囲を経費に使う', en: 'Use the selected range' },
  typeCost: { ja: '手入力に戻す', en: 'Type the cost instead' },
  usingRange: { ja: '経費に使う範囲', en: 'Cost range' },
  quoteReading: { ja: '見積の読み取り (1行ずつ)', en: 'How the quote was read (line by line)' },
  months: { ja: 'か月', en: 'months' },
  formulaPart: { ja: '数式', en: 'Formula' },
  fn: { ja: '関数', en: 'Function' },
  formula: { ja: '数式', en: 'Formula' },
  insertFormula: { ja: '数式を挿入', en: 'Insert formula' },
  result: { ja: '計算結果 (見込)', en: 'Result (estimate)' },
  amount: { ja: '補助金額 (見込)', en: 'Subsidy (estimate)' },
  rate: { ja: '補助率', en: 'Rate' },
  effectiveRate: { ja: '実効', en: 'effective' },
  baseRate: { ja: '基本', en: 'base' },
  selfPay: { ja: '自己負担額 (税抜)', en: 'Self-payment (before tax)' },
  capFloor: { ja: '上限 / 下限', en: 'Cap / floor' },
  cap: { ja: '上限', en: 'Cap' },
  floor: { ja: '下限', en: 'Floor' },
  noFloor: { ja: 'なし', en: 'none' },
  check: { ja: '判定', en: 'Check' },
  ok: { ja: 'OK', en: 'OK' },
  okWithWarnings: { ja: 'OK (注意あり)', en: 'OK, with a caution' },
  notEligible: { ja: '対象外', en: 'Not eligible' },
  ruleYear: { ja: '適用ルール', en: 'Rules applied' },
  inForce: { ja: '施行', en: 'in force' },
  asOf: { ja: '時点', en: 'as of' },
  breakdown: { ja: '内訳', en: 'Breakdown' },
  beforeCap: { ja: '上限前', en: 'before the cap' },
  notes: { ja: '注記', en: 'Notes' },
  sources: { ja: '出典', en: 'Sources' },
  sourcesLang: { ja: '', en: '(official documents, in Japanese)' },
  enterCost: { ja: '経費を入力すると補助金額を計算します', en: 'Enter a cost to compute the subsidy' },
  estimateNote: {
    ja: '補助金額は見込みです。交付決定と確定検査を経て確定します。',
    en: 'The subsidy is an estimate until the grant decision and the final inspection.',
  },
  chart: { ja: '経費と補助金額のグラフ', en: 'Subsidy against cost' },
  chartHint: {
    ja: '点にフォーカスすると値を読み上げます (矢印キーで移動)。',
    en: 'Focus a point to hear its values (arrow keys move between points).',
  },
  chartTable: { ja: 'グラフの値を表で見る', en: 'Chart values as a table' },
  xAxis: { ja: '経費', en: 'Cost' },
  yAxis: { ja: '補助金額', en: 'Subsidy' },
  yenUnit: { ja: '円', en: 'yen' },
  point: { ja: '点', en: 'Point' },
  otherBands: { ja: '他の区分の上限', en: 'Caps of other bands' },
  reachedWith: { ja: 'で', en: 'with' },
  pointFloor: { ja: '補助下限に届く経費', en: 'cost that reaches the floor' },
  pointBelowFloor: { ja: '下限未満 (対象外)', en: 'below the floor (not eligible)' },
  pointTier: { ja: '補助率が変わる点', en: 'rate changes here' },
  pointCap: { ja: '上限に到達: これより経費を増やしても補助金は増えません', en: 'cap reached: more cost adds no subsidy' },
  pointEnd: { ja: 'グラフの右端', en: 'right edge of the chart' },
  pointCurrent: { ja: 'この見積', en: 'this quote' },
  pointOrigin: { ja: '原点', en: 'origin' },
  atCost: { ja: '経費', en: 'cost' },
  gives: { ja: '補助金', en: 'subsidy' },
  noChart: { ja: 'この枠はグラフにできません', en: 'No chart for this frame' },
  templates: { ja: 'テンプレート', en: 'Templates' },
  template: { ja: 'テンプレート', en: 'Template' },
  insertTemplate: { ja: 'テンプレートを挿入', en: 'Insert template' },
  fixNames: { ja: '#NAME? を直す', en: 'Fix #NAME?' },
  fixNamesHint: {
    ja: 'アドインより先にブックが開かれて #NAME? になった ITHOJO の数式を書き直します。',
    en: 'Rewrites ITHOJO formulas that show #NAME? because the workbook opened before the add-in.',
  },
  inserted: { ja: 'に数式を挿入しました', en: ': formula inserted' },
  templateInserted: { ja: 'シートを追加しました', en: 'sheet added' },
  fixed: { ja: '件の数式を書き直しました', en: 'formulas rewritten' },
  failed: { ja: 'できませんでした', en: 'Failed' },
  preview: {
    ja: 'Excel・スプレッドシートの外で開いています (プレビュー)。挿入は記録だけされます。',
    en: 'Opened outside Excel and Sheets (preview): insertions are only recorded.',
  },
} as const;

export type TextKey = keyof typeof TEXT;

export function tr(lang: Lang, key: TextKey): string {
  return TEXT[key][lang];
}

/** A declaration's or table's own pair of texts. */
export function pick(lang: Lang, texts: { readonly ja: string; readonly en: string }): string {
  return texts[lang];
}
