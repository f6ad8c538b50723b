/**
 * 見積書: a Japanese business quote on one A4 page (A1:F33, fitted to the width) — addressee,
 * 見積番号・発行日・有効期限・発行者・登録番号, 御見積金額 (税込), the lines (単価・金額 税抜), 小計・消費税・
 * 合計 — and the expected subsidy (見込) as ITHOJO formulas over the whole quote table (A11:F21,
 * header row included): the core reads it by its column names, so the lines need no other setup.
 * Column H is a working area that is never printed: how to use the sheet, the 判定 (whose notes
 * quote English), the 和暦 switch. English help is in cell notes, which do not print either.
 *
 * Tax is counted once: the lines are 税抜 (their headings say so, and the core then reads them
 * tax-exclusive whatever the options say), the sheet adds 10% once (消費税), and 自己負担額 (税込)
 * is 合計 (税込) − 補助金見込額.
 */
import { OPTION_DEFS } from '../core';
import { allSizes, categoryNames, exampleDay, latestTables, optionByKey, quoteFrameNames, sizeLabel } from './catalog';
import { call, formula, ithojo, num, op, ref, str, type Expr } from './expr';
import type { CellSpec, Layout } from './layout';
import {
  ADDRESSEE, COUNT, ERA_DATE, FIELD, FIELD_LABEL, HEADER, INPUT, LABEL, MONTHS, NOTE, PERCENT, RESULT, SECTION, TITLE, TOTAL, TOTAL_LABEL, WESTERN_DATE, YEN,
} from './styles';

const HEADER_ROW = 11;
const FIRST_LINE = 12;
const LAST_LINE = 21;
const QUOTE_RANGE = `A${HEADER_ROW}:F${LAST_LINE}`;
/** The subsidy settings: frame, size, options. */
const FRAME = 'B27';
const SIZE = 'B28';
const OPTIONS = 'B29';
const ISSUED = 'E4';
const SUBTOTAL = 'E22';
const TAX = 'E23';
const TOTAL_CELL = 'E24';
const SUBSIDY = 'E27';
/** The 和暦 switch in the working column. */
const DATE_SWITCH = 'H10';
const WESTERN = '西暦';
const ERA = '和暦';
/** A quote is valid this many days from its date of issue. */
const VALID_DAYS = 30;
const PRINTED = 'A1:F33';

/** The four arguments every subsidy formula of the quote passes. */
const SCENARIO = (): Expr[] => [ref(FRAME), ref(QUOTE_RANGE), ref(SIZE), ref(OPTIONS)];

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
  return `A${HEADER_ROW}:F${FIRST_LINE + sampleLines().length - 1}`;
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

/** "条件の例: プロセス=4, 賃上げ …" from the default frame's own options. */
function optionExamples(frameName: string): string {
  const frame = latestTables().flatMap((t) => t.frames).find((f) => f.name === frameName);
  const examples = (frame?.options ?? []).map((k) => optionByKey(k)?.example).filter((x): x is string => x !== undefined);
  return `条件の例: ${(examples.length > 0 ? examples : [OPTION_DEFS[0].example]).join(', ')}`;
}

/**
 * The hint to type BREAKDOWN, in each host's spelling: its table quotes English, so the quote
 * shows it only where the user asks for it.
 */
function breakdownHints(at: string): CellSpec[] {
  const hint = (f: 'excel' | 'sheets') => `内訳を見るには、空いたセルに ${formula(ithojo('BREAKDOWN', ...SCENARIO()), f)} と入力します。`;
  return [
    { at, value: hint('excel'), hosts: ['excel', 'ooxml'] },
    { at, value: hint('sheets'), hosts: ['sheets'] },
  ];
}

/** Header fields of the quote: label in D, the value in E:F. */
const FIELDS: readonly { readonly row: number; readonly label: string; readonly value?: string; readonly formula?: Expr; readonly note: string }[] = [
  { row: 3, label: '見積番号', value: '0001', note: 'Quote number.' },
  { row: 4, label: '発行日', formula: call('TODAY'), note: 'Date of issue. =TODAY() shows the day the file is opened: type the date when you issue the quote, so that it stays fixed.' },
  { row: 5, label: '有効期限', formula: op('+', ref(ISSUED), num(VALID_DAYS)), note: `Valid until: ${VALID_DAYS} days after the date of issue.` },
  { row: 6, label: '発行者', value: '株式会社〇〇〇〇', note: 'Issuer: your company (and the person in charge).' },
  { row: 7, label: '登録番号', value: 'T0000000000000', note: 'Qualified invoice issuer registration number (適格請求書発行事業者の登録番号): T and 13 digits.' },
];

