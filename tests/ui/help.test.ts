/**
 * The help page (dist/excel/help.html; the Sheets build's Help.html) as a reader sees it: every
 * function with its example answered by the core (numbers, texts and tables, cell by cell), the
 * frames of every rule table, every option, the amount grammar as the core reads it, the rule
 * years, the templates, and sources a reader can follow (document and section, the official
 * pages ../shared/rules records); dated as the README's examples; readable at 350 px; WCAG A/AA.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { DECLARATIONS, OPTION_DEFS, allTables } from '../../core';
import { GRAMMAR_EXAMPLES, reading } from '../../excel-addin/codegen/help/grammar';
import { programs } from '../../templates/catalog';
import { axeViolations, core, EXCEL_ORIGIN, launch, openPage, ROOT, screenshot, setOracleClock, tokyoNoon, FIXED_NOW, type Watched } from './support/browser';

jest.setTimeout(60_000);

const WIDTH = 350;
const RULES_DIR = path.join(ROOT, '../shared/rules');

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, WIDTH);
  await w.page.goto(`${EXCEL_ORIGIN}/help.html`);
  // the page's examples were answered as of the day it states; the oracle answers as of that day too
  setOracleClock(tokyoNoon((await w.page.getAttribute('#as-of', 'datetime'))!));
});
afterAll(async () => {
  setOracleClock(FIXED_NOW);
  await browser?.close();
});

/** The text, or the links, of the page from an <h2> to the next. */
async function section(id: string): Promise<{ text: string; links: string[] }> {
  return w.page.$eval(`h2#${id}`, (h) => {
    const out = { text: '', links: [] as string[] };
    for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
      out.text += e.textContent;
      for (const a of e.querySelectorAll('a')) out.links.push(a.getAttribute('href')!);
    }
    return out;
  });
}

/** A core answer as the page shows it in a table cell or after the arrow. */
function shown(x: unknown): string {
  if (x instanceof Date) return new Date(x.getTime() + 9 * 3600e3).toISOString().slice(0, 10);
  if (typeof x === 'number') return x.toLocaleString('ja-JP', { maximumFractionDigits: 6 });
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  return String(x ?? '');
}

test('the examples are dated as the README\'s: the same day, the rule tables in force then', async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const day = /例の結果は (\d{4}-\d{2}-\d{2}) \(東京\) に有効なルール表で計算しています/.exec(readme)![1];
  expect(await w.page.getAttribute('#as-of', 'datetime')).toBe(day);
  expect(await w.page.textContent('p:has(#as-of)')).toContain(`例の結果は ${day} (東京) に有効なルール表で計算しています`);
});

