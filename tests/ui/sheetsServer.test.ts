/**
 * The Sheets server side as Apps Script runs it: dist/gas/Code.js and Server.js in one empty
 * global (node:vm), with a fake SpreadsheetApp that offers only what the currentonly scope
 * allows (the active spreadsheet) and records every write.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cellName, parseArea } from '../../templates/a1';
import { templateById } from '../../templates';
import { planFor } from '../../templates/plan';
import { SERVER_FUNCTIONS } from '../../gas/server/names';
import { DIST_GAS, fakeHtmlService } from '../gas/sheetsHost';

interface Write {
  readonly sheet: string;
  readonly range: string;
  readonly op: string;
  readonly args: unknown[];
}

type Fn = (...args: unknown[]) => unknown;

/** A spreadsheet with sheets of given values; the active range is on the first sheet. */
function fakeApps(activeRange: string, data: Record<string, unknown[][]>) {
  const writes: Write[] = [];
  const ui: { menus: { caption: string; items: [string, string][] }[]; sidebars: unknown[]; dialogs: [unknown, string][] } = { menus: [], sidebars: [], dialogs: [] };
  const files: string[] = [];
  const sheets: Record<string, unknown> = {};

  function makeRange(sheetName: string, a1: string): Record<string, Fn> {
    const area = parseArea(a1);
    const record = (op: string) => (...args: unknown[]) => {
      writes.push({ sheet: sheetName, range: a1, op, args });
      return range;
    };
    const range: Record<string, Fn> = {
      getA1Notation: () => a1,
      getSheet: () => sheets[sheetName],
      getCell: (r, c) => makeRange(sheetName, cellName(area.r0 + (r as number) - 1, area.c0 + (c as number) - 1)),
      getValues: () => (data[sheetName] ?? []).slice(area.r0, area.r1 + 1).map((row) => row.slice(area.c0, area.c1 + 1)),
    };
    for (const op of ['setValue', 'setFormula', 'setNumberFormat', 'setFontWeight', 'setFontSize', 'setFontColor', 'setBackground', 'setWrap', 'setHorizontalAlignment', 'setBorder', 'setDataValidation', 'merge']) range[op] = record(op);
    return range;
  }

  function makeSheet(name: string) {
    const sheet = {
      getName: () => name,
      getRange: (a1: string) => makeRange(name, a1),
      setColumnWidth: (column: number, width: number) => (writes.push({ sheet: name, range: `col${column}`, op: 'setColumnWidth', args: [width] }), sheet),
      activate: () => (writes.push({ sheet: name, range: '', op: 'activate', args: [] }), sheet),
    };
    sheets[name] = sheet;
    return sheet;
  }
  for (const name of Object.keys(data)) makeSheet(name);
  const first = Object.keys(data)[0];

  const spreadsheet = {
    getActiveRange: () => makeRange(first, activeRange),
    getSheetByName: (n: string) => sheets[n] ?? null,
    insertSheet: (n: string) => makeSheet(n),
  };
  const allowed: Record<string, unknown> = {
    getActiveSpreadsheet: () => spreadsheet,
    getUi: () => ({
      createMenu: (caption: string) => {
        const menu = { caption, items: [] as [string, string][] };
        const builder = { addItem: (c: string, fn: string) => (menu.items.push([c, fn]), builder), addToUi: () => void ui.menus.push(menu) };
        return builder;
      },
      showSidebar: (html: unknown) => void ui.sidebars.push(html),
      showModelessDialog: (html: unknown, title: string) => void ui.dialogs.push([html, title]),
    }),
    newDataValidation: () => {
      const rule: { list?: unknown; dropdown?: unknown; allowInvalid?: unknown } = {};
      const b = {
        requireValueInList: (list: unknown, dropdown: unknown) => ((rule.list = list), (rule.dropdown = dropdown), b),
        setAllowInvalid: (x: unknown) => ((rule.allowInvalid = x), b),
        build: () => rule,
      };
      return b;
    },
    BorderStyle: { SOLID: 'SOLID' },
  };
  // only the active spreadsheet: any SpreadsheetApp-level range getter (needing the wider scope) fails
  const SpreadsheetApp = new Proxy(allowed, {
    get: (target, key) => {
      if (!(key in target)) throw new Error(`SpreadsheetApp.${String(key)} is outside the currentonly scope`);
      return target[key as string];
    },
  });
  const HtmlService = {
    ...fakeHtmlService(files),
    createHtmlOutputFromFile: (name: string) => {
      files.push(name);
      const out = { name, title: '', setTitle: (t: string) => ((out.title = t), out), setWidth: () => out, setHeight: () => out };
      return out;
    },
  };
  return { SpreadsheetApp, HtmlService, writes, ui, files };
}

