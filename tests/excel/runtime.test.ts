/**
 * The closest thing to Excel on these machines: headless Chromium loads dist/excel/functions.html
 * with Microsoft's real custom-functions-runtime.js (from @microsoft/office-js, served in place
 * of the CDN), on a fake https origin served by page.route (no server, no network). Every id in
 * functions.json must be associated, and the associated functions must answer the vectors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DECLARATIONS } from '../../core';
import { JA_METADATA_FILE, METADATA_FILE, type Metadata } from '../../excel-addin/codegen';
import { fixedNowPrelude } from '../support/clock';
import { declarationOf, DIST, distFile, excelArgs, expectedMatrix, loadVectors, ROOT } from './support/excel';

const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://localhost:3000';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const unexpectedRequests: string[] = [];

/** Serves dist/excel on ORIGIN and the CDN's runtime files from node_modules; anything else is refused and noted. */
async function serve(p: Page): Promise<void> {
  await p.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.href.startsWith(CDN)
      ? path.join(OFFICE_JS, url.pathname.slice(new URL(CDN).pathname.length))
      : url.origin === ORIGIN
        ? path.join(DIST, decodeURIComponent(url.pathname))
        : undefined;
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return route.fulfill({ status: 200, path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    }
    unexpectedRequests.push(url.href);
    return route.abort();
  });
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  distFile('functions.html');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  page = await browser.newPage();
  // no test depends on the real date: the page's clock is the tests' fixed instant
  await page.addInitScript(fixedNowPrelude());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await serve(page);
  await page.goto(`${ORIGIN}/functions.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Object.keys((globalThis as any).CustomFunctions?._association?.mappings ?? {}).length > 0);
});

afterAll(async () => {
  await browser?.close();
});

const readMeta = (name: string): Metadata => JSON.parse(fs.readFileSync(distFile(name), 'utf8')) as Metadata;

test('functions.html loads the runtime and functions.js with no page error, console error or stray request', () => {
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(unexpectedRequests).toEqual([]);
});

test('every id in functions.json (and its ja-JP twin) is associated, and nothing else', async () => {
  const associated = await page.evaluate(() => Object.keys((globalThis as any).CustomFunctions._association.mappings).sort());
  for (const file of [METADATA_FILE, JA_METADATA_FILE]) {
    expect(associated).toEqual(readMeta(file).functions.map((f) => f.id).sort());
  }
  expect(associated).toEqual(DECLARATIONS.map((d) => d.id).sort());
});

test('the associated functions answer the shared vectors in the page', async () => {
  const cases = loadVectors().flatMap((f) => f.cases).filter((c) => declarationOf(c.fn));
  expect(cases.length).toBeGreaterThan(0);
  const calls = cases.map((c) => ({ id: c.id, fn: c.fn, args: excelArgs(declarationOf(c.fn)!, c) }));
  const answers = await page.evaluate((cs) => {
    const mappings = (globalThis as any).CustomFunctions._association.mappings;
    return cs.map((c) => {
      try {
        return { id: c.id, value: mappings[c.fn](...c.args) };
      } catch (e) {
        return { id: c.id, error: String(e) };
      }
    });
  }, calls);
  expect(answers).toEqual(cases.map((c) => (c.expect_error
    ? { id: c.id, error: expect.stringMatching(/[\u3040-\u30ff\u4e00-\u9fff]/) }
    : { id: c.id, value: expectedMatrix(declarationOf(c.fn)!, c.expect) })));
});

test('errors in the page are the runtime\'s own CustomFunctions.Error, thrown or in a spilled cell', async () => {
  const seen = await page.evaluate(() => {
    const cf = (globalThis as any).CustomFunctions;
    const amount = cf._association.mappings.AMOUNT;
    let thrown: unknown;
    try {
      amount([['通常枠']], [[-1]], null, null);
    } catch (e) {
      thrown = { isError: e instanceof cf.Error, code: (e as any).code, message: (e as Error).message };
    }
    const spill = amount([['通常枠'], ['通常枠']], [[1000000], ['abc'], [2000000]], null, null);
    const cell = (x: any) => (x instanceof cf.Error ? { code: x.code, message: x.message } : x);
    return { thrown, spill: spill.map((row: unknown[]) => row.map(cell)) };
  });
  expect(seen.thrown).toEqual({ isError: true, code: '#VALUE!', message: expect.stringContaining('マイナス') });
  expect(seen.spill[0]).toEqual([500000]);
  expect(seen.spill[1]).toEqual([{ code: '#VALUE!', message: expect.stringContaining('金額として読めません') }]);
  expect(seen.spill[2]).toEqual([{ code: '#N/A', message: expect.stringContaining('範囲') }]);
});

test('Chromium\'s own XML parser reads dist/excel/manifest.xml without error', async () => {
  const problem = await page.evaluate(async () => {
    const text = await (await fetch('/manifest.xml')).text();
    const doc = new (globalThis as any).DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
  });
  expect(problem).toBeNull();
});
