/**
 * 見積書: a quote whose subsidy block is ITHOJO formulas over the whole quote table (A11:F21,
 * header row included): the core reads it by its column names (品名 | 数量 | 単価 | 区分 | 金額 |
 * 月数), so BREAKDOWN names each line by its 品名, and a line without a 区分 is read from its 品名.
 */
import { OPTION_DEFS, excelSerial } from '../core';
import { allSizes, categoryNames, exampleDay, latestTables, optionByKey, quoteFrameNames, sizeLabel } from './catalog';
import { call, ithojo, num, op, ref, str, type Expr } from './expr';
import type { CellSpec, Layout } from './layout';
import { COUNT, ERA_DATE, HEADER, INPUT, LABEL, MONTHS, NOTE, OUTPUT, PERCENT, RESULT, SECTION, TITLE, WESTERN_DATE, YEN } from './styles';

const FIRST_LINE = 12;
const LAST_LINE = 21;
const QUOTE_RANGE = `A11:F${LAST_LINE}`;
const DATE_SWITCH = '$E$3';
const WESTERN = '西暦';
const ERA = '和暦';
/** A day as the serial number a date cell holds. */
const serialOf = (day: string) => excelSerial(new Date(`${day}T00:00:00+09:00`));

/** The four arguments every subsidy formula of the quote passes. */
const SCENARIO = (): Expr[] => [ref('B7'), ref(QUOTE_RANGE), ref('B8'), ref('B9')];

interface SampleLine {
  readonly name: string;
  readonly quantity: number;
  readonly price: number;
  readonly category: string;
  readonly months?: number;
}

/** Example lines: one per kind of category the first program has (a purchase, a monthly fee, a service). */
function sampleLines(): SampleLine[] {
  const cats = latestTables()[0].categories;
  const purchase = cats[0];
  const monthly = cats.find((c) => c.maxMonths !== undefined);
  const service = cats.find((c) => c !== purchase && c.maxMonths === undefined);
  const lines: SampleLine[] = [{ name: purchase.label, quantity: 1, price: 600_000, category: purchase.names[0] }];
  if (monthly?.maxMonths !== undefined) {
    const months = monthly.maxMonths;
    lines.push({ name: `${monthly.label} (${months}か月)`, quantity: months, price: 20_000, category: monthly.names[0], months });
  }
  if (service) lines.push({ name: service.label, quantity: 1, price: 150_000, category: service.names[0] });
  return lines;
}

/** The example lines with their header row: the range a formula over them reads. */
export function sampleQuoteRange(): string {
  return `A11:F${FIRST_LINE + sampleLines().length - 1}`;
}

function lineCells(): CellSpec[] {
  const cells: CellSpec[] = [];
  sampleLines().forEach((l, i) => {
    const row = FIRST_LINE + i;
    cells.push({ at: `A${row}`, value: l.name }, { at: `B${row}`, value: l.quantity }, { at: `C${row}`, value: l.price }, { at: `D${row}`, value: l.category });
    if (l.months !== undefined) cells.push({ at: `F${row}`, value: l.months });
  });
  for (let row = FIRST_LINE; row <= LAST_LINE; row++) {
    // blank until both are filled, so an empty line stays a blank row of the quote range
    const blank = call('OR', op('=', ref(`B${row}`), str('')), op('=', ref(`C${row}`), str('')));
    cells.push({ at: `E${row}`, formula: call('IF', blank, str(''), op('*', ref(`B${row}`), ref(`C${row}`))) });
  }
  return cells;
}

/** "例: プロセス=4, 賃上げ …" from the default frame's own options. */
function optionExamples(frameName: string): string {
  const frame = latestTables().flatMap((t) => t.frames).find((f) => f.name === frameName);
  const examples = (frame?.options ?? []).map((k) => optionByKey(k)?.example).filter((x): x is string => x !== undefined);
  return `例 (e.g.): ${(examples.length > 0 ? examples : [OPTION_DEFS[0].example]).join(', ')}`;
}

