/**
 * Code.js and CoreOnDemand.html (scripts/gas-split.mjs, gas/onDemand.ts): the per-call functions
 * answer from Code.js alone, the rarely used parts are read and evaluated once, on first use, and
 * the two halves hold no module twice. (That the answers equal the other builds' is tests/parity.)
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TABLES } from '../../core';
import { MSG } from '../../core/errors/messages';
import { CODE_JS, DIST_GAS, callSheets, loadScript, loadSheets } from './sheetsHost';

const PARTS_FILE = 'CoreOnDemand';
const partsText = readFileSync(path.join(DIST_GAS, `${PARTS_FILE}.html`), 'utf8');
const code = readFileSync(CODE_JS, 'utf8');

const QUOTE = [
  ['品名', '区分', '金額'],
  ['会計ソフト', 'ソフトウェア', 600_000],
  ['導入設定', '導入設定', 100_000],
];

describe('the per-call functions never read the parts file', () => {
  const calls: readonly [string, readonly unknown[]][] = [
    ['AMOUNT', ['通常枠', 1_000_000, '中小企業', 'プロセス=2']],
    ['AMOUNT', ['インボイス対応類型', '150万円(税込)', '小規模事業者', '機能=2']],
    ['AMOUNT', [[['通常枠'], ['インボイス対応類型']], [[1_000_000], [2_000_000]]]],
    ['AMOUNT', ['通常枠', 'たくさん']],
    ['AMOUNT', ['ない枠', 1_000_000]],
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

describe('the rarely used functions read it once per evaluation of the script', () => {
  const calls: readonly [string, readonly unknown[]][] = [
    ['BREAKDOWN', ['通常枠', 1_000_000]],
    ['FRAMES', []],
    ['COMPARE', [1_000_000]],
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

test('a parts file that cannot be read is an error cell with the core\'s message, never a number', () => {
  const { global } = loadScript(CODE_JS, {
    HtmlService: { createTemplateFromFile: (name: string) => { throw new Error(`no HTML file named ${name}`); } },
  });
  const breakdown = global.ITHOJO_BREAKDOWN as (...a: unknown[]) => unknown;
  const amount = global.ITHOJO_AMOUNT as (...a: unknown[]) => unknown;
  expect(() => breakdown('通常枠', 1_000_000)).toThrow(/^内部エラーです。.*no HTML file named CoreOnDemand/);
  expect(amount('通常枠', 1_000_000)).toBe(500_000);
});

describe('each module is in one half only', () => {
  test('the rule tables and the messages are in Code.js, not in the parts file', () => {
    for (const t of TABLES) {
      expect([t.title, code.includes(JSON.stringify(t.title))]).toEqual([t.title, true]);
      expect([t.title, partsText.includes(JSON.stringify(t.title))]).toEqual([t.title, false]);
    }
    const outside = MSG.outsideRange();
    expect(code.includes(outside.slice(0, 12))).toBe(true);
    expect(partsText.includes(outside.slice(0, 12))).toBe(false);
  });

  test('the helpers\' tables are in the parts file, not in Code.js', () => {
    // a minimum wage series' prefecture, an energy kind of the 原油換算 factors
    for (const text of ['鹿児島県', '都市ガス']) {
      expect([text, partsText.includes(text)]).toEqual([text, true]);
      expect([text, code.slice(code.indexOf('/** The core and the Sheets adapter')).includes(text)]).toEqual([text, false]);
    }
  });

  test('the parts file is script text with no HtmlService scriptlet marker', () => {
    expect(partsText.startsWith('// ITHOJO: not a page.')).toBe(true);
    expect(partsText.includes('<?')).toBe(false);
  });
});
