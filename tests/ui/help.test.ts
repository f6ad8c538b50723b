/**
 * The help page (dist/excel/help.html; the Sheets build's Help.html) as a reader sees it: every
 * function with its example answered by the core, the frames of every rule table, every option,
 * the amount grammar and the rule years; readable at 360 px; WCAG A/AA.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { DECLARATIONS, OPTION_DEFS, allTables } from '../../core';
import { GRAMMAR_EXAMPLES, reading } from '../../excel-addin/codegen/help/grammar';
import { axeViolations, core, EXCEL_ORIGIN, launch, openPage, ROOT, screenshot, setOracleClock, tokyoNoon, FIXED_NOW, type Watched } from './support/browser';

jest.setTimeout(60_000);

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, 360);
  await w.page.goto(`${EXCEL_ORIGIN}/help.html`);
  // the page's examples were answered as of the day it states; the oracle answers as of that day too
  setOracleClock(tokyoNoon((await w.page.getAttribute('#as-of', 'datetime'))!));
});
afterAll(async () => {
  setOracleClock(FIXED_NOW);
  await browser?.close();
});

test('every function has its section, and its example shows what the core answers', async () => {
  for (const d of DECLARATIONS) {
    const section = await w.page.$(`section#${d.id}`);
    expect([d.id, section !== null]).toEqual([d.id, true]);
    const answer = core[d.id](...d.example.args);
    if (typeof answer === 'number') {
      expect([d.id, await section!.$eval('.answer output', (o) => o.textContent)]).toEqual([d.id, answer.toLocaleString('ja-JP', { maximumFractionDigits: 6 })]);
    }
  }
  expect(await w.page.textContent('#AMOUNT .answer')).toBe('→ 500,000');
  expect(await w.page.textContent('#CHECK .answer')).toBe(`→ "${core.CHECK('通常枠', 90000)}"`);
  // a table answer is shown as a table, with every row the core returns
  const frames = core.FRAMES('IT導入補助金') as unknown[][];
  expect(await w.page.$$eval('#FRAMES-answer tbody tr', (trs) => trs.length)).toBe(frames.length - 1);
});

test('the frames of every rule table, with each alternative\'s condition and source', async () => {
  for (const t of allTables()) {
    const id = `rules-${t.programId}-${t.fiscalYear}`;
    const names = await w.page.$$eval(`#frames-${t.programId}-${t.fiscalYear} tbody tr td:first-child strong`, (els) => els.map((e) => e.textContent));
    expect([id, names]).toEqual([id, t.frames.map((f) => f.name)]);
  }
  const normal = await w.page.$eval('#frames-it-2025 tbody tr', (tr) => tr.textContent);
  expect(normal).toContain('4,500,000円 — プロセス≥4 かつ (賃上げ または 小規模事業者)');
  expect(normal).toContain('1,499,999円');
  expect(normal).toContain('50,000円');
});

test('every option with its aliases, frames, default and meaning', async () => {
  const rows = await w.page.$$eval('#options-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows.map((r) => r[0])).toEqual(OPTION_DEFS.map((d) => d.names[0]));
  const processes = rows.find((r) => r[0] === 'プロセス')!;
  expect(processes[1]).toBe('processes, process, プロセス数');
  expect(processes[3]).toBe('通常枠');
  expect(rows.find((r) => r[0] === '税込')![3]).toBe('すべての枠 (every frame)');
});

test('the amount grammar: each example as the core reads it', async () => {
  const rows = await w.page.$$eval('#amounts-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows.map((r) => r[0])).toEqual([...GRAMMAR_EXAMPLES]);
  rows.forEach((r, i) => {
    const read = reading(GRAMMAR_EXAMPLES[i]);
    expect(r[1]).toBe('yen' in read ? `${read.yen.toLocaleString('ja-JP')}円` : read.error);
  });
  const read = (t: string) => rows.find((r) => r[0] === t)![1];
  expect([read('150万円'), read('1億2000万'), read('1万2千'), read('¥1,234,567'), read('¥1,000,000-'), read('120万円(税抜)'), read('120万円（税別）')])
    .toEqual(['1,500,000円', '120,000,000円', '12,000円', '1,234,567円', '1,000,000円', '1,200,000円', '1,200,000円']);
  // commas only in groups of three; anything else is an error that quotes the text
  expect(read('1,00,000')).toMatch(/「1,00,000」/);
  expect(read('約100万')).toMatch(/「約100万」/);
  // a trailing minus with no ¥ or 円, and a bare digit after 万, are asked (quote-reading.md §Q13, §Q15)
  expect(read('1,000,000-')).toMatch(/「1,000,000-」/);
  expect(read('1万5')).toMatch(/「1万5」/);
});

test('the rule years covered, from the tables', async () => {
  const rows = await w.page.$$eval('#years-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
  expect(rows).toEqual(allTables().map((t) => [t.program, String(t.fiscalYear), t.effective.from]));
});

test('readable at 360 px: the page never scrolls sideways (tables scroll in their own box); WCAG A/AA', async () => {
  expect(await w.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(w.page, 'help-360.png');
  expect(await axeViolations(w.page)).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('the Sheets build\'s Help.html spells the examples ITHOJO_ and links no files', () => {
  const html = readFileSync(path.join(ROOT, 'dist/gas/Help.html'), 'utf8');
  expect(html).toContain('=ITHOJO_AMOUNT(&#34;通常枠&#34;, 1000000');
  expect(html).not.toContain('=ITHOJO.AMOUNT(');
  expect(html).not.toContain('.xlsx"');
  expect(readFileSync(path.join(ROOT, 'dist/excel/help.html'), 'utf8')).toContain('<a href="templates/見積書.xlsx">');
});
