/**
 * The Sheets sidebar (dist/gas/Sidebar.html, one self-contained file) in headless Chromium at
 * the sidebar's 300 px, with a fake google.script.run that records calls and answers like the
 * server functions, after the call returns: formulas in Sheets' spelling, the Sheets plan of a
 * template, failures shown. Every step waits for the state it asserts (the status it expects, the
 * call it makes), never for "some status": the last step's status may still be on screen.
 */
import type { Browser } from 'playwright-core';
import { axeViolations, launch, screenshot, tabTo, type Watched } from './support/browser';
import { openSidebar, statusIs } from './support/pages';

jest.setTimeout(60_000);

let browser: Browser;
let w: Watched;

const calls = () => w.page.evaluate(() => (globalThis as any).__calls) as Promise<unknown[][]>;
const called = (name: string) => w.page.waitForFunction((n) => (globalThis as any).__calls.some((c: unknown[]) => c[0] === n), name);

beforeAll(async () => {
  browser = await launch();
  w = await openSidebar(browser, 300, 'ja', 900);
});
afterAll(async () => {
  await browser?.close();
});

test('the sidebar is one file: its script and styles are inline, nothing else is fetched', async () => {
  expect(await w.page.$$eval('script[src], link[rel=stylesheet]', (els) => els.length)).toBe(0);
  expect(w.unexpected).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('a quote range from the selection, inserted as an ITHOJO_ formula (keyboard only)', async () => {
  await tabTo(w.page, '選択範囲を経費に使う');
  await w.page.keyboard.press('Enter');
  await statusIs(w.page, "経費に使う範囲: '見積書'!D11:F13");
  await w.page.waitForSelector('table.quote');
  await tabTo(w.page, '数式を挿入');
  await w.page.keyboard.press('Enter');
  // the insertion's own status, not the selection's still on screen
  await statusIs(w.page, "'見積書'!B3 に数式を挿入しました");
  expect(await calls()).toEqual([['ithojoReadSelection'], ['ithojoInsertFormula', "=ITHOJO_AMOUNT(\"通常枠\", '見積書'!D11:F13)"]]);
});

test('a template goes to the server as the Sheets plan: ITHOJO_ formulas, no 和暦 switch', async () => {
  await w.page.click('text=テンプレートを挿入');
  await statusIs(w.page, '見積書: シートを追加しました');
  const plan = (await calls()).find((c) => c[0] === 'ithojoInsertTemplate')![1] as { name: string; cells: { at: string; formula?: string }[]; conditional: unknown[] };
  expect(plan.name).toBe('見積書');
  expect(plan.cells.find((c) => c.at === 'E27')?.formula).toBe('=ITHOJO_AMOUNT(B27, A11:F21, B28, B29)');
  expect(plan.cells.some((c) => c.at === 'H10')).toBe(false);
  expect(plan.conditional).toEqual([]);
});

test('the help link asks the server to open the reference dialog', async () => {
  await w.page.click('button:has-text("関数リファレンス")');
  await called('ithojoShowHelp');
});

test('fits the 300 px sidebar; no WCAG 2 A/AA violation; screenshot', async () => {
  expect(await w.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await screenshot(w.page, 'sidebar-300-quote.png');
  expect(await axeViolations(w.page)).toEqual([]);
});

test('a server failure is shown, not swallowed', async () => {
  await w.page.evaluate(() => (globalThis as any).__fail.add('ithojoInsertFormula'));
  await w.page.click('text=数式を挿入');
  await statusIs(w.page, 'できませんでした: Exception: 権限がありません');
  expect(await w.page.getAttribute('.status', 'class')).toBe('status error');
});