function load(apps: ReturnType<typeof fakeApps>): Record<string, unknown> {
  const context = vm.createContext({ SpreadsheetApp: apps.SpreadsheetApp, HtmlService: apps.HtmlService });
  for (const file of ['Code.js', 'Server.js']) vm.runInContext(readFileSync(path.join(DIST_GAS, file), 'utf8'), context, { filename: file });
  return context as Record<string, unknown>;
}

const call = (g: Record<string, unknown>, name: string, arg?: unknown) => (g[name] as Fn)(arg);

test('Code.js and Server.js load together; the server bundle waits for its first call, custom functions still answer', () => {
  const apps = fakeApps('A1', { Sheet1: [[]] });
  const g = load(apps);
  expect(g.ithojoServerLib_).toBeNull();
  expect((g.ITHOJO_AMOUNT as Fn)('通常枠', 1_000_000)).toBe(500_000);
  expect(g.ithojoServerLib_).toBeNull();
  call(g, 'onOpen', {});
  expect(g.ithojoServerLib_).not.toBeNull();
});

test('every server entry point is a top-level function whose name google.script.run can call (no trailing _)', () => {
  const g = load(fakeApps('A1', { Sheet1: [[]] }));
  for (const name of ['onOpen', ...Object.values(SERVER_FUNCTIONS)]) {
    expect([name, typeof g[name]]).toEqual([name, 'function']);
    expect(name.endsWith('_')).toBe(false);
  }
});

test('onOpen adds the ITHOJO menu; its items name top-level functions', () => {
  const apps = fakeApps('A1', { Sheet1: [[]] });
  const g = load(apps);
  call(g, 'onOpen', { authMode: 'LIMITED' });
  expect(apps.ui.menus.map((m) => m.caption)).toEqual(['ITHOJO']);
  const items = apps.ui.menus[0].items;
  expect(items.map(([, fn]) => fn)).toEqual([SERVER_FUNCTIONS.showSidebar, SERVER_FUNCTIONS.showHelp]);
  for (const [caption, fn] of items) {
    expect(caption).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(typeof g[fn]).toBe('function');
  }
});

test('the sidebar and the help dialog open the HTML files the build writes', () => {
  const apps = fakeApps('A1', { Sheet1: [[]] });
  const g = load(apps);
  call(g, SERVER_FUNCTIONS.showSidebar);
  call(g, SERVER_FUNCTIONS.showHelp);
  expect(apps.files).toEqual(['Sidebar', 'Help']);
  for (const f of apps.files) expect(existsSync(path.join(DIST_GAS, `${f}.html`))).toBe(true);
  expect(apps.ui.sidebars).toEqual([expect.objectContaining({ name: 'Sidebar', title: 'ITHOJO 補助金計算' })]);
  expect(apps.ui.dialogs[0][1]).toMatch(/関数リファレンス/);
});

test('insertFormula writes into the active range\'s first cell and answers its address (sheet name quoted when needed)', () => {
  const apps = fakeApps('B3:C4', { '見積 シート': [[]] });
  const g = load(apps);
  expect(call(g, SERVER_FUNCTIONS.insertFormula, '=ITHOJO_AMOUNT("通常枠", 1000000)')).toBe("'見積 シート'!B3");
  expect(apps.writes).toEqual([{ sheet: '見積 シート', range: 'B3', op: 'setFormula', args: ['=ITHOJO_AMOUNT("通常枠", 1000000)'] }]);
  expect(() => call(g, SERVER_FUNCTIONS.insertFormula, 'DROP TABLE')).toThrow(/not a formula/);
  expect(() => call(g, SERVER_FUNCTIONS.insertFormula, 42)).toThrow(/not a formula/);
});

