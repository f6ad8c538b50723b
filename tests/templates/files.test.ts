/**
 * dist/templates/*.xlsx as Excel will read them: ITHOJO formulas in the stored add-in form
 * (_xldudf_ITHOJO_…) as dynamic arrays (cm + XLDAPR metadata), cached values equal to what the
 * built core answers for the sheet's own inputs, number formats, drop-down lists, the 和暦
 * switch; the same bytes on every build, in any time zone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DECLARATIONS } from '../../core';
import { categoryNames, quoteFrameNames } from '../../templates/catalog';
import { templateLayouts } from '../../templates';
import { workbookBytes } from '../../templates/ooxml/workbook';
import { at } from '../excel/support/xml';
import { readWorkbook, ROOT, templateFile, TEMPLATES_DIR, values, type Workbook } from './workbook';

// the built core (dist/core), not the sources the templates were made from: an independent oracle
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(path.join(ROOT, 'dist/core/ithojo.cjs')) as Record<string, (...args: unknown[]) => unknown>;

const YEN = '#,##0"円"';

// the templates are priced as of their example day: the oracle answers as of that day too
beforeAll(() => core.setClock?.(() => Date.parse(`${templateLayouts()[0].asOf}T12:00:00+09:00`)));
afterAll(() => core.setClock?.(null));
const quote = readWorkbook(templateFile('見積書.xlsx'));
const scenarios = readWorkbook(templateFile('シナリオ表.xlsx'));

const blankToNull = (grid: unknown[][]) => grid.map((row) => row.map((x) => (x === '' ? null : x)));

describe.each([['見積書', quote], ['シナリオ表', scenarios]] as const)('%s.xlsx', (name, wb: Workbook) => {
  test('is a workbook of one sheet named after the template, with the dynamic-array metadata part', () => {
    expect(Object.keys(wb.parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/metadata.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(wb.parts['xl/workbook.xml']).toContain(`<sheet name="${name}" sheetId="1" r:id="rId1"/>`);
    expect(wb.parts['xl/_rels/workbook.xml.rels']).toContain('relationships/sheetMetadata" Target="metadata.xml"');
    expect(wb.parts['[Content_Types].xml']).toContain('PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"');
    expect(wb.parts['xl/metadata.xml']).toMatch(/<metadataType name="XLDAPR"[^>]*\/>.*<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"\/>.*<cellMetadata count="1"><bk><rc t="1" v="0"\/><\/bk><\/cellMetadata>/s);
    // a full recalculation on open would replace the cached answers before the add-in loads
    expect(wb.parts['xl/workbook.xml']).not.toContain('fullCalcOnLoad');
  });

  test('every ITHOJO call is stored as _xldudf_ITHOJO_<declared id>, in a dynamic-array cell (cm="1", t="array")', () => {
    const ithojo = [...wb.cells.entries()].filter(([, c]) => c.formula?.includes('ITHOJO'));
    expect(ithojo.length).toBeGreaterThanOrEqual(4);
    for (const [ref, c] of ithojo) {
      for (const m of c.formula!.matchAll(/([A-Za-z_.]*ITHOJO[A-Za-z_.]*)\(/g)) {
        expect(m[1]).toMatch(/^_xldudf_ITHOJO_[A-Z]+$/);
        expect(DECLARATIONS.map((d) => d.id)).toContain(m[1].slice('_xldudf_ITHOJO_'.length));
      }
      expect([ref, c.cm, c.spill?.split(':')[0]]).toEqual([ref, '1', ref]);
    }
    // other formulas are plain cells
    for (const c of wb.cells.values()) if (c.formula && !c.formula.includes('ITHOJO')) expect(c.cm).toBeUndefined();
  });

  test('the subsidy is called an estimate (見込) and never "実質無料"', () => {
    const text = Object.values(wb.parts).join('');
    expect(text).toContain('見込');
    expect(text).not.toContain('実質無料');
  });
});

describe('見積書: cached values are the core\'s answers for the sheet\'s own inputs', () => {
  const args = () => [quote.cells.get('B7')!.value, blankToNull(values(quote, 'A11:F21')), quote.cells.get('B8')!.value, quote.cells.get('B9')?.value ?? null];

  test('the subsidy block reads B7 (frame), A11:F21 (the quote table with its header row), B8 (size), B9 (options)', () => {
    for (const [ref, id] of [['E27', 'AMOUNT'], ['E28', 'RATE'], ['E30', 'CHECK']] as const) {
      expect(quote.cells.get(ref)!.formula).toBe(`_xldudf_ITHOJO_${id}(B7,A11:F21,B8,B9)`);
      expect([ref, quote.cells.get(ref)!.value]).toEqual([ref, core[id](...args())]);
    }
    expect(quote.cells.get('E29')!.formula).toBe('_xldudf_ITHOJO_SELFPAY(B7,A11:F21,B8,B9)+E23');
    expect(quote.cells.get('E29')!.value).toBe((core.SELFPAY(...args()) as number) + (quote.cells.get('E23')!.value as number));
  });

  test('the example quote: 1,230,000 before tax, 123,000 tax, subsidy 615,000, the customer pays 738,000 with tax', () => {
    expect(['E22', 'E23', 'E24', 'E27', 'E29'].map((r) => quote.cells.get(r)!.value)).toEqual([1_230_000, 123_000, 1_353_000, 615_000, 738_000]);
    expect(quote.cells.get('E29')!.value).toBe((quote.cells.get('E24')!.value as number) - (quote.cells.get('E27')!.value as number));
    expect(quote.cells.get('E30')!.value).toBe('OK');
  });

  test('the breakdown spills from A37 over exactly BREAKDOWN\'s table, every cell cached', () => {
    const table = core.BREAKDOWN(...args()) as unknown[][];
    const anchor = quote.cells.get('A37')!;
    const last = `${String.fromCharCode(65 + table[0].length - 1)}${37 + table.length - 1}`;
    expect(anchor.spill).toBe(`A37:${last}`);
    expect(values(quote, `A37:${last}`)).toEqual(table.map((row) => row.map((x) => (x === '' ? '' : x))));
  });

  test('line amounts are 数量 × 単価, blank until both are given (so an empty line is a blank row of the quote)', () => {
    expect(quote.cells.get('E12')!.formula).toBe('IF(OR(B12="",C12=""),"",B12*C12)');
    expect(values(quote, 'E12:E16').map((r) => r[0])).toEqual([600_000, 480_000, 150_000, '', '']);
  });

  test('number formats: yen amounts, counts, months, the effective rate as a percentage, the date', () => {
    const fmt = (r: string) => quote.cells.get(r)!.numFmt;
    for (const r of ['C12', 'E12', 'E21', 'E22', 'E23', 'E24', 'E27', 'E29']) expect([r, fmt(r)]).toEqual([r, YEN]);
    expect([fmt('B12'), fmt('F13'), fmt('E28'), fmt('E2')]).toEqual(['#,##0', '0"か月"', '0.0%', 'yyyy"年"m"月"d"日"']);
  });

  test('drop-down lists: the frames a quote can be priced under, the sizes, the categories the core reads, 西暦/和暦', () => {
    expect(quote.lists.get('B7')).toEqual(quoteFrameNames());
    expect(quote.lists.get('B7')).not.toContain('複数社連携IT導入枠');
    expect(quote.lists.get('B8')).toEqual(['小規模事業者', '中小企業', '大企業']);
    expect(quote.lists.get('D12:D21')).toEqual(categoryNames());
    expect(quote.lists.get('E3')).toEqual(['西暦', '和暦']);
    // every name in the list is a category the core reads under some frame
    for (const name of categoryNames()) {
      const answers = quoteFrameNames().map((f) => String(core.CHECK(f, [[name, 100_000]])));
      expect([name, answers.some((a) => !a.includes('区分が不明'))]).toEqual([name, true]);
    }
    // a warning, not a stop: aliases the list does not show still work
    expect(quote.parts['xl/worksheets/sheet1.xml']).toContain('errorStyle="warning"');
  });

  test('the 和暦 switch: E2 takes the Japanese-era format while E3 says 和暦', () => {
    expect(quote.conditional).toEqual([{ sqref: 'E2', formula: '$E$3="和暦"', numFmt: '[$-411]ggge"年"m"月"d"日"' }]);
    expect(quote.cells.get('E3')!.value).toBe('西暦');
  });
});

describe('シナリオ表: one spilled formula per result column, answered row by row by the core', () => {
  const rows = templateLayouts().find((l) => l.id === 'scenarios')!.cells.filter((c) => /^A\d+$/.test(c.at) && Number(c.at.slice(1)) >= 6).length;
  const last = 5 + rows;
  const inputs = () => ['A', 'B', 'C', 'D'].map((c) => blankToNull(values(scenarios, `${c}6:${c}${last}`)));

  test('a row for every frame that prices a plain cost, with the options the frame requires', () => {
    expect(values(scenarios, `A6:A${last}`).map((r) => r[0])).toEqual(quoteFrameNames());
    expect(values(scenarios, `D6:D${last}`).flat().filter((x) => x !== null)).toEqual(['口座=80/100']);
  });

  test.each([['E', 'AMOUNT'], ['F', 'RATE'], ['G', 'SELFPAY'], ['H', 'CHECK']])('column %s: one %s over the four columns, spilled down every row', (col, id) => {
    const cell = scenarios.cells.get(`${col}6`)!;
    expect(cell.formula).toBe(`_xldudf_ITHOJO_${id}(A6:A${last},B6:B${last},C6:C${last},D6:D${last})`);
    expect(cell.spill).toBe(`${col}6:${col}${last}`);
    expect(values(scenarios, `${col}6:${col}${last}`)).toEqual(core[id](...inputs()));
  });

  test('number formats and lists', () => {
    expect(['B6', 'E6', `G${last}`, 'F6'].map((r) => scenarios.cells.get(r)!.numFmt)).toEqual([YEN, YEN, YEN, '0.0%']);
    expect(scenarios.lists.get(`A6:A${last}`)).toEqual(quoteFrameNames());
    expect(scenarios.lists.get(`C6:C${last}`)).toEqual(['小規模事業者', '中小企業', '大企業']);
  });
});

describe('the same bytes on every build', () => {
  test('writing a layout twice gives the same file as dist/templates', () => {
    for (const layout of templateLayouts()) {
      const bytes = workbookBytes(layout);
      expect(Buffer.from(bytes).equals(Buffer.from(workbookBytes(layout)))).toBe(true);
      expect(Buffer.from(bytes).equals(readFileSync(path.join(TEMPLATES_DIR, `${layout.name}.xlsx`)))).toBe(true);
    }
  });

  test('in another time zone too (zip timestamps are fixed)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ithojo-templates-'));
    try {
      const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build-templates.mjs'))}).then((m) => m.buildTemplates([${JSON.stringify(dir)}]))`;
      execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, TZ: 'Pacific/Auckland' }, stdio: 'pipe' });
      for (const layout of templateLayouts()) {
        const name = `${layout.name}.xlsx`;
        expect([name, readFileSync(path.join(dir, name)).equals(readFileSync(path.join(TEMPLATES_DIR, name)))]).toEqual([name, true]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

test('the sheet XML follows the schema\'s element order', () => {
  const order = scenarios.sheet.children.map((c) => c.name);
  expect(order).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'dataValidations', 'pageMargins']);
  expect(quote.sheet.children.map((c) => c.name)).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'conditionalFormatting', 'dataValidations', 'pageMargins']);
  expect(at(quote.sheet, 'dimension').attrs.ref).toMatch(/^A1:F\d+$/);
});
