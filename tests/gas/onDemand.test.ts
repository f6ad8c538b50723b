/**
 * Code.js and the files it evaluates on first use (scripts/gas-split.mjs, gas/onDemandFiles.ts):
 * an IT cell's per-call functions answer from Code.js alone; the rarely used parts
 * (CoreOnDemand.html) and the other programs' rule tables (CoreOtherPrograms.html) are read and
 * evaluated once, by the first call that needs them; and no module is in two files. (That the
 * answers equal the other builds' is tests/parity and tests/gas/vectors.)
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allTables } from '../../core';
import { MSG } from '../../core/errors/messages';
import { cellText } from '../../core/errors/text';
import { CODE_JS, DIST_GAS, callSheets, loadScript, loadSheets } from './sheetsHost';

const PARTS_FILE = 'CoreOnDemand';
const OTHERS_FILE = 'CoreOtherPrograms';
const partsText = readFileSync(path.join(DIST_GAS, `${PARTS_FILE}.html`), 'utf8');
const othersText = readFileSync(path.join(DIST_GAS, `${OTHERS_FILE}.html`), 'utf8');
const code = readFileSync(CODE_JS, 'utf8');

const QUOTE = [
  ['品名', '区分', '金額'],
  ['会計ソフト', 'ソフトウェア', 600_000],
  ['導入設定', '導入設定', 100_000],
];

describe('an IT cell\'s per-call functions read no file', () => {
  const calls: readonly [string, readonly unknown[]][] = [
    ['AMOUNT', ['通常枠', 1_000_000, '中小企業', 'プロセス=2']],
    ['AMOUNT', ['インボイス対応類型', '150万円(税込)', '小規模事業者', '機能=2']],
    ['AMOUNT', [[['通常枠'], ['インボイス対応類型']], [[1_000_000], [2_000_000]]]],
    ['AMOUNT', ['通常枠', 'たくさん']],
    ['RATE', ['インボイス対応類型', '', '小規模事業者']],
    ['RATE', ['通常枠', 1_000_000]],
    ['SELFPAY', ['通常枠', 1_000_000]],
    ['CAP', ['通常枠', '中小企業', 'プロセス=4, 賃上げ']],
    ['MINAMOUNT', ['通常枠']],
    ['CHECK', ['通常枠', 40_000]],
    ['CHECK', ['通常枠', 1_000_000, '中小企業', '年度=2025']],
    ['CHECK', ['通常枠', '1,00,000']],
  ];
  test.each(calls)('%s %j', (id, args) => {
    const host = loadSheets();
    const out = callSheets(host, id, args);
    expect('value' in out || 'thrown' in out).toBe(true);
    expect(host.filesRead).toEqual([]);
  });
});

describe('another program\'s frame, or a name no IT frame has, reads the other programs\' file once', () => {
  const calls: readonly [string, readonly unknown[], unknown][] = [
    ['AMOUNT', ['事業承継促進枠', 8_000_000], 4_000_000],
    ['CAP', ['工場・事業場型', '大企業'], 1_500_000_000],
    ['RATE', ['グローバル枠', '', '小規模事業者'], 2 / 3],
    ['CHECK', ['ない枠', 1_000_000], cellText(MSG.unknownFrame('ない枠', allTables().flatMap((t) => t.frames).filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i).map((f) => f.name)))],
  ];
  test.each(calls)('%s %j', (id, args, expected) => {
    const host = loadSheets();
    expect(callSheets(host, id, args)).toEqual({ value: expected });
    expect(callSheets(host, id, args)).toEqual({ value: expected });
    expect(callSheets(host, 'AMOUNT', ['設備単位型', 3_000_000, '中小企業', '省エネ率=10'])).toHaveProperty('value');
    expect(callSheets(host, 'AMOUNT', ['通常枠', 1_000_000])).toEqual({ value: 500_000 });
    expect(host.filesRead).toEqual([OTHERS_FILE]);
  });
});

describe('the rarely used functions read the parts file once per evaluation of the script', () => {
  const calls: readonly [string, readonly unknown[]][] = [
    ['BREAKDOWN', ['通常枠', 1_000_000]],
    ['SIZE', ['製造業', 5_000_000, 30]],
    ['MINWAGE', ['東京都']],
    ['NEARMINWAGE', ['東京都', [[1_300]], '', '7次']],
    ['OILKL', ['電気', 1_000]],
    ['DEADLINE', ['通常枠', 5]],
    ['AMOUNT', ['インボイス対応類型', QUOTE]],
  ];
  test.each(calls)('%s %j', (id, args) => {
    const host = loadSheets();
    const first = callSheets(host, id, args);
    expect(first).toHaveProperty('value');
    expect(callSheets(host, id, args)).toEqual(first);
    expect(callSheets(host, 'BREAKDOWN', ['通常枠', 2_000_000])).toHaveProperty('value');
    expect(host.filesRead).toEqual([PARTS_FILE]);
  });
});

test.each([
  ['FRAMES', []],
  ['COMPARE', [1_000_000]],
] as const)('%s, which lists every program, reads both files once', (id, args) => {
  const host = loadSheets();
  const first = callSheets(host, id, args);
  expect(first).toHaveProperty('value');
  expect(callSheets(host, id, args)).toEqual(first);
  expect(host.filesRead).toEqual([PARTS_FILE, OTHERS_FILE]);
});

test('a file that cannot be read is an error cell with the core\'s message, never a number, and the next call tries again', () => {
  let readable = false;
  const { global } = loadScript(CODE_JS, {
    HtmlService: {
      createTemplateFromFile: (name: string) => {
        if (!readable) throw new Error(`no HTML file named ${name}`);
        return { getRawContent: () => readFileSync(path.join(DIST_GAS, `${name}.html`), 'utf8') };
      },
    },
  });
  const breakdown = global.ITHOJO_BREAKDOWN as (...a: unknown[]) => unknown;
  const amount = global.ITHOJO_AMOUNT as (...a: unknown[]) => unknown;
  expect(() => breakdown('通常枠', 1_000_000)).toThrow(/^内部エラーです。.*no HTML file named CoreOnDemand/);
  expect(() => amount('事業承継促進枠', 8_000_000)).toThrow(/^内部エラーです。.*no HTML file named CoreOtherPrograms/);
  expect(() => amount('ない枠', 1_000_000)).toThrow(/^内部エラーです。.*no HTML file named CoreOtherPrograms/);
  expect(amount('通常枠', 1_000_000)).toBe(500_000);
  readable = true;
  expect(amount('事業承継促進枠', 8_000_000)).toBe(4_000_000);
  expect((breakdown('通常枠', 1_000_000) as unknown[][]).length).toBeGreaterThan(1);
});

describe('each module is in one file only', () => {
  test('IT\'s rule tables are in Code.js, every other program\'s in CoreOtherPrograms.html, the messages in Code.js', () => {
    const holders = (text: string) => [code, othersText, partsText].map((file) => file.includes(text));
    for (const t of allTables()) {
      const title = JSON.stringify(t.title);
      expect([t.title, holders(title)]).toEqual([t.title, t.programId === 'it' ? [true, false, false] : [false, true, false]]);
    }
    expect(holders(cellText(MSG.outsideRange()).slice(0, 12))).toEqual([true, false, false]);
  });

  test('the helpers\' tables are in the parts file, not in Code.js', () => {
    // a minimum wage series' prefecture, an energy kind of the 原油換算 factors
    for (const text of ['鹿児島県', '都市ガス']) {
      expect([text, partsText.includes(text)]).toEqual([text, true]);
      expect([text, code.slice(code.indexOf('/** The core and the Sheets adapter')).includes(text)]).toEqual([text, false]);
    }
  });

  test.each([[PARTS_FILE, partsText], [OTHERS_FILE, othersText]])('%s.html is script text with no HtmlService scriptlet marker', (_name, text) => {
    expect(text.startsWith('// ITHOJO: not a page.')).toBe(true);
    expect(text.includes('<?')).toBe(false);
  });
});
