/**
 * The Excel side of the pane and the ribbon, through office-addin-mock: template insertion writes
 * the layout's formulas, number formats, styles and drop-down lists (and leaves out what an older
 * Excel lacks, without an error), the #NAME? action rewrites ITHOJO formulas only, and the
 * selection and active cell go where the pane expects.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { commandId, registerCommands } from '../../excel-addin/commands/commands';
import { excelHost } from '../../excel-addin/taskpane/excelHost';
import { rewrite } from '../../excel-addin/taskpane/fixNames';
import { categoryNames, quoteFrameNames } from '../../templates/catalog';
import { templateById } from '../../templates';
import { planFor } from '../../templates/plan';

type Mock = Record<string, any>;

interface Recorded {
  /** address → the mock range the code wrote to. */
  readonly ranges: Map<string, Mock>;
  readonly borders: Map<string, Record<string, string>>;
  readonly conditional: { address: string; type: string; format: Mock }[];
  readonly added: string[];
  readonly activated: string[];
  readonly merged: string[];
}

/** Excel with `existing` sheets, the given API sets, a selection and an active sheet's used range. */
function installExcel(opts: { sets?: string[]; existing?: string[]; used?: unknown[][] } = {}): { rec: Recorded; excel: Mock } {
  const sets = opts.sets ?? ['1.1', '1.4', '1.6', '1.8'];
  const rec: Recorded = { ranges: new Map(), borders: new Map(), conditional: [], added: [], activated: [], merged: [] };
  const rangeData = (address: string) => ({
    address,
    format: {
      font: {},
      fill: {},
      borders: {
        getItem(edge: string) {
          const key = `${address}|${edge}`;
          if (!rec.borders.has(key)) rec.borders.set(key, {});
          return rec.borders.get(key);
        },
      },
    },
    dataValidation: {},
    merge() {
      rec.merged.push(address);
    },
    conditionalFormats: {
      add(type: string) {
        const format = { custom: { rule: {}, format: {} } };
        rec.conditional.push({ address, type, format });
        return format;
      },
    },
  });
  const newSheet = (name: string) => {
    const sheet = new OfficeMockObject({
      name,
      getRange(address: string) {
        if (!rec.ranges.has(address)) rec.ranges.set(address, new OfficeMockObject(rangeData(address)) as Mock);
        return rec.ranges.get(address);
      },
      activate() {
        rec.activated.push(name);
      },
    }) as Mock;
    return sheet;
  };
  const used = opts.used ?? [[]];
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        selection: {
          address: '見積書!D11:F13',
          values: [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 480000, 24]],
          cell: { address: 'Sheet1!B3' },
          getCell() {
            return this.cell;
          },
        },
        getSelectedRange() {
          return this.selection;
        },
        worksheets: {
          active: {
            used: {
              formulas: used,
              getCell(r: number, c: number) {
                const key = `used[${r},${c}]`;
                if (!rec.ranges.has(key)) rec.ranges.set(key, new OfficeMockObject({ address: key }) as Mock);
                return rec.ranges.get(key);
              },
            },
            getUsedRange() {
              return this.used;
            },
          },
          getActiveWorksheet() {
            return this.active;
          },
          add(name: string) {
            rec.added.push(name);
            return newSheet(name);
          },
          getItemOrNullObject(this: Mock, name: string) {
            // registered under the worksheets so that context.sync() resolves its load
            const key = `item:${name}`;
            if (!this[key]) {
              this.addMock(key);
              this[key].setValue('isNullObject', !(opts.existing ?? ['Sheet1']).includes(name));
            }
            return this[key];
          },
        },
      },
    },
    async run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as Mock;
  // Office.context is a plain object in office.js (nothing to load), so it is one here too
  const office: Mock = {
    context: {
      displayLanguage: 'ja-JP',
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && sets.includes(version),
      },
    },
  };
  (globalThis as Mock).Excel = excel;
  (globalThis as Mock).Office = office;
  return { rec, excel };
}

afterEach(() => {
  delete (globalThis as Mock).Excel;
  delete (globalThis as Mock).Office;
});

