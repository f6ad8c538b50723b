/**
 * The Sheets sidebar (dist/gas/Sidebar.html, one self-contained file) in headless Chromium at
 * the sidebar's 300 px, with a fake google.script.run that records calls and answers like the
 * server functions: formulas in Sheets' spelling, the Sheets plan of a template, failures shown.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openPage, screenshot, SHEETS_ORIGIN, tabTo, type Watched } from './support/browser';

jest.setTimeout(60_000);

let browser: Browser;
let w: Watched;

/** Installs google.script.run before the page's script: records [name, args] and answers from `answers`. */
async function fakeScriptRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as any;
    g.__calls = [];
    g.__fail = new Set<string>();
    const answers: Record<string, unknown> = {
      ithojoReadSelection: { address: "'見積書'!D11:F13", values: [['区分', '金額', '月数'], ['ソフトウェア', 600000, ''], ['クラウド', 480000, 24]] },
      ithojoInsertFormula: "'見積書'!B3",
      ithojoInsertTemplate: '見積書',
      ithojoShowHelp: null,
    };
    const runner = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
      new Proxy({}, {
        get: (_t, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: (e: Error) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            g.__calls.push([name, ...args]);
            // google.script.run answers asynchronously, after the call returns
            setTimeout(() => (g.__fail.has(name) ? fail?.(new Error('Exception: 権限がありません')) : ok?.(answers[name])), 10);
          };
        },
      });
    g.google = { script: { run: runner() } };
  });
}

const calls = () => w.page.evaluate(() => (globalThis as any).__calls) as Promise<unknown[][]>;

beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, 300);
  await fakeScriptRun(w.page);
  await w.page.goto(`${SHEETS_ORIGIN}/Sidebar.html`);
  await w.page.waitForSelector('.summary');
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
  await w.page.waitForSelector('table.quote');
  await tabTo(w.page, '数式を挿入');
  await w.page.keyboard.press('Enter');
  await w.page.waitForFunction(() => (globalThis as any).__calls.some((c: unknown[]) => c[0] === 'ithojoInsertFormula'));
  expect(await calls()).toEqual([['ithojoReadSelection'], ['ithojoInsertFormula', "=ITHOJO_AMOUNT(\"通常枠\", '見積書'!D11:F13)"]]);
  await w.page.waitForFunction(() => (globalThis as any).document.querySelector('.status').textContent !== '');
  expect(await w.page.textContent('.status')).toBe("'見積書'!B3 に数式を挿入しました");
});

test('a template goes to the server as the Sheets plan: ITHOJO_ formulas, no 和暦 switch', async () => {
  await w.page.click('text=テンプレートを挿入');
  await w.page.waitForFunction(() => (globalThis as any).__calls.some((c: unknown[]) => c[0] === 'ithojoInsertTemplate'));
  const plan = (await calls()).find((c) => c[0] === 'ithojoInsertTemplate')![1] as { name: string; cells: { at: string; formula?: string }[]; conditional: unknown[] };
  expect(plan.name).toBe('見積書');
  expect(plan.cells.find((c) => c.at === 'E27')?.formula).toBe('=ITHOJO_AMOUNT(B27, A11:F21, B28, B29)');
  expect(plan.cells.some((c) => c.at === 'H10')).toBe(false);
  expect(plan.conditional).toEqual([]);
});

test('the help link asks the server to open the reference dialog', async () => {
  await w.page.click('button:has-text("関数リファレンス")');
  await w.page.waitForFunction(() => (globalThis as any).__calls.some((c: unknown[]) => c[0] === 'ithojoShowHelp'));
});

test('fits the 300 px sidebar; no WCAG 2 A/AA violation; screenshot', async () => {
  expect(await w.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await screenshot(w.page, 'sidebar-300.png');
  expect(await axeViolations(w.page)).toEqual([]);
});

test('a server failure is shown, not swallowed', async () => {
  await w.page.evaluate(() => (globalThis as any).__fail.add('ithojoInsertFormula'));
  await w.page.click('text=数式を挿入');
  await w.page.waitForFunction(() => (globalThis as any).document.querySelector('.status.error'));
  expect(await w.page.textContent('.status')).toBe('できませんでした: Exception: 権限がありません');
});