test('every function has its section, and its example shows what the core answers, cell by cell', async () => {
  for (const d of DECLARATIONS) {
    const section = await w.page.$(`section#${d.id}`);
    expect([d.id, section !== null]).toEqual([d.id, true]);
    const answer = core[d.id](...d.example.args);
    if (Array.isArray(answer)) {
      const [head, ...rows] = answer as unknown[][];
      const cells = await w.page.$$eval(`#${d.id}-answer tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
      expect([d.id, cells]).toEqual([d.id, [head, ...rows].map((r) => r.map(shown))]);
    } else {
      const text = typeof answer === 'string' ? `"${answer}"` : shown(answer);
      expect([d.id, await section!.$eval('.answer output', (o) => o.textContent)]).toEqual([d.id, text]);
    }
  }
  // hand-checked: 1,000,000 × 1/2 under the 1,499,999 cap
  expect(await w.page.textContent('#AMOUNT .answer')).toBe('→ 500,000');
  expect(await w.page.textContent('#CHECK .answer')).toBe(`→ "${core.CHECK('通常枠', 90000)}"`);
});

test('the frames of every rule table, with each alternative\'s condition and source', async () => {
  for (const t of allTables()) {
    const id = `rules-${t.programId}-${t.fiscalYear}`;
    const names = await w.page.$$eval(`#frames-${t.programId}-${t.fiscalYear} tbody tr td:first-child strong`, (els) => els.map((e) => e.textContent));
    expect([id, names]).toEqual([id, t.frames.map((f) => f.name)]);
  }
  const normal = await w.page.$eval('#frames-it-2025 tbody tr', (tr) => tr.textContent);
  // the upper band is two alternatives (issue 20: 小規模事業者 need no 賃上げ, and their note says so)
  expect(normal).toContain('4,500,000円 — プロセス≥4 かつ 小規模事業者');
  expect(normal).toContain('4,500,000円 — プロセス≥4 かつ 賃上げ');
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

test('the amount grammar: each example as the core reads it, the amount written and the tax-exclusive cost it counts', async () => {
  const rows = await w.page.$$eval('#amounts-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows.map((r) => r[0])).toEqual([...GRAMMAR_EXAMPLES]);
  rows.forEach((r, i) => {
    const read = reading(GRAMMAR_EXAMPLES[i]);
    expect(r.slice(1)).toEqual('error' in read ? [read.error, '—'] : [`${read.amount.toLocaleString('ja-JP')}円`, `${read.cost.toLocaleString('ja-JP')}円`]);
  });
  const read = (t: string) => rows.find((r) => r[0] === t)!.slice(1);
  expect([read('150万円'), read('1億2000万'), read('1万2千'), read('¥1,234,567'), read('¥1,000,000-'), read('120万円(税抜)'), read('120万円（税別）'), read('１，０００，０００円')]).toEqual([
    ['1,500,000円', '1,500,000円'], ['120,000,000円', '120,000,000円'], ['12,000円', '12,000円'], ['1,234,567円', '1,234,567円'],
    ['1,000,000円', '1,000,000円'], ['1,200,000円', '1,200,000円'], ['1,200,000円', '1,200,000円'], ['1,000,000円', '1,000,000円'],
  ]);
  // hand-checked: 1,000,000 ÷ 1.1 = 909,090.90… → 909,090; 1,100,000 ÷ 1.1 = 1,000,000; a fraction of a yen is cut off
  expect([read('100万円税込'), read('110万円(税込)'), read('1000000.5')]).toEqual([['1,000,000円', '909,090円'], ['1,100,000円', '1,000,000円'], ['1,000,000円', '1,000,000円']]);
  // commas only in groups of three; anything else is an error that quotes the text
  expect(read('1,00,000')[0]).toMatch(/「1,00,000」/);
  expect(read('約100万')[0]).toMatch(/「約100万」/);
  // a trailing minus with no ¥ or 円, and a bare digit after 万, are asked (quote-reading.md §Q13, §Q15)
  expect(read('1,000,000-')[0]).toMatch(/「1,000,000-」/);
  expect(read('1万5')[0]).toMatch(/「1万5」/);
});

test('the rule years covered, from the tables', async () => {
  const rows = await w.page.$$eval('#years-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
  expect(rows).toEqual(allTables().map((t) => [t.program, String(t.fiscalYear), t.effective.from]));
});

test('the templates: A4 quote, the tax counted once, the stored answers in LibreOffice, each file linked', async () => {
  const { text } = await section('templates');
  for (const words of ['A4 縦 1 枚', '合計 (税込) − 補助金見込額', 'LibreOffice', 'セルのメモ', 'A4 横の 1 ページ幅']) expect(text).toContain(words);
  expect(await w.page.$$eval('a[href$=".xlsx"]', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['templates/見積書.xlsx', 'templates/シナリオ表.xlsx']);
});

test('sources a reader can follow: each frame\'s document and section as FRAMES cites it, the official pages the rules record', async () => {
  const notes = readdirSync(RULES_DIR).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(RULES_DIR, f), 'utf8')).join('\n');
  const links = [...new Set((await section('sources')).links)];
  expect(links.length).toBeGreaterThanOrEqual(5);
  // every address is one ../shared/rules gives (written there with or without its scheme)
  for (const href of links) expect([href, notes.includes(href.replace(/^https:\/\//, '').replace(/\/$/, ''))]).toEqual([href, true]);
  for (const p of programs()) {
    const [head, ...rows] = core.FRAMES(p.name) as unknown[][];
    const source = head.findIndex((h) => String(h).startsWith('出典'));
    const cells = await w.page.$$eval(`#sources-${p.id}-table tbody tr`, (trs) => trs.map((tr) => tr.lastElementChild!.textContent));
    expect([p.id, cells]).toEqual([p.id, rows.map((r) => String(r[source]))]);
  }
  // the sections built here name documents, never the project's own files
  for (const id of ['functions', 'amounts', 'templates', 'sources']) {
    const { text } = await section(id);
    expect([id, text.match(/[\w-]+\.md\b|shared\/rules/g)]).toEqual([id, null]);
  }
});

test(`readable at ${WIDTH} px: the page never scrolls sideways (tables scroll in their own box); WCAG A/AA`, async () => {
  expect(await w.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await screenshot(w.page, `help-${WIDTH}.png`);
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