describe('template insertion', () => {
  test('見積書: a new active sheet with every cell of the plan, ITHOJO formulas in Excel\'s spelling', async () => {
    const { rec } = installExcel();
    expect(await excelHost().insertTemplate('quote')).toBe('見積書');
    expect(rec.added).toEqual(['見積書']);
    expect(rec.activated).toEqual(['見積書']);
    const plan = planFor(templateById('quote'), 'excel');
    for (const c of plan.cells) {
      const r = rec.ranges.get(c.at)!;
      if (c.formula) expect([c.at, r.formulas]).toEqual([c.at, [[c.formula]]]);
      else expect([c.at, r.values]).toEqual([c.at, [[c.value]]]);
    }
    expect(rec.ranges.get('E27')!.formulas).toEqual([['=ITHOJO.AMOUNT(B27, A11:F21, B28, B29)']]);
    expect(rec.ranges.get('E29')!.formulas).toEqual([['=E24-E27']]);
  });

  test('number formats fill each range; styles, borders and column widths are set', async () => {
    const { rec } = installExcel();
    await excelHost().insertTemplate('quote');
    expect(rec.ranges.get('E12:E21')!.numberFormat).toEqual(Array.from({ length: 10 }, () => ['#,##0"円"']));
    expect(rec.ranges.get('E28')!.numberFormat).toEqual([['0.0%']]);
    expect(rec.ranges.get('E4:E5')!.numberFormat).toEqual([['yyyy"年"m"月"d"日"'], ['yyyy"年"m"月"d"日"']]);
    const header = rec.ranges.get('A11:F11')!;
    expect([header.format.font.bold, header.format.fill.color, header.format.horizontalAlignment]).toEqual([true, '#DDEBDF', 'Center']);
    // a one-row range has inside vertical borders but no inside horizontal ones
    expect(rec.borders.get('A11:F11|InsideVertical')).toEqual({ style: 'Continuous', color: '#7F7F7F' });
    expect(rec.borders.has('A11:F11|InsideHorizontal')).toBe(false);
    expect(rec.borders.get('A12:F21|InsideHorizontal')).toEqual({ style: 'Continuous', color: '#7F7F7F' });
    expect(rec.ranges.get('A:A')!.format.columnWidth).toBe(Math.round((28 * 7 + 5) * 0.75));
    // the title, the fields and the quoted amount are merged cells, as in the file
    expect(rec.merged).toEqual(templateById('quote').blocks.filter((b) => b.merge).map((b) => b.range));
    expect(rec.merged).toContain('B9:D9');
  });

  test('drop-down lists (ExcelApi 1.8): frames, sizes, categories, 西暦/和暦 — warnings, not stops', async () => {
    const { rec } = installExcel();
    await excelHost().insertTemplate('quote');
    const rule = (a: string) => rec.ranges.get(a)!.dataValidation.rule;
    expect(rule('B27:C27')).toEqual({ list: { inCellDropDown: true, source: quoteFrameNames().join(',') } });
    expect(rule('B28:C28')).toEqual({ list: { inCellDropDown: true, source: '小規模事業者,中小企業,大企業' } });
    expect(rule('D12:D21')).toEqual({ list: { inCellDropDown: true, source: categoryNames().join(',') } });
    expect(rule('H10')).toEqual({ list: { inCellDropDown: true, source: '西暦,和暦' } });
    expect(rec.ranges.get('B27:C27')!.dataValidation.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
  });

  test('the 和暦 switch (ExcelApi 1.6): a custom conditional format on the dates with the Japanese-era number format', async () => {
    const { rec } = installExcel();
    await excelHost().insertTemplate('quote');
    expect(rec.conditional.map((c) => [c.address, c.type, c.format.custom.rule.formula, c.format.custom.format.numberFormat])).toEqual([
      ['E4:E5', 'Custom', '=$H$10="和暦"', '[$-411]ggge"年"m"月"d"日"'],
    ]);
  });

  test('an older Excel (no ExcelApi 1.6/1.8) gets the sheet without lists and the era switch, and no error', async () => {
    const { rec } = installExcel({ sets: ['1.1', '1.4'] });
    await expect(excelHost().insertTemplate('quote')).resolves.toBe('見積書');
    for (const [a, r] of rec.ranges) expect([a, r.dataValidation?.rule]).toEqual([a, undefined]);
    expect(rec.conditional).toEqual([]);
    expect(rec.ranges.get('E27')!.formulas).toEqual([['=ITHOJO.AMOUNT(B27, A11:F21, B28, B29)']]);
  });

  test('a sheet of the same name already there: the template goes to 見積書 (2)', async () => {
    const { rec } = installExcel({ existing: ['Sheet1', '見積書'] });
    expect(await excelHost().insertTemplate('quote')).toBe('見積書 (2)');
    expect(rec.added).toEqual(['見積書 (2)']);
  });

  test('シナリオ表: one spilling formula per result column', async () => {
    const { rec } = installExcel();
    await excelHost().insertTemplate('scenarios');
    const formula = rec.ranges.get('E6')!.formulas[0][0] as string;
    expect(formula).toMatch(/^=ITHOJO\.AMOUNT\(A6:A(\d+), B6:B\1, C6:C\1, D6:D\1\)$/);
    expect(rec.ranges.has('E7')).toBe(false);
  });
});

describe('#NAME? を直す', () => {
  test('rewrites only the ITHOJO formulas of the active sheet, the file form as ITHOJO.X', async () => {
    const used = [
      ['=ITHOJO.AMOUNT("通常枠", 1000000)', 500000, '=SUM(A1:A2)'],
      ['=_xldudf_ITHOJO_CAP("通常枠")', 'text', ''],
      ['=IF(A1>0, ITHOJO.CHECK("通常枠", A1), "")', '=ithojo.rate("通常枠")', '=MYADDIN.ITHOJO(1)'],
    ];
    const { rec } = installExcel({ used });
    expect(await excelHost().fixNames!()).toBe(4);
    const written = [...rec.ranges.entries()].filter(([k]) => k.startsWith('used')).map(([k, r]) => [k, r.formulas[0][0]]);
    expect(written).toEqual([
      ['used[0,0]', '=ITHOJO.AMOUNT("通常枠", 1000000)'],
      ['used[1,0]', '=ITHOJO.CAP("通常枠")'],
      ['used[2,0]', '=IF(A1>0, ITHOJO.CHECK("通常枠", A1), "")'],
      ['used[2,1]', '=ithojo.rate("通常枠")'],
    ]);
  });

  test('the file form is rewritten in every call of a formula', () => {
    expect(rewrite('=_xldudf_ITHOJO_AMOUNT(B7,_xldudf_ITHOJO_CAP(B7))')).toBe('=ITHOJO.AMOUNT(B7,ITHOJO.CAP(B7))');
  });
});

describe('selection and formulas', () => {
  test('the selection: its address and values', async () => {
    installExcel();
    const sel = await excelHost().readSelection();
    expect(sel).toEqual({ address: '見積書!D11:F13', values: [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 480000, 24]] });
  });

  test('a formula goes into the first cell of the selection, whose address comes back', async () => {
    const { excel } = installExcel();
    expect(await excelHost().insertFormula('=ITHOJO.AMOUNT("通常枠", 1000000)')).toBe('Sheet1!B3');
    expect(excel.context.workbook.selection.cell.formulas).toEqual([['=ITHOJO.AMOUNT("通常枠", 1000000)']]);
  });

  test('the host speaks the display language and spells formulas the Excel way', () => {
    installExcel();
    const host = excelHost();
    expect([host.name, host.flavour, host.language, host.help]).toEqual(['excel', 'excel', 'ja-JP', { url: 'help.html' }]);
  });
});

describe('ribbon commands', () => {
  test('each template and the #NAME? fix is registered with Office.actions and as a global; each completes its event', async () => {
    const { rec } = installExcel();
    const associated = new Map<string, (e: { completed(): void }) => Promise<void>>();
    (globalThis as Mock).Office.actions = { associate: (id: string, fn: never) => associated.set(id, fn) };
    const target: Record<string, unknown> = {};
    registerCommands(target);
    expect([...associated.keys()].sort()).toEqual(['fixNames', commandId('quote'), commandId('scenarios')].sort());
    expect(Object.keys(target).sort()).toEqual([...associated.keys()].sort());
    const completed = jest.fn();
    await associated.get('insertTemplateQuote')!({ completed });
    expect(rec.added).toEqual(['見積書']);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('a failing command still completes its event (the ribbon must not hang)', async () => {
    installExcel();
    (globalThis as Mock).Excel.run = async () => {
      throw new Error('no workbook');
    };
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const target: Record<string, (e: { completed(): void }) => Promise<void>> = {};
    registerCommands(target as Record<string, unknown>);
    const completed = jest.fn();
    await target.fixNames({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('ITHOJO fixNames:', expect.any(Error));
    error.mockRestore();
  });
});