test('readSelection answers the address and values, dates as YYYY-MM-DD (google.script.run cannot carry Dates)', () => {
  const data = [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 480000, 24]];
  const apps = fakeApps('D1:F3', { Sheet1: [[null, null, null, ...data[0]], [null, null, null, ...data[1]], [null, null, null, ...data[2]]] });
  const g = load(apps);
  expect(call(g, SERVER_FUNCTIONS.readSelection)).toEqual({ address: 'Sheet1!D1:F3', values: data });
  const dated = fakeApps('A1', { Sheet1: [[vm.runInNewContext('new Date(2025, 9, 1)')]] });
  expect((call(load(dated), SERVER_FUNCTIONS.readSelection) as { values: unknown[][] }).values).toEqual([['2025-10-01']]);
});

describe('insertTemplate applies the sidebar\'s plan to a new sheet', () => {
  // the plan crosses google.script.run as JSON
  const plan = JSON.parse(JSON.stringify(planFor(templateById('quote'), 'sheets')));

  test('every cell: values, and formulas in Sheets\' spelling', () => {
    const apps = fakeApps('A1', { Sheet1: [[]] });
    expect(call(load(apps), SERVER_FUNCTIONS.insertTemplate, plan)).toBe('見積書');
    const cellWrites = apps.writes.filter((w) => w.op === 'setValue' || w.op === 'setFormula');
    expect(cellWrites.map((w) => w.range)).toEqual(plan.cells.map((c: { at: string }) => c.at));
    expect(cellWrites.find((w) => w.range === 'E27')).toEqual({ sheet: '見積書', range: 'E27', op: 'setFormula', args: ['=ITHOJO_AMOUNT(B27, A11:F21, B28, B29)'] });
    expect(cellWrites.find((w) => w.range === 'A1')?.args).toEqual(['御見積書']);
    expect(apps.writes.some((w) => w.range === 'H10')).toBe(false);
    expect(apps.writes[apps.writes.length - 1]).toEqual({ sheet: '見積書', range: '', op: 'activate', args: [] });
  });

  test('number formats, styles and drop-down lists that warn rather than reject', () => {
    const apps = fakeApps('A1', { Sheet1: [[]] });
    call(load(apps), SERVER_FUNCTIONS.insertTemplate, plan);
    const at = (range: string, op: string) => apps.writes.filter((w) => w.range === range && w.op === op).map((w) => w.args);
    expect(at('E12:E21', 'setNumberFormat')).toEqual([['#,##0"円"']]);
    expect(at('E4:E5', 'setNumberFormat')).toEqual([['yyyy"年"m"月"d"日"']]);
    expect(at('D12:D21', 'setDataValidation')).toEqual([[expect.objectContaining({ dropdown: true, allowInvalid: true })]]);
    expect((at('B28:C28', 'setDataValidation')[0][0] as { list: string[] }).list).toEqual(['小規模事業者', '中小企業', '大企業']);
    expect(at('A11:F11', 'setFontWeight')).toEqual([['bold']]);
    expect(apps.writes.filter((w) => w.op === 'merge').map((w) => w.range)).toEqual(plan.blocks.filter((b: { merge?: boolean }) => b.merge).map((b: { range: string }) => b.range));
    expect(at('B9:D9', 'merge')).toEqual([[]]);
    expect(at('A11:F11', 'setBorder')).toEqual([[true, true, true, true, true, true, '#7f7f7f', 'SOLID']]);
    expect(apps.writes.filter((w) => w.op === 'setColumnWidth').map((w) => w.args[0])).toEqual(templateById('quote').columns.map((c) => c * 8));
  });

  test('a second insertion goes to 見積書 (2)', () => {
    const apps = fakeApps('A1', { Sheet1: [[]], 見積書: [[]] });
    expect(call(load(apps), SERVER_FUNCTIONS.insertTemplate, plan)).toBe('見積書 (2)');
  });
});
