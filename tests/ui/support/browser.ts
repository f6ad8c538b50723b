/**
 * Headless Debian Chromium for the pane, sidebar and help page: files served by page.route on
 * fake https origins (no server, no network), axe-core for WCAG checks, keyboard helpers, and
 * screenshots in test-output/screenshots (gitignored).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '../../..');
export const CHROMIUM = '/usr/bin/chromium';
export const EXCEL_ORIGIN = 'https://localhost:3000';
export const SHEETS_ORIGIN = 'https://n-ithojo-0lu-script.googleusercontent.com';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
/** office.js outside Office asks for its telemetry page; nothing else may be requested. */
const EXPECTED_ABORTS = [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//];
export const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
/** The instant every page (and the oracle below) runs at: no test depends on the real date. */
export const FIXED_NOW = Date.parse('2026-06-01T12:00:00+09:00');
/** Noon in Tokyo on a YYYY-MM-DD day. */
export const tokyoNoon = (day: string): number => Date.parse(`${day}T12:00:00+09:00`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface Watched {
  readonly page: Page;
  readonly errors: string[];
  readonly unexpected: string[];
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium, as .ci/run does`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page serving dist/excel on the Excel origin, dist/gas on the Sheets one and the Office CDN from node_modules. */
export async function openPage(browser: Browser, width: number, locale = 'ja-JP', height = 900): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height }, locale });
  await page.clock.setFixedTime(FIXED_NOW);
  const errors: string[] = [];
  const unexpected: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.href.startsWith(CDN)
      ? path.join(OFFICE_JS, url.pathname.slice(new URL(CDN).pathname.length))
      : url.origin === EXCEL_ORIGIN
        ? path.join(ROOT, 'dist/excel', decodeURIComponent(url.pathname))
        : url.origin === SHEETS_ORIGIN
          ? path.join(ROOT, 'dist/gas', decodeURIComponent(url.pathname))
          : undefined;
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return route.fulfill({ status: 200, path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    }
    if (!EXPECTED_ABORTS.some((re) => re.test(url.href))) unexpected.push(url.href);
    return route.abort();
  });
  return { page, errors, unexpected };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core's WCAG 2.x A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = (await page.evaluate(() =>
    (globalThis as any).axe.run((globalThis as any).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r: any) => r.violations),
  )) as AxeViolation[];
  return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The focused element's accessible name, as the tests find controls by it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const el = doc.activeElement;
    if (!el || el === doc.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    if (labelled) return doc.getElementById(labelled)?.textContent ?? '';
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.id) {
      const label = doc.querySelector(`label[for="${el.id}"]`);
      if (label) return label.textContent;
    }
    return (el.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused control's name starts with `name`; fails after 80 presses. */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)).startsWith(name)) return;
  }
  throw new Error(`Tab never reached a control named "${name}"`);
}

/** A full-page screenshot, taken from the top (a sticky element is then where it sits in the page). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The built core (dist/core), an oracle independent of the page's own bundle. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const core = require(path.join(ROOT, 'dist/core/ithojo.cjs')) as Record<string, (...args: unknown[]) => unknown>;

/** Sets the oracle's clock, on a core that reads the date (one that does not needs none). */
export function setOracleClock(ms: number): void {
  core.setClock?.(() => ms);
}
setOracleClock(FIXED_NOW);
