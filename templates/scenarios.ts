/**
 * シナリオ表: one scenario a row (枠 | 経費 | 規模 | オプション) and its answers, printed landscape
 * on one page width (A:G; the 判定 column H quotes English notes and is not printed).
 *
 * In Excel and Sheets each result column is one formula that spills an answer for every row: the
 * core broadcasts ranges, so a table of scenarios is four formulas, not four per row. The file
 * holds one formula per row instead: LibreOffice recalculates every array formula when it opens
 * a file (and shows #NAME? where the add-in is missing), but shows a plain formula's stored answer.
 */
import { allSizes, exampleDay, latestTables, pricesQuotes, requiredOptionsOf, sizeLabel, unique, type FrameRule } from './catalog';
import { ithojo, ref } from './expr';
import type { CellSpec, Layout } from './layout';
import { FIELD, HEADER, HEADING, INPUT, NOTE, PERCENT, RESULT, YEN } from './styles';

const HEADER_ROW = 5;
const FIRST_ROW = 6;
/** The example project: one cost priced under every frame, so the rows compare frames. */
const SAMPLE_COST = 3_000_000;

/** The result columns: header, function, and the English help of the header. */
const RESULTS = [
  { column: 'E', header: '補助金見込額', id: 'AMOUNT', numFmt: YEN, style: RESULT, note: 'Expected subsidy (ITHOJO.AMOUNT).' },
  { column: 'F', header: '補助率 (実効)', id: 'RATE', numFmt: PERCENT, style: FIELD, note: 'Effective subsidy rate: subsidy ÷ cost (ITHOJO.RATE).' },
  { column: 'G', header: '自己負担額 (税抜)', id: 'SELFPAY', numFmt: YEN, style: FIELD, note: 'Self-payment before tax: cost − subsidy (ITHOJO.SELFPAY).' },
  { column: 'H', header: '判定', id: 'CHECK', numFmt: undefined, style: FIELD, note: 'Check (ITHOJO.CHECK): OK, or why a scenario gets no subsidy, with notes. Not printed.' },
] as const;

function sampleFrames(): FrameRule[] {
  const frames = latestTables().flatMap((t) => t.frames).filter(pricesQuotes);
  const names = unique(frames.map((f) => f.name));
  return names.map((n) => frames.find((f) => f.name === n)!);
}

/** 中小企業 where the frame takes it (the core's own default size). */
function sampleSize(frame: FrameRule): string {
  const sizes = frame.sizes as readonly string[];
  return sizeLabel(sizes.includes('sme') ? 'sme' : allSizes().find((s) => sizes.includes(s))!);
}

/** A result column: one spilled formula for the live hosts, one formula a row in the file. */
function resultCells(r: (typeof RESULTS)[number], last: number): CellSpec[] {
  const column = (c: string) => ref(`${c}${FIRST_ROW}:${c}${last}`);
  const spilled: CellSpec = { at: `${r.column}${FIRST_ROW}`, formula: ithojo(r.id, column('A'), column('B'), column('C'), column('D')), hosts: ['excel', 'sheets'] };
  const rows: CellSpec[] = [];
  for (let row = FIRST_ROW; row <= last; row++) {
    rows.push({ at: `${r.column}${row}`, formula: ithojo(r.id, ref(`A${row}`), ref(`B${row}`), ref(`C${row}`), ref(`D${row}`)), hosts: ['ooxml'] });
  }
  return [spilled, ...rows];
}

export function scenariosLayout(): Layout {
  const frames = sampleFrames();
  const last = FIRST_ROW + frames.length - 1;
  return {
    id: 'scenarios',
    name: 'シナリオ表',
    nameEn: 'Scenario table',
    columns: [26, 14, 14, 24, 16, 12, 18, 56],
    asOf: exampleDay(),
    cells: [
      {
        at: 'A1', value: '補助金シナリオ表',
        note: 'Scenario table: one scenario a row (frame, cost before tax, company size, options); columns E–H answer each row. Widen the formulas of E–H when you add rows. Columns A–G print on one landscape A4 page width; H is not printed.',
      },
      { at: 'A2', value: '1行が1つのシナリオです。行を増やしたら、E〜H列の数式も新しい行まで広げてください。' },
      { at: 'A3', value: '※ 補助金額は見込みです。交付決定と確定検査を経て確定します。' },
      { at: 'H3', value: 'H列 (判定) は印刷されません。' },
      { at: 'A5', value: '枠', note: 'Frame (drop-down).' },
      { at: 'B5', value: '経費 (税抜)', note: 'Eligible cost before tax, in yen.' },
      { at: 'C5', value: '規模', note: 'Company size (drop-down).' },
      { at: 'D5', value: 'オプション', note: 'Options, e.g. プロセス=4, 賃上げ; 口座=80/100 is required for 電子取引類型.' },
      ...RESULTS.map((r): CellSpec => ({ at: `${r.column}${HEADER_ROW}`, value: r.header, note: r.note })),
      ...frames.flatMap((f, i) => [
        { at: `A${FIRST_ROW + i}`, value: f.name },
        { at: `B${FIRST_ROW + i}`, value: SAMPLE_COST },
        { at: `C${FIRST_ROW + i}`, value: sampleSize(f) },
        ...requiredOptionsOf(f).map((d) => ({ at: `D${FIRST_ROW + i}`, value: d.example })),
      ]),
      ...RESULTS.flatMap((r) => resultCells(r, last)),
    ],
    blocks: [
      { range: 'A1', style: HEADING },
      { range: 'A2:A3', style: NOTE },
      { range: 'H3', style: NOTE },
      { range: `A${HEADER_ROW}:H${HEADER_ROW}`, style: HEADER },
      { range: `A${FIRST_ROW}:D${last}`, style: INPUT },
      { range: `A${FIRST_ROW}:A${last}`, list: unique(frames.map((f) => f.name)) },
      { range: `B${FIRST_ROW}:B${last}`, numFmt: YEN },
      { range: `C${FIRST_ROW}:C${last}`, list: allSizes().map(sizeLabel) },
      ...RESULTS.map((r) => ({ range: `${r.column}${FIRST_ROW}:${r.column}${last}`, style: r.style, numFmt: r.numFmt })),
    ],
    conditional: [],
    print: { area: `A1:G${last}`, orientation: 'landscape', titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
    rowHeights: { 1: 30 },
  };
}
