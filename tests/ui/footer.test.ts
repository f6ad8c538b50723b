/**
 * "Which version do you see?": the task pane (English and Japanese), the Sheets sidebar and the
 * help page show package.json's version and the rules' check date (core/about.ts), in headless
 * Chromium with the built pages.
 */
import type { Browser } from 'playwright-core';
import pkg from '../../package.json';
import { core, EXCEL_ORIGIN, launch, openPage, SHEETS_ORIGIN } from './support/browser';

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => void (browser = await launch()));
afterAll(() => browser?.close());

const checked = core.rulesCheckedOn() as string;

test('the oracle is the release being tested: the version is package.json\'s, the check date a day', () => {
  expect(core.VERSION).toBe(pkg.version);
  expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test.each([
  ['ja', `ITHOJO ${pkg.version}・ルール確認日 ${checked}`],
  ['en', `version ${pkg.version}, rules checked ${checked}`],
])('the task pane (%s) shows the version and the rule check date in its footer', async (lang, text) => {
  const w = await openPage(browser, 360, lang === 'ja' ? 'ja-JP' : 'en-US');
  await w.page.goto(`${EXCEL_ORIGIN}/taskpane.html?lang=${lang}`);
  const footer = await w.page.waitForSelector('footer.about');
  expect(await footer.textContent()).toBe(text);
  expect(await footer.isVisible()).toBe(true);
  expect(w.errors).toEqual([]);
  await w.page.close();
});

test('the Sheets sidebar shows them too', async () => {
  const w = await openPage(browser, 300);
  // the sidebar calls the server only when asked; a runner that answers nothing is enough here
  await w.page.addInitScript(() => {
    const run: any = new Proxy({}, { get: (_t, name) => (name === 'withSuccessHandler' || name === 'withFailureHandler' ? () => run : () => undefined) });
    (globalThis as any).google = { script: { run } };
  });
  await w.page.goto(`${SHEETS_ORIGIN}/Sidebar.html`);
  const footer = await w.page.waitForSelector('footer.about');
  expect(await footer.textContent()).toBe(`ITHOJO ${pkg.version}・ルール確認日 ${checked}`);
  expect(w.errors).toEqual([]);
  await w.page.close();
});

test.each([
  ['Excel', `${EXCEL_ORIGIN}/help.html`],
  ['Sheets', `${SHEETS_ORIGIN}/Help.html`],
])('the %s help page says them under its title', async (_host, url) => {
  const w = await openPage(browser, 360);
  await w.page.goto(url);
  expect(await w.page.textContent('h1 + #about')).toBe(`ITHOJO ${pkg.version}・ルール確認日 ${checked} (version ${pkg.version}, rules checked ${checked})`);
  await w.page.close();
});