export function quoteLayout(): Layout {
  const frames = quoteFrameNames();
  const sizes = allSizes().map(sizeLabel);
  const tax = ref('E23');
  const day = exampleDay();
  return {
    id: 'quote',
    name: '見積書',
    nameEn: 'Quote',
    columns: [34, 12, 16, 20, 16, 10],
    // the example quote is dated, and priced, on that day
    asOf: day,
    cells: [
      { at: 'A1', value: '御見積書 (Quotation)' },
      { at: 'D2', value: '見積日 (date)' },
      { at: 'E2', value: serialOf(day) },
      { at: 'D3', value: '日付の表示 (era)', hosts: ['excel', 'ooxml'] },
      { at: 'E3', value: WESTERN, hosts: ['excel', 'ooxml'] },
      { at: 'A3', value: '〇〇株式会社 御中' },
      { at: 'A4', value: '件名: ITツールの導入' },
      { at: 'A6', value: '補助金の設定 (subsidy settings)' },
      { at: 'A7', value: '枠 (frame)' },
      { at: 'B7', value: frames[0] },
      { at: 'A8', value: '規模 (company size)' },
      { at: 'B8', value: sizeLabel('sme') },
      { at: 'A9', value: 'オプション (options)' },
      { at: 'D9', value: optionExamples(frames[0]) },
      // English above the header row: the header cells hold exactly the column names a quote reader knows
      { at: 'A10', value: 'item' },
      { at: 'B10', value: 'qty' },
      { at: 'C10', value: 'unit price' },
      { at: 'D10', value: 'category' },
      { at: 'E10', value: 'amount' },
      { at: 'F10', value: 'months' },
      { at: 'A11', value: '品名' },
      { at: 'B11', value: '数量' },
      { at: 'C11', value: '単価' },
      { at: 'D11', value: '区分' },
      { at: 'E11', value: '金額' },
      { at: 'F11', value: '月数' },
      ...lineCells(),
      { at: 'D22', value: '小計 (subtotal)' },
      { at: 'E22', formula: call('SUM', ref(`E${FIRST_LINE}:E${LAST_LINE}`)) },
      { at: 'D23', value: '消費税 10% (tax)' },
      { at: 'E23', formula: call('ROUNDDOWN', op('*', ref('E22'), num(0.1)), num(0)) },
      { at: 'D24', value: '合計 税込 (total)' },
      { at: 'E24', formula: op('+', ref('E22'), tax) },
      { at: 'A26', value: '補助金の見込み (expected subsidy)' },
      { at: 'D27', value: '補助金見込額' },
      { at: 'E27', formula: ithojo('AMOUNT', ...SCENARIO()) },
      { at: 'D28', value: '補助率 (実効)' },
      { at: 'E28', formula: ithojo('RATE', ...SCENARIO()) },
      { at: 'D29', value: '自己負担額 (税込)' },
      // SELFPAY is before tax; the customer also pays the tax on the whole quote
      { at: 'E29', formula: op('+', ithojo('SELFPAY', ...SCENARIO()), tax) },
      { at: 'D30', value: '判定 (check)' },
      { at: 'E30', formula: ithojo('CHECK', ...SCENARIO()) },
      { at: 'A31', value: '※ 補助金額は見込みです。交付決定と確定検査を経て確定します。' },
      { at: 'A32', value: '  (The subsidy is an estimate: it is fixed only after the grant decision and the final inspection.)' },
      { at: 'A33', value: '※ 補助金によって負担がなくなるかのような表示はできません。' },
      { at: 'A34', value: '  (A quote must not present the subsidy as making the purchase free.)' },
      { at: 'A36', value: '内訳 (breakdown)' },
      { at: 'A37', formula: ithojo('BREAKDOWN', ...SCENARIO()) },
    ],
    blocks: [
      { range: 'A1', style: TITLE },
      { range: 'D2:D3', style: LABEL },
      { range: 'E2', style: INPUT, numFmt: WESTERN_DATE },
      { range: 'E3', style: INPUT, list: [WESTERN, ERA], hosts: ['excel', 'ooxml'] },
      { range: 'A3:A4', style: INPUT },
      { range: 'A6', style: SECTION },
      { range: 'A7:A9', style: LABEL },
      { range: 'B7', style: INPUT, list: frames },
      { range: 'B8', style: INPUT, list: sizes },
      { range: 'B9', style: INPUT },
      { range: 'D9', style: NOTE },
      { range: 'A10:F10', style: { ...NOTE, align: 'center' } },
      { range: 'A11:F11', style: HEADER },
      { range: `A${FIRST_LINE}:D${LAST_LINE}`, style: INPUT },
      { range: `F${FIRST_LINE}:F${LAST_LINE}`, style: INPUT, numFmt: MONTHS },
      { range: `E${FIRST_LINE}:E${LAST_LINE}`, style: OUTPUT, numFmt: YEN },
      { range: `B${FIRST_LINE}:B${LAST_LINE}`, numFmt: COUNT },
      { range: `C${FIRST_LINE}:C${LAST_LINE}`, numFmt: YEN },
      { range: `D${FIRST_LINE}:D${LAST_LINE}`, list: categoryNames() },
      { range: 'D22:D24', style: LABEL },
      { range: 'E22:E23', style: OUTPUT, numFmt: YEN },
      { range: 'E24', style: RESULT, numFmt: YEN },
      { range: 'A26', style: SECTION },
      { range: 'A31:A34', style: NOTE },
      { range: 'D27:D30', style: LABEL },
      { range: 'E27', style: RESULT, numFmt: YEN },
      { range: 'E28', style: OUTPUT, numFmt: PERCENT },
      { range: 'E29', style: RESULT, numFmt: YEN },
      { range: 'E30', style: OUTPUT },
      { range: 'A36', style: SECTION },
      // the breakdown spills here: its amounts and caps as yen
      { range: 'B37:B61', numFmt: COUNT },
      { range: 'D37:F61', numFmt: COUNT },
    ],
    conditional: [{ range: 'E2', when: op('=', ref(DATE_SWITCH), str(ERA)), numFmt: ERA_DATE, hosts: ['excel', 'ooxml'] }],
  };
}
