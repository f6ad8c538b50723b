/**
 * The Excel task pane in headless Chromium with Microsoft's real office.js (which, outside
 * Office, reports no host, so the pane runs against its recording preview host): a keyboard-only
 * formula build and insertion, the chart's points against AMOUNT, the quote range read line by
 * line, template insertion, axe-core's WCAG A/AA rules, and screenshots at 1280 and 350 px.
 * (The workflow at pane widths, the languages and state across switches: workflow.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { programs } from '../../templates/catalog';
import { axeViolations, core, focusedName, launch, screenshot, tabTo, type Watched } from './support/browser';
import { SELECTION, openPane as open, statusIs } from './support/pages';

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const openPane = (width: number, lang: 'ja' | 'en' = 'ja'): Promise<Watched> => open(browser, width, lang, 900);

const calls = (page: Page) => page.evaluate(() => (globalThis as any).ITHOJO_PREVIEW.calls) as Promise<{ method: string; formula?: string; plan?: { name: string; cells: { at: string; formula?: string }[] } }[]>;
const activeId = (page: Page) => page.evaluate(() => (globalThis as any).document.activeElement?.id ?? '');

/** Types into the focused control and checks focus has not moved (no focus jumps while the pane redraws). */
async function typeHere(page: Page, text: string): Promise<void> {
  const before = await activeId(page);
  await page.keyboard.type(text);
  expect(await activeId(page)).toBe(before);
}

describe('keyboard only: build a formula and insert it', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPane(1280);
    const { page } = w;
    await tabTo(page, '枠・類型');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '指定なし');
    await page.keyboard.press('ArrowDown');
    // the cost comes right after the size; the frame's options after the result
    await tabTo(page, '経費');
    await typeHere(page, '150万円');
    await tabTo(page, '機能');
    await typeHere(page, '2');
    await tabTo(page, '数式を挿入');
    await page.keyboard.press('Enter');
    await statusIs(page, 'A1 に数式を挿入しました');
  });
  afterAll(() => w.page.close());

  test('the recorded insertion is the formula of the choices made', async () => {
    const inserted = (await calls(w.page)).filter((c) => c.method === 'insertFormula').map((c) => c.formula);
    expect(inserted).toEqual(['=ITHOJO.AMOUNT("インボイス対応類型", "150万円", "小規模事業者", "機能=2")']);
    expect(await w.page.textContent('.status')).toBe('A1 に数式を挿入しました');
    expect(await focusedName(w.page)).toBe('数式を挿入');
  });

  test('the live result is the core\'s answer for the same scenario', async () => {
    const amount = core.AMOUNT('インボイス対応類型', '150万円', '小規模事業者', '機能=2') as number;
    expect(amount).toBe(1_083_333);
    expect(core.CHECK('インボイス対応類型', '150万円', '小規模事業者', '機能=2')).toBe('OK');
    expect(await w.page.textContent('.result-bar .summary')).toBe(`補助金額 (見込) ${amount.toLocaleString('ja-JP')}円 OK`);
    expect(await w.page.textContent('.result-bar .amount')).toBe('1,083,333円');
    const table = (core.calculate({ frame: 'インボイス対応類型', cost: '150万円', size: '小規模事業者', options: '機能=2' }) as { table: { title: string; asOf: string } }).table;
    expect(await w.page.textContent('.figures')).toContain(`${table.title} — インボイス対応類型`);
    expect(await w.page.textContent('.figures')).toContain(`${table.asOf} 時点`);
  });

  test('every chart point is AMOUNT at its cost, drawn where the axes put it', async () => {
    const chart = await w.page.evaluate(() => {
      const svg = (globalThis as any).document.querySelector('svg.chart');
      const [left, top, width, height] = svg.getAttribute('data-plot').split(' ').map(Number);
      const points = [...svg.querySelectorAll('circle.pt')].map((c: any) => ({
        kind: c.dataset.kind, cost: Number(c.dataset.cost), amount: Number(c.dataset.amount), cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')),
      }));
      const line = svg.querySelector('polyline.curve').getAttribute('points').split(' ').map((p: string) => p.split(',').map(Number));
      return { left, top, width, height, xMax: Number(svg.dataset.xMax), yMax: Number(svg.dataset.yMax), points, line };
    });
    expect(chart.points.map((p) => p.kind)).toEqual(['origin', 'tier', 'cap', 'end', 'current']);
    for (const p of chart.points) {
      expect([p.kind, p.cost, p.amount]).toEqual([p.kind, p.cost, core.AMOUNT('インボイス対応類型', p.cost, '小規模事業者', '機能=2')]);
      expect(p.cx).toBeCloseTo(chart.left + (p.cost / chart.xMax) * chart.width, 0);
      expect(p.cy).toBeCloseTo(chart.top + (1 - p.amount / chart.yMax) * chart.height, 0);
    }
    // the tier edge (4/5 → 2/3 at 500,000 of subsidy) and the cap (3,500,000 at 5,125,000)
    expect(chart.points.filter((p) => p.kind === 'tier' || p.kind === 'cap').map((p) => [p.cost, p.amount])).toEqual([[625_000, 500_000], [5_125_000, 3_500_000]]);
    expect(chart.points.find((p) => p.kind === 'current')).toMatchObject({ cost: 1_500_000, amount: 1_083_333 });
    // the line goes through every point but the quote's own
    expect(chart.line).toEqual(chart.points.filter((p) => p.kind !== 'current').map((p) => [p.cx, p.cy]));
  });

  test('the chart is one tab stop; arrow keys move along the points and each is read out', async () => {
    const { page } = w;
    await page.focus('circle.pt[data-kind="origin"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.dataset.kind)).toBe('tier');
    const label = await page.evaluate(() => (globalThis as any).document.activeElement.getAttribute('aria-label'));
    expect(label).toBe('補助率が変わる点: 経費 625,000円 → 補助金 500,000円');
    expect(await page.textContent('.readout')).toBe(label);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.dataset.kind)).toBe('current');
    expect(await page.$$eval('circle.pt', (cs) => cs.map((c) => c.getAttribute('tabindex')).filter((t) => t === '0').length)).toBe(1);
  });

  test('no WCAG 2 A/AA violation with the result and the chart shown; screenshot at 1280 px', async () => {
    await screenshot(w.page, 'pane-1280.png');
    expect(await axeViolations(w.page)).toEqual([]);
  });

  test('no page error, console error or request outside the served files', () => {
    expect(w.errors).toEqual([]);
    expect(w.unexpected).toEqual([]);
  });
});