export function quoteLayout(): Layout {
  const frames = quoteFrameNames();
  const sizes = allSizes().map(sizeLabel);
  return {
    id: 'quote',
    name: '見積書',
    nameEn: 'Quote',
    columns: [28, 8, 13, 20, 14, 8, 2, 56],
    // the example quote is priced on that day (its date of issue follows the day it is opened)
    asOf: exampleDay(),
    cells: [
      { at: 'A1', value: '御見積書', note: `Quotation. The page prints ${PRINTED} on one A4 sheet (fitted to its width); column H is a working area and is not printed. Every field has an English note like this one.` },
      { at: 'A3', value: '〇〇株式会社 御中', note: 'Addressee: the customer\'s company name, then 御中.' },
      { at: 'A4', value: '件名: ITツールの導入', note: 'Subject of the quote.' },
      { at: 'A5', value: '下記のとおりお見積り申し上げます。' },
      ...FIELDS.flatMap((f): CellSpec[] => [
        { at: `D${f.row}`, value: f.label },
        f.formula ? { at: `E${f.row}`, formula: f.formula, note: f.note } : { at: `E${f.row}`, value: f.value, note: f.note },
      ]),
      { at: 'A9', value: '御見積金額 (税込)', note: 'Quoted amount including the 10% consumption tax (合計 (税込) below).' },
      { at: 'B9', formula: ref(TOTAL_CELL) },
      {
        at: 'A11', value: '品名',
        note: 'Quote lines: item, quantity, unit price before tax, subsidy category (drop-down), amount before tax (quantity × unit price), months of a subscription. ITHOJO reads this table, header row included.',
      },
      { at: 'B11', value: '数量' },
      { at: 'C11', value: '単価 (税抜)' },
      { at: 'D11', value: '区分' },
      { at: 'E11', value: '金額 (税抜)' },
      { at: 'F11', value: '月数' },
      ...lineCells(),
      { at: 'D22', value: '小計 (税抜)' },
      { at: SUBTOTAL, formula: call('SUM', ref(`E${FIRST_LINE}:E${LAST_LINE}`)) },
      { at: 'D23', value: '消費税 (10%)', note: 'Consumption tax: 10% of the subtotal, rounded down to the yen.' },
      { at: TAX, formula: call('ROUNDDOWN', op('*', ref(SUBTOTAL), num(0.1)), num(0)) },
      { at: 'D24', value: '合計 (税込)' },
      { at: TOTAL_CELL, formula: op('+', ref(SUBTOTAL), ref(TAX)) },
      { at: 'A26', value: '補助金の見込み', note: 'Expected subsidy: an estimate computed by ITHOJO; it is fixed only after the grant decision and the final inspection.' },
      { at: 'A27', value: '申請枠' },
      { at: FRAME, value: frames[0], note: 'Frame (枠) the subsidy is applied under (drop-down).' },
      { at: 'A28', value: '事業者規模' },
      { at: SIZE, value: sizeLabel('sme'), note: 'Company size (drop-down).' },
      { at: 'A29', value: '条件 (オプション)' },
      { at: OPTIONS, note: 'Options, e.g. プロセス=4, 賃上げ (see column H). The lines are before tax (税抜 in their headings), so 税込 here changes nothing.' },
      { at: 'D27', value: '補助金見込額' },
      { at: SUBSIDY, formula: ithojo('AMOUNT', ...SCENARIO()), note: 'Expected subsidy (ITHOJO.AMOUNT over the quote table).' },
      { at: 'D28', value: '補助率 (実効)' },
      { at: 'E28', formula: ithojo('RATE', ...SCENARIO()), note: 'Effective subsidy rate: subsidy ÷ eligible cost (ITHOJO.RATE).' },
      { at: 'D29', value: '自己負担額 (税込)' },
      // the whole payment with its tax, less the subsidy: tax counted once, whatever the options say
      { at: 'E29', formula: op('-', ref(TOTAL_CELL), ref(SUBSIDY)), note: 'Self-payment including tax: the total including tax less the expected subsidy.' },
      { at: 'A31', value: '※ 補助金額は見込みです。交付決定と確定検査を経て確定します。' },
      { at: 'A32', value: '※ お支払いはいったん合計 (税込) の全額となり、補助金は事業の完了後に交付されます。' },
      { at: 'A33', value: '※ 自己負担額 (税込) は、合計 (税込) から補助金見込額を差し引いた額です。' },
      // the working column: never printed
      { at: 'H1', value: '作業欄 (この列は印刷されません)' },
      { at: 'H3', value: '使い方' },
      { at: 'H4', value: '・宛名・件名・見積番号・発行者・登録番号を書き換えます。' },
      { at: 'H5', value: '・発行日は開いた日 (=TODAY()) です。発行するときは日付を入力して固定します。' },
      { at: 'H6', value: '・単価と金額は税抜です。消費税は小計の10% (1円未満切り捨て) です。' },
      { at: 'H7', value: '・区分は補助金の区分 (一覧から選択)、月数は利用料の月数です。' },
      { at: 'H8', value: '・英語の説明はセルのメモにあります (English: see the cell notes).', hosts: ['ooxml'] },
      { at: 'H9', value: '日付の表示', hosts: ['excel', 'ooxml'] },
      { at: DATE_SWITCH, value: WESTERN, hosts: ['excel', 'ooxml'], note: 'Shows the dates in the western calendar (西暦) or the Japanese era (和暦).' },
      { at: 'H26', value: '判定' },
      { at: 'H27', formula: ithojo('CHECK', ...SCENARIO()), note: 'Check (ITHOJO.CHECK): OK, or what keeps the quote from the subsidy, with notes.' },
      { at: 'H28', value: optionExamples(frames[0]) },
      ...breakdownHints('H29'),
    ],
    blocks: [
      { range: 'A1:F1', style: TITLE, merge: true },
      { range: 'A3', style: ADDRESSEE },
      ...FIELDS.flatMap((f) => [
        { range: `D${f.row}`, style: FIELD_LABEL },
        { range: `E${f.row}:F${f.row}`, style: { ...FIELD, align: 'left' as const }, merge: true },
      ]),
      { range: 'E4:E5', numFmt: WESTERN_DATE },
      { range: 'A9', style: TOTAL_LABEL },
      { range: 'B9:D9', style: TOTAL, numFmt: YEN, merge: true },
      { range: `A${HEADER_ROW}:F${HEADER_ROW}`, style: HEADER },
      { range: `A${FIRST_LINE}:F${LAST_LINE}`, style: FIELD },
      { range: `B${FIRST_LINE}:B${LAST_LINE}`, numFmt: COUNT },
      { range: `C${FIRST_LINE}:C${LAST_LINE}`, numFmt: YEN },
      { range: `D${FIRST_LINE}:D${LAST_LINE}`, list: categoryNames() },
      { range: `E${FIRST_LINE}:E${LAST_LINE}`, numFmt: YEN },
      { range: `F${FIRST_LINE}:F${LAST_LINE}`, numFmt: MONTHS },
      { range: 'D22:D24', style: FIELD_LABEL },
      { range: 'E22:E23', style: FIELD, numFmt: YEN },
      { range: TOTAL_CELL, style: RESULT, numFmt: YEN },
      { range: 'A26', style: SECTION },
      { range: 'A27:A29', style: FIELD_LABEL },
      { range: 'B27:C27', style: FIELD, merge: true, list: frames },
      { range: 'B28:C28', style: FIELD, merge: true, list: sizes },
      { range: 'B29:C29', style: FIELD, merge: true },
      { range: 'D27:D29', style: FIELD_LABEL },
      { range: SUBSIDY, style: RESULT, numFmt: YEN },
      { range: 'E28', style: FIELD, numFmt: PERCENT },
      { range: 'E29', style: RESULT, numFmt: YEN },
      { range: 'A31:A33', style: NOTE },
      { range: 'H1', style: SECTION },
      { range: 'H3', style: LABEL },
      { range: 'H4:H8', style: NOTE },
      { range: 'H9', style: LABEL, hosts: ['excel', 'ooxml'] },
      { range: DATE_SWITCH, style: INPUT, list: [WESTERN, ERA], hosts: ['excel', 'ooxml'] },
      { range: 'H26', style: LABEL },
      { range: 'H27', style: FIELD },
      { range: 'H28:H29', style: NOTE },
    ],
    conditional: [{ range: 'E4:E5', when: op('=', ref(`$H$${DATE_SWITCH.slice(1)}`), str(ERA)), numFmt: ERA_DATE, hosts: ['excel', 'ooxml'] }],
    print: { area: PRINTED, orientation: 'portrait', titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
    rowHeights: { 1: 36, 3: 24, 9: 32 },
  };
}

