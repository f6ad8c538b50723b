/**
 * dist/templates/*.xlsx as Excel and LibreOffice will read them: ITHOJO formulas in the stored
 * add-in form (_xldudf_ITHOJO_…) as plain formulas (no array formula, which LibreOffice would
 * recalculate to #NAME?), the application named as Excel (so LibreOffice keeps stored text
 * answers), cached values equal to what the built core answers for the sheet's own inputs, the
 * print setup (A4, fitted to the page width, title rows), a printed area without English and an
 * English note on every field, number formats, drop-down lists, the 和暦 switch, 税込 counted
 * once; the same bytes on every build, in any time zone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DECLARATIONS, excelSerial } from '../../core';
import { parseArea, contains, parseCell } from '../../templates/a1';
import { categoryNames, quoteFrameNames } from '../../templates/catalog';
import { TemplateSheet } from '../../templates/evaluate';
import { templateById, templateLayouts } from '../../templates';
import { workbookBytes } from '../../templates/ooxml/workbook';
import { at, parseXml } from '../excel/support/xml';
import { readWorkbook, ROOT, templateFile, TEMPLATES_DIR, values, type Workbook } from './workbook';

// the built core (dist/core), not the sources the templates were made from: an independent oracle
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(path.join(ROOT, 'dist/core/ithojo.cjs')) as Record<string, (...args: unknown[]) => unknown>;

const YEN = '#,##0"円"';
const DAY = templateLayouts()[0].asOf;

// the templates are priced as of their example day: the oracle answers as of that day too
beforeAll(() => core.setClock?.(() => Date.parse(`${DAY}T12:00:00+09:00`)));
afterAll(() => core.setClock?.(null));
const quote = readWorkbook(templateFile('見積書.xlsx'));
const scenarios = readWorkbook(templateFile('シナリオ表.xlsx'));

const blankToNull = (grid: unknown[][]) => grid.map((row) => row.map((x) => (x === '' ? null : x)));

/** Latin words (three letters or more) left once the names of frames (PMI専門家活用類型) are taken out. */
function englishWords(text: string): string[] {
  const names = quoteFrameNames().filter((n) => /[A-Za-z]/.test(n));
  const rest = names.reduce((t, n) => t.split(n).join(''), text);
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

describe.each([['見積書', quote], ['シナリオ表', scenarios]] as const)('%s.xlsx', (name, wb: Workbook) => {
  test('one sheet named after the template, its notes and the application part; no dynamic-array metadata', () => {
    expect(Object.keys(wb.parts).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml',
      'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml',
    ]);
    expect(wb.parts['xl/workbook.xml']).toContain(`<sheet name="${name}" sheetId="1" r:id="rId1"/>`);
    expect(wb.parts['_rels/.rels']).toContain('relationships/extended-properties" Target="docProps/app.xml"');
    expect(wb.parts['[Content_Types].xml']).toContain('PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"');
    expect(wb.parts['xl/worksheets/_rels/sheet1.xml.rels']).toContain('relationships/comments" Target="../comments1.xml"');
    expect(wb.parts['xl/worksheets/sheet1.xml']).toContain('<legacyDrawing r:id="rId1"/>');
    // a full recalculation on open would replace the cached answers before the add-in loads
    expect(wb.parts['xl/workbook.xml']).not.toContain('fullCalcOnLoad');
  });

  test('the application is Excel: LibreOffice keeps the stored text answers of a known generator only', () => {
    const app = parseXml(wb.parts['docProps/app.xml']);
    expect(at(app, 'Application').text).toBe('Microsoft Excel');
    expect(at(app, 'AppVersion').text).toMatch(/^16\./);
  });

  test('every ITHOJO call is stored as _xldudf_ITHOJO_<declared id> in a plain formula holding one value', () => {
    const ithojo = [...wb.cells.entries()].filter(([, c]) => c.formula?.includes('ITHOJO'));
    expect(ithojo.length).toBeGreaterThanOrEqual(3);
    for (const [ref, c] of ithojo) {
      for (const m of c.formula!.matchAll(/([A-Za-z_.]*ITHOJO[A-Za-z_.]*)\(/g)) {
        expect(m[1]).toMatch(/^_xldudf_ITHOJO_[A-Z]+$/);
        expect(DECLARATIONS.map((d) => d.id)).toContain(m[1].slice('_xldudf_ITHOJO_'.length));
      }
      expect([ref, typeof c.value]).toEqual([ref, expect.stringMatching(/^(number|string)$/)]);
    }
    // LibreOffice recalculates array formulas on load: none in the file, and no cell metadata
    for (const [ref, c] of wb.cells) expect([ref, c.formulaAttrs ?? {}, c.attrs.cm]).toEqual([ref, {}, undefined]);
  });

  test('the subsidy is called an estimate (見込) and never "実質無料"', () => {
    const text = Object.values(wb.parts).join('');
    expect(text).toContain('見込');
    expect(text).not.toContain('実質無料');
  });

  test('prints on A4 fitted to one page width, the title rows on every page', () => {
    const layout = templateLayouts().find((l) => l.name === name)!;
    expect(wb.pageSetup).toEqual({ paperSize: '9', orientation: layout.print.orientation, fitToWidth: '1', fitToHeight: '0' });
    expect(at(wb.sheet, 'sheetPr', 'pageSetUpPr').attrs.fitToPage).toBe('1');
    const [from, to] = layout.print.area.split(':');
    expect(wb.names.get('_xlnm.Print_Area')).toBe(`'${name}'!${`$${from.replace(/(\d+)/, '$$$1')}:$${to.replace(/(\d+)/, '$$$1')}`}`);
    expect(wb.names.get('_xlnm.Print_Titles')).toMatch(new RegExp(`^'${name}'!\\$(\\d+):\\$\\1$`));
  });

  test('no English on the printed page; English help in notes (which do not print) on the title and the headings', () => {
    const printed = parseArea(templateLayouts().find((l) => l.name === name)!.print.area);
    const shown = [...wb.cells].filter(([ref, c]) => typeof c.value === 'string' && inArea(printed, ref)).map(([ref, c]) => [ref, c.value as string]);
    expect(shown.length).toBeGreaterThan(10);
    for (const [ref, text] of shown) expect([ref, englishWords(text)]).toEqual([ref, []]);
    // the check above can fail: the notes it would flag are English
    for (const [ref, note] of wb.notes) expect([ref, englishWords(note).length >= 2]).toEqual([ref, true]);
    expect(wb.notes.get('A1')).toMatch(/not printed/);
    const headings = name === '見積書' ? ['A1', 'A9', 'A11', 'E3', 'E4', 'E5', 'E6', 'E7', 'A26', 'B27', 'B28', 'B29', 'E27', 'E28', 'E29', 'H27'] : ['A1', 'A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5'];
    expect(headings.filter((ref) => !wb.notes.has(ref))).toEqual([]);
  });
});

function inArea(a: ReturnType<typeof parseArea>, ref: string): boolean {
  const { r, c } = parseCell(ref);
  return contains(a, r, c);
}

describe('見積書: cached values are the core\'s answers for the sheet\'s own inputs', () => {
  const args = () => [quote.cells.get('B27')!.value, blankToNull(values(quote, 'A11:F21')), quote.cells.get('B28')!.value, quote.cells.get('B29')?.value ?? null];

  test('the subsidy block reads B27 (frame), A11:F21 (the quote table with its header row), B28 (size), B29 (options)', () => {
    for (const [ref, id] of [['E27', 'AMOUNT'], ['E28', 'RATE'], ['H27', 'CHECK']] as const) {
      expect(quote.cells.get(ref)!.formula).toBe(`_xldudf_ITHOJO_${id}(B27,A11:F21,B28,B29)`);
      expect([ref, quote.cells.get(ref)!.value]).toEqual([ref, core[id](...args())]);
    }
    expect(quote.cells.get('H27')!.value).toMatch(/^OK/);
  });

  test('the example quote: 1,230,000 before tax, 123,000 tax, 1,353,000 quoted; subsidy 615,000, the customer pays 738,000 with tax', () => {
    // hand check: 600,000 + 24 × 20,000 + 150,000 = 1,230,000; tax ⌊123,000.0⌋; subsidy 1/2 of 1,230,000 (under 1,499,999)
    expect(['E22', 'E23', 'E24', 'B9', 'E27', 'E28', 'E29'].map((r) => quote.cells.get(r)!.value)).toEqual([1_230_000, 123_000, 1_353_000, 1_353_000, 615_000, 0.5, 738_000]);
    expect(quote.cells.get('E29')!.formula).toBe('E24-E27');
    expect(quote.cells.get('B9')!.formula).toBe('E24');
  });

  test('税込 is counted once: with 税込 in the options the subsidy and the self-payment stay 615,000 and 738,000', () => {
    const layout = templateById('quote');
    const withTax = new TemplateSheet({ ...layout, cells: layout.cells.map((c) => (c.at === 'B29' ? { ...c, value: '税込' } : c)) }, 'ooxml');
    expect(['E24', 'E27', 'E28', 'E29'].map((r) => withTax.valueAt(r))).toEqual([1_353_000, 615_000, 0.5, 738_000]);
    // why: the headings say 税抜, so the core reads the lines tax-exclusive whatever the options say …
    const grid = values(quote, 'A11:F21');
    expect(core.AMOUNT(quote.cells.get('B27')!.value, blankToNull(grid), '中小企業', '税込')).toBe(615_000);
    // … and before, with plain 単価/金額 headings and 自己負担額 = SELFPAY + 消費税, 税込 counted the tax twice:
    // 1,230,000 ÷ 1.1 = 1,118,181.8…, subsidy ⌊559,090.9⌋ = 559,090; SELFPAY 1,230,000 − 559,090 = 670,910; + 123,000 = 793,910
    const plain = blankToNull(grid.map((row, i) => (i === 0 ? row.map((h) => String(h).replace(' (税抜)', '')) : row)));
    expect(core.AMOUNT('通常枠', plain, '中小企業', '税込')).toBe(559_090);
    expect((core.SELFPAY('通常枠', plain, '中小企業', '税込') as number) + 123_000).toBe(793_910);
  });

  test('line amounts are 数量 × 単価, blank until both are given (so an empty line is a blank row of the quote)', () => {
    expect(quote.cells.get('E12')!.formula).toBe('IF(OR(B12="",C12=""),"",B12*C12)');
    expect(values(quote, 'E12:E16').map((r) => r[0])).toEqual([600_000, 480_000, 150_000, '', '']);
    expect(values(quote, 'A11:F11')[0]).toEqual(['品名', '数量', '単価 (税抜)', '区分', '金額 (税抜)', '月数']);
  });

  test('発行日 is =TODAY() (stored as the example day), 有効期限 30 days later; 見積番号, 発行者 and 登録番号 to fill in', () => {
    const serial = excelSerial(new Date(`${DAY}T00:00:00+09:00`));
    expect([quote.cells.get('E4')!.formula, quote.cells.get('E4')!.value]).toEqual(['TODAY()', serial]);
    expect([quote.cells.get('E5')!.formula, quote.cells.get('E5')!.value]).toEqual(['E4+30', serial + 30]);
    expect(values(quote, 'D3:E7')).toEqual([['見積番号', '0001'], ['発行日', serial], ['有効期限', serial + 30], ['発行者', '株式会社〇〇〇〇'], ['登録番号', 'T0000000000000']]);
  });

  test('number formats: yen amounts, counts, months, the effective rate as a percentage, the dates', () => {
    const fmt = (r: string) => quote.cells.get(r)!.numFmt;
    for (const r of ['B9', 'C12', 'E12', 'E21', 'E22', 'E23', 'E24', 'E27', 'E29']) expect([r, fmt(r)]).toEqual([r, YEN]);
    expect([fmt('B12'), fmt('F13'), fmt('E28'), fmt('E4'), fmt('E5')]).toEqual(['#,##0', '0"か月"', '0.0%', 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日"']);
  });

  test('merged cells: the title, the fields, the quoted amount, the subsidy settings', () => {
    expect(quote.merges).toEqual(['A1:F1', 'E3:F3', 'E4:F4', 'E5:F5', 'E6:F6', 'E7:F7', 'B9:D9', 'B27:C27', 'B28:C28', 'B29:C29']);
  });

  test('drop-down lists: the frames a quote can be priced under, the sizes, the categories the core reads, 西暦/和暦', () => {
    expect(quote.lists.get('B27:C27')).toEqual(quoteFrameNames());
    expect(quote.lists.get('B27:C27')).not.toContain('複数社連携IT導入枠');
    expect(quote.lists.get('B28:C28')).toEqual(['小規模事業者', '中小企業', '大企業']);
    expect(quote.lists.get('D12:D21')).toEqual(categoryNames());
    expect(quote.lists.get('H10')).toEqual(['西暦', '和暦']);
    // every name in the list is a category the core reads under some frame
    for (const name of categoryNames()) {
      const answers = quoteFrameNames().map((f) => String(core.CHECK(f, [[name, 100_000]])));
      expect([name, answers.some((a) => !a.includes('区分が不明'))]).toEqual([name, true]);
    }
    // a warning, not a stop: aliases the list does not show still work
    expect(quote.parts['xl/worksheets/sheet1.xml']).toContain('errorStyle="warning"');
  });

  test('the 和暦 switch: the dates take the Japanese-era format while H10 says 和暦', () => {
    expect(quote.conditional).toEqual([{ sqref: 'E4:E5', formula: '$H$10="和暦"', numFmt: '[$-411]ggge"年"m"月"d"日"' }]);
    expect(quote.cells.get('H10')!.value).toBe('西暦');
  });
});

describe('シナリオ表: one formula a row and result column in the file, answered by the core', () => {
  const layout = templateById('scenarios');
  const rows = layout.cells.filter((c) => /^A\d+$/.test(c.at) && Number(c.at.slice(1)) >= 6).length;
  const last = 5 + rows;
  const inputs = () => ['A', 'B', 'C', 'D'].map((c) => blankToNull(values(scenarios, `${c}6:${c}${last}`)));

  test('a row for every frame that prices a plain cost, with the options the frame requires', () => {
    expect(values(scenarios, `A6:A${last}`).map((r) => r[0])).toEqual(quoteFrameNames());
    expect(values(scenarios, `D6:D${last}`).flat().filter((x) => x !== null)).toEqual(['口座=80/100']);
    expect(layout.print).toEqual({ area: `A1:G${last}`, orientation: 'landscape', titleRows: '5:5' });
  });

  test.each([['E', 'AMOUNT'], ['F', 'RATE'], ['G', 'SELFPAY'], ['H', 'CHECK']])('column %s: %s of its own row in every row, the same answers as one broadcast call', (col, id) => {
    for (let r = 6; r <= last; r++) expect(scenarios.cells.get(`${col}${r}`)!.formula).toBe(`_xldudf_ITHOJO_${id}(A${r},B${r},C${r},D${r})`);
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
  const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'legacyDrawing'];
  expect(quote.sheet.children.map((c) => c.name)).toEqual(order);
  expect(scenarios.sheet.children.map((c) => c.name)).toEqual(order.filter((n) => n !== 'mergeCells' && n !== 'conditionalFormatting'));
  expect(at(quote.sheet, 'dimension').attrs.ref).toMatch(/^A1:H\d+$/);
});

test('a layout whose formula would spill cannot be written (LibreOffice would show #NAME? there)', () => {
  const layout = templateById('quote');
  const spilling = { ...layout, cells: [...layout.cells, { at: 'H40', formula: { k: 'ithojo', id: 'BREAKDOWN', args: [{ k: 'ref', a1: 'B27' }, { k: 'ref', a1: 'A11:F21' }] } as const }] };
  expect(() => workbookBytes(spilling)).toThrow(/H40: a formula of the file must answer one value/);
});
