/**
 * シナリオ表: one scenario a row (枠 | 経費 | 規模 | オプション), and one formula a result column
 * that spills an answer for every row: the core broadcasts ranges, so a table of scenarios is
 * four formulas, not four per row.
 */
import { allSizes, exampleDay, latestTables, pricesQuotes, requiredOptionsOf, sizeLabel, unique, type FrameRule } from './catalog';
import { ithojo, ref } from './expr';
import type { Layout } from './layout';
import { HEADER, INPUT, NOTE, OUTPUT, PERCENT, RESULT, TITLE, YEN } from './styles';

const FIRST_ROW = 6;
/** The example project: one cost priced under every frame, so the rows compare frames. */
const SAMPLE_COST = 3_000_000;

/** The result columns: header and function. */
const RESULTS = [
  { column: 'E', header: '補助金見込額', id: 'AMOUNT', numFmt: YEN, style: RESULT },
  { column: 'F', header: '補助率 (実効)', id: 'RATE', numFmt: PERCENT, style: OUTPUT },
  { column: 'G', header: '自己負担額 (税抜)', id: 'SELFPAY', numFmt: YEN, style: OUTPUT },
  { column: 'H', header: '判定 (check)', id: 'CHECK', numFmt: undefined, style: OUTPUT },
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

export function scenariosLayout(): Layout {
  const frames = sampleFrames();
  const last = FIRST_ROW + frames.length - 1;
  const column = (c: string) => ref(`${c}${FIRST_ROW}:${c}${last}`);
  const args = [column('A'), column('B'), column('C'), column('D')];
  return {
    id: 'scenarios',
    name: 'シナリオ表',
    nameEn: 'Scenario table',
    columns: [26, 14, 16, 26, 16, 12, 16, 60],
    asOf: exampleDay(),
    cells: [
      { at: 'A1', value: '補助金シナリオ表 (scenario table)' },
      { at: 'A2', value: '1行が1つのシナリオです。E〜H列はそれぞれ1つの数式が全行の結果を返します (スピル)。行を増やしたら数式の範囲も広げてください。' },
      { at: 'A3', value: '(One scenario a row; each of columns E–H is one formula that spills an answer per row. Widen its ranges when you add rows.)' },
      { at: 'A4', value: '※ 補助金額は見込みです。交付決定と確定検査を経て確定します (estimates until the grant decision and final inspection).' },
      { at: 'A5', value: '枠 (frame)' },
      { at: 'B5', value: '経費 税抜 (cost)' },
      { at: 'C5', value: '規模 (size)' },
      { at: 'D5', value: 'オプション (options)' },
      ...RESULTS.map((r) => ({ at: `${r.column}5`, value: r.header })),
      ...frames.flatMap((f, i) => [
        { at: `A${FIRST_ROW + i}`, value: f.name },
        { at: `B${FIRST_ROW + i}`, value: SAMPLE_COST },
        { at: `C${FIRST_ROW + i}`, value: sampleSize(f) },
        ...requiredOptionsOf(f).map((d) => ({ at: `D${FIRST_ROW + i}`, value: d.example })),
      ]),
      ...RESULTS.map((r) => ({ at: `${r.column}${FIRST_ROW}`, formula: ithojo(r.id, ...args) })),
    ],
    blocks: [
      { range: 'A1', style: TITLE },
      { range: 'A2:A4', style: NOTE },
      { range: 'A5:H5', style: HEADER },
      { range: `A${FIRST_ROW}:D${last}`, style: INPUT },
      { range: `A${FIRST_ROW}:A${last}`, list: unique(frames.map((f) => f.name)) },
      { range: `B${FIRST_ROW}:B${last}`, numFmt: YEN },
      { range: `C${FIRST_ROW}:C${last}`, list: allSizes().map(sizeLabel) },
      ...RESULTS.map((r) => ({ range: `${r.column}${FIRST_ROW}:${r.column}${last}`, style: r.style, numFmt: r.numFmt })),
    ],
    conditional: [],
  };
}
