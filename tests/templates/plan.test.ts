/**
 * One layout, three writers: the plans the Excel pane and the Sheets sidebar write carry the same
 * cells and formats in each host's formula spelling (the file differs where it must: one formula
 * a row where a live host spills); and the evaluator behind the cached values follows Excel where
 * the templates need it.
 */
import { templateById, templateLayouts } from '../../templates';
import { TemplateSheet } from '../../templates/evaluate';
import { call, num, op, ref, str } from '../../templates/expr';
import type { Layout } from '../../templates/layout';
import { listSource, planFor } from '../../templates/plan';

const quote = templateById('quote');

test('the Excel plan spells ITHOJO.AMOUNT, the Sheets plan ITHOJO_AMOUNT, over the same cells', () => {
  const excel = planFor(quote, 'excel');
  const sheets = planFor(quote, 'sheets');
  const at = (p: typeof excel, a: string) => p.cells.find((c) => c.at === a);
  expect(at(excel, 'E27')).toEqual({ at: 'E27', formula: '=ITHOJO.AMOUNT(B27, A11:F21, B28, B29)' });
  expect(at(sheets, 'E27')).toEqual({ at: 'E27', formula: '=ITHOJO_AMOUNT(B27, A11:F21, B28, B29)' });
  expect(at(excel, 'E29')).toEqual({ at: 'E29', formula: '=E24-E27' });
  // the BREAKDOWN hint names the function as the host spells it
  expect(at(excel, 'H29')?.value).toContain('=ITHOJO.BREAKDOWN(B27, A11:F21, B28, B29)');
  expect(at(sheets, 'H29')?.value).toContain('=ITHOJO_BREAKDOWN(B27, A11:F21, B28, B29)');
  expect(at(excel, 'E12')).toEqual({ at: 'E12', formula: '=IF(OR(B12="", C12=""), "", B12*C12)' });
  expect(sheets.blocks.find((b) => b.range === 'E27')).toEqual(excel.blocks.find((b) => b.range === 'E27'));
});

test('Sheets has no Japanese-era number format: its plan leaves out the 和暦 switch, Excel\'s keeps it', () => {
  const excel = planFor(quote, 'excel');
  const sheets = planFor(quote, 'sheets');
  expect(excel.conditional).toEqual([{ range: 'E4:E5', formula: '=$H$10="和暦"', numFmt: '[$-411]ggge"年"m"月"d"日"' }]);
  expect(sheets.conditional).toEqual([]);
  expect(excel.cells.map((c) => c.at)).toEqual(expect.arrayContaining(['H9', 'H10']));
  expect(sheets.cells.map((c) => c.at)).not.toEqual(expect.arrayContaining(['H10']));
  expect(sheets.blocks.find((b) => b.range === 'H10')).toBeUndefined();
  expect(excel.cells.length - sheets.cells.length).toBe(2);
});

test('シナリオ表: a live host gets one spilled formula per result column, the file one formula a row', () => {
  const scenarios = templateById('scenarios');
  const rows = planFor(scenarios, 'excel').cells.filter((c) => /^A\d+$/.test(c.at) && Number(c.at.slice(1)) >= 6).length;
  const last = 5 + rows;
  for (const flavour of ['excel', 'sheets'] as const) {
    const results = planFor(scenarios, flavour).cells.filter((c) => /^[E-H]\d+$/.test(c.at) && c.formula);
    expect(results.map((c) => c.at)).toEqual(['E6', 'F6', 'G6', 'H6']);
  }
  expect(planFor(scenarios, 'excel').cells.find((c) => c.at === 'E6')?.formula).toBe(`=ITHOJO.AMOUNT(A6:A${last}, B6:B${last}, C6:C${last}, D6:D${last})`);
  const file = scenarios.cells.filter((c) => c.hosts?.includes('ooxml') && c.formula);
  expect(file.length).toBe(4 * rows);
  // the same answers either way
  const live = new TemplateSheet(scenarios, 'excel');
  const stored = new TemplateSheet(scenarios, 'ooxml');
  for (const c of ['E', 'F', 'G', 'H']) expect([c, stored.values(`${c}6:${c}${last}`)]).toEqual([c, live.result(`${c}6`)]);
});

test('every template plans without a list over Excel\'s 255-character limit; a longer list fails the build', () => {
  for (const l of templateLayouts()) expect(() => planFor(l, 'excel')).not.toThrow();
  expect(listSource(['a', 'b'])).toBe('a,b');
  expect(() => listSource(['x'.repeat(200), 'y'.repeat(60)])).toThrow(/255/);
  expect(() => listSource(['a,b'])).toThrow(/comma/);
  // the list is one quoted string in the file: a double quote would end it
  expect(() => listSource(['"和暦"'])).toThrow(/double quote/);
  const tooLong: Layout = { ...quote, blocks: [...quote.blocks, { range: 'A1', list: ['x'.repeat(300)] }] };
  expect(() => planFor(tooLong, 'sheets')).toThrow(/255/);
});

describe('the evaluator', () => {
  const sheet = (cells: Layout['cells']) => new TemplateSheet({ ...quote, cells });

  test('ROUNDDOWN after Excel\'s 15-digit rounding, SUM skipping text and blanks, = treating blank as ""', () => {
    const s = sheet([
      { at: 'A1', value: 1_230_000 }, { at: 'A2', value: 'x' },
      { at: 'B1', formula: call('ROUNDDOWN', op('*', ref('A1'), num(0.1)), num(0)) },
      { at: 'B2', formula: call('SUM', ref('A1:A3')) },
      { at: 'B3', formula: call('IF', op('=', ref('A3'), str('')), str('blank'), str('set')) },
      { at: 'B4', formula: call('ROUNDDOWN', num(0.29 * 100), num(0)) },
    ]);
    expect(['B1', 'B2', 'B3', 'B4'].map((a) => s.valueAt(a))).toEqual([123_000, 1_230_000, 'blank', 29]);
  });

  test('TODAY() is the layout\'s day (Excel\'s serial of that day in Tokyo), and a date plus days is a later date', () => {
    const s = new TemplateSheet({ ...quote, asOf: '2026-12-01', cells: [{ at: 'A1', formula: call('TODAY') }, { at: 'A2', formula: op('+', ref('A1'), num(30)) }] });
    // 2026-01-01 is serial 46023 (45658 for 2025-01-01, + 365); 2026-12-01 is 334 days later
    expect([s.valueAt('A1'), s.valueAt('A2')]).toEqual([46_357, 46_387]);
  });

  test('text in arithmetic is #VALUE!, and a circular reference fails the build', () => {
    expect(sheet([{ at: 'A1', value: 'x' }, { at: 'B1', formula: op('*', ref('A1'), num(2)) }]).valueAt('B1')).toEqual({ error: '#VALUE!' });
    expect(() => sheet([{ at: 'A1', formula: ref('B1') }, { at: 'B1', formula: ref('A1') }]).valueAt('A1')).toThrow(/circular/);
  });
});