describe('a quote range from the selection', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPane(350);
    await tabTo(w.page, '選択範囲を経費に使う');
    await w.page.keyboard.press('Enter');
    await w.page.waitForSelector('table.quote');
  });
  afterAll(() => w.page.close());

  test('is referenced by address and read line by line by the core (36 months counted as 24)', async () => {
    expect(await w.page.textContent('output.formula')).toBe('=ITHOJO.AMOUNT("通常枠", 見積書!D11:F14)');
    const head = await w.page.$$eval('table.quote thead th', (ths) => ths.map((th) => th.textContent));
    expect(head).toEqual(['見積明細', '見積額', '対象額']);
    // each line: what it is and the category the core read, its amount, what counts (months prorated)
    const rows = await w.page.$$eval('table.quote tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [...td.childNodes].map((n) => n.textContent))));
    // lines named as the sheet numbers its rows (見積書!D11:F14: the header is row 11), not from the selection's top
    expect(rows).toEqual([
      [['12行目 ソフトウェア', 'ソフトウェア'], ['600,000円'], ['600,000円']],
      [['13行目 クラウド', 'クラウド利用料'], ['720,000円'], ['480,000円 (24/36か月)']],
    ]);
    expect(await w.page.textContent('.result-bar .amount')).toBe(`${(core.AMOUNT('通常枠', SELECTION.values) as number).toLocaleString('ja-JP')}円`);
  });

  test('readable at 350 px: nothing wider than the screen; no WCAG 2 A/AA violation', async () => {
    expect(await w.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await screenshot(w.page, 'pane-350-quote.png');
    expect(await axeViolations(w.page)).toEqual([]);
  });
  test('going back to a typed cost moves focus to the cost field, not nowhere', async () => {
    await tabTo(w.page, '手入力に戻す');
    await w.page.keyboard.press('Enter');
    expect(await focusedName(w.page)).toBe('経費 (税抜の円)');
    expect(await w.page.textContent('output.formula')).toBe('=ITHOJO.AMOUNT("通常枠")');
  });

});

describe('templates', () => {
  test('「テンプレートを挿入」 by keyboard inserts the chosen template\'s Excel plan', async () => {
    const w = await openPane(1280);
    await tabTo(w.page, 'テンプレート');
    await w.page.keyboard.press('ArrowDown');
    await tabTo(w.page, 'テンプレートを挿入');
    await w.page.keyboard.press('Enter');
    await statusIs(w.page, 'シナリオ表: シートを追加しました');
    const plan = (await calls(w.page)).find((c) => c.method === 'insertTemplate')!.plan!;
    expect(plan.name).toBe('シナリオ表');
    expect(plan.cells.find((c) => c.at === 'E6')?.formula).toMatch(/^=ITHOJO\.AMOUNT\(A6:A\d+, B6:B\d+, C6:C\d+, D6:D\d+\)$/);
    await w.page.close();
  });
});

describe('in English (a non-Japanese display language)', () => {
  test('the pane speaks English; frame names stay as on the flyers; no WCAG violation', async () => {
    const w = await openPane(1280, 'en');
    expect(await w.page.getAttribute('html', 'lang')).toBe('en');
    expect(await w.page.textContent('h1')).toBe('ITHOJO subsidy calculator');
    const first = programs()[0];
    expect(await w.page.$eval('select', (s) => s.textContent)).toContain(`${first.name} (${first.nameEn})`);
    await tabTo(w.page, 'Cost');
    await w.page.keyboard.type('1000000');
    expect(await w.page.textContent('.result-bar .summary')).toBe('Subsidy (estimate) ¥500,000 OK');
    await screenshot(w.page, 'pane-1280-en.png');
    expect(await axeViolations(w.page)).toEqual([]);
    await w.page.close();
  });
});
